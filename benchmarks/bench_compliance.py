"""Compliance matcher speed: messages/s and latency with full normalisation vs a plain Aho–Corasick.

Rows: throughput on ≤ 50-character messages (target ≥ 50,000/s per core), p99 latency on
messages up to 500 characters (target ≤ 1 ms), lexicon compile time and automaton/table
memory. The baseline is Aho–Corasick over the raw terms on lower-cased text, measured in
the same run on the same messages, so the ratios hold even on a busy machine.

Honesty rules: the full :meth:`Matcher.scan` runs (translation, collapse, automaton,
allow-list, word boundaries, offsets, detectors); the messages are the eval's realistic
clean chat with one planted violation (evasions, contact leaks) in every
:data:`HIT_EVERY` messages; everything runs in this one thread, so figures are per core.
Throughput counts this thread's CPU time (``time.thread_time``), so other processes on a
shared machine do not lower it; the wall-clock figure is printed too. Latency is the p99
of each message's best of :data:`LATENCY_PASSES` passes (the scan's own cost, free of
scheduler preemption — the row with the target), and the p99 of a single wall-clock pass.
"""

from __future__ import annotations

import json
import time
import tracemalloc
from collections.abc import Callable

from assistant.compliance.lexicon import PACKAGED_DIR, load_lexicon
from assistant.compliance.matcher import Matcher
from assistant.compliance.normalize import detect_table, match_table, table_bytes
from evals.eval_compliance import DATA, PlainBaseline, clean_messages

HIT_EVERY = 20  # 5 % of the messages carry a violation
LATENCY_PASSES = 5


def messages(n: int) -> tuple[list[str], list[str]]:
    """Return ``n`` short (≤ 50 chars) and ``n // 12`` long (≤ 500 chars) messages, some with hits."""
    lines = (DATA / "compliance_planted.jsonl").read_text(encoding="utf-8").splitlines()
    planted = [str(json.loads(line)["text"]) for line in lines if line.strip()]
    pool = clean_messages(n)
    for k, i in enumerate(range(0, n, HIT_EVERY)):
        pool[i] = planted[k % len(planted)]
    short = [m[:50] for m in pool]
    long_msgs = [" ".join(pool[i : i + 12])[:500] for i in range(0, n, 12)]
    return short, long_msgs


def throughput(fns: list[Callable[[str], object]], msgs: list[str], rounds: int) -> list[tuple[float, float]]:
    """Best messages/s of each function over ``rounds`` passes: (per thread CPU second, per wall second).

    The functions take turns within each round, so a change in machine load hits them alike.
    """
    best = [(0.0, 0.0)] * len(fns)
    for _ in range(rounds):
        for k, fn in enumerate(fns):
            start, start_cpu = time.perf_counter(), time.thread_time()
            for m in msgs:
                fn(m)
            cpu = len(msgs) / (time.thread_time() - start_cpu)
            wall = len(msgs) / (time.perf_counter() - start)
            best[k] = (max(best[k][0], cpu), max(best[k][1], wall))
    return best


def latencies(fn: Callable[[str], object], msgs: list[str], passes: int) -> tuple[float, float]:
    """Return (p99 of per-message best-of-``passes``, p99 of the first pass) in milliseconds."""
    best = [float("inf")] * len(msgs)
    first: list[float] = []
    for p in range(passes):
        for i, m in enumerate(msgs):
            start = time.perf_counter()
            fn(m)
            took = time.perf_counter() - start
            best[i] = min(best[i], took)
            if p == 0:
                first.append(took)
    return _p99(best) * 1000, _p99(first) * 1000


def _p99(values: list[float]) -> float:
    return sorted(values)[int(len(values) * 0.99)]


def speed_rows(scan: Callable[[str], object], quick: bool) -> list[dict]:
    """Throughput and latency rows for ``scan`` against the plain baseline, measured now."""
    baseline = PlainBaseline()
    short, long_msgs = messages(2_000 if quick else 10_000)
    rounds = 2 if quick else 5
    (ours, ours_wall), (base, base_wall) = throughput([scan, baseline.categories_in], short, rounds)
    long_msgs = long_msgs * (1 if quick else 3)
    p99, p99_wall = latencies(scan, long_msgs, LATENCY_PASSES)
    p99_base, p99_base_wall = latencies(baseline.categories_in, long_msgs, LATENCY_PASSES)
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
            "name": "scan ≤50 chars (wall clock, includes preemption)",
            "value": round(ours_wall),
            "unit": "msg/s",
            "baseline": round(base_wall),
            "ratio": round(ours_wall / base_wall, 3),
        },
        {
            "name": f"p99 latency ≤500 chars (best of {LATENCY_PASSES})",
            "value": round(p99, 4),
            "unit": "ms",
            "baseline": round(p99_base, 4),
            "ratio": round(p99 / p99_base, 2),
            "target": "<= 1",
        },
        {
            "name": "p99 latency ≤500 chars (single pass, wall)",
            "value": round(p99_wall, 4),
            "unit": "ms",
            "baseline": round(p99_base_wall, 4),
            "ratio": round(p99_wall / p99_base_wall, 2),
        },
    ]


DENSE_UNIT = "放心，这个认证我们包过，加我私人微信细聊。电话 +86 138 1234 5678，邮箱 abc@qq.com 保本价 "


def scaling_row(scan: Callable[[str], object], quick: bool) -> dict:
    """Time per hit on a long paste full of hits, 4x longer vs 1x: ≈ 1 when the context rules stay linear."""
    small = 100 if quick else 250
    times = []
    for n in (small, 4 * small):
        start = time.perf_counter()
        scan(DENSE_UNIT * n)
        times.append(time.perf_counter() - start)
    return {
        "name": f"long paste, time per hit at {4 * small} vs {small} units",
        "value": round(times[1] / 4 / times[0], 2),
        "unit": "x",
        "target": "<= 1.5",
    }


def run(quick: bool) -> list[dict]:
    match_table(), detect_table()
    tracemalloc.start()
    start = time.perf_counter()
    matcher = Matcher(load_lexicon([PACKAGED_DIR]))
    build_s = time.perf_counter() - start
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    matcher.scan("预热 warm-up: 13812345678, name (at) qq dot com, 加我微信 abc_123")
    return speed_rows(matcher.scan, quick) + [
        scaling_row(matcher.scan, quick),
        {
            "name": "lexicon compile (terms+variants→automaton)",
            "value": round(build_s * 1000, 1),
            "unit": "ms",
        },
        {"name": "patterns in automaton", "value": matcher.pattern_count, "unit": "patterns"},
        {"name": "compile peak memory (Python heap)", "value": round(peak / 2**20, 2), "unit": "MiB"},
        {"name": "normalisation tables", "value": round(table_bytes() / 2**20, 2), "unit": "MiB"},
    ]

"""Run every benchmark module (``benchmarks/bench_*.py``) and print ONE table; write JSON results.

Each module exposes ``run(quick: bool) -> list[dict]``: one row per measurement with at least
``name``, ``value`` and ``unit`` (optionally ``baseline``, ``ratio``, ``target``). The table shows
every row of every module with its target and pass/fail (:mod:`evals.report` reads the targets:
``< 500 ms``, ``<= 0.3``, a bare number as an upper bound; a target that is only a note is not
judged). Results: ``benchmarks/results/NAME.json`` per module and ``report.json`` for the table.
Usage: ``python -m benchmarks [NAME ...] [--quick] [--strict]`` (``--strict``: exit 1 on a miss).
"""

from __future__ import annotations

import datetime as dt
import importlib
import json
import platform
import sys
import traceback
from pathlib import Path
from typing import Any

from evals.report import render, verdict

HERE = Path(__file__).parent
RESULTS = HERE / "results"
HEADERS = ["benchmark", "measurement", "value", "unit", "baseline", "ratio", "target", "pass"]


def _modules(selected: list[str]) -> list[str]:
    names = sorted(p.stem for p in HERE.glob("bench_*.py"))
    if selected:
        names = [n for n in names if any(s in n for s in selected)]
    return names


def run_benchmarks(names: list[str], quick: bool) -> dict[str, list[dict[str, Any]]]:
    """Run the modules; returns ``{module: rows}`` (one ``error`` row when a module crashed)."""
    out: dict[str, list[dict[str, Any]]] = {}
    for name in names:
        print(f"{name} …", file=sys.stderr, flush=True)
        try:
            out[name] = list(importlib.import_module(f"benchmarks.{name}").run(quick=quick))
        except Exception as exc:  # one broken benchmark must not hide the others
            traceback.print_exc()
            out[name] = [{"name": "error", "value": f"{type(exc).__name__}: {exc}"[:200], "unit": ""}]
    return out


def table(results: dict[str, list[dict[str, Any]]]) -> tuple[list[list[object]], int, int]:
    """Build the rows; returns them, the number of judged targets and the number missed."""
    rows: list[list[object]] = []
    judged = misses = 0
    for name, measurements in results.items():
        for r in measurements:
            target = r.get("target", "")
            ok = verdict(r.get("value"), target)
            judged += ok in {"pass", "FAIL"}
            misses += ok == "FAIL"
            rows.append([name, r.get("name", "?"), r.get("value"), r.get("unit", ""), r.get("baseline"),
                         r.get("ratio"), target, ok])
    return rows, judged, misses


def main(argv: list[str]) -> int:
    """Run the selected benchmarks, print the table, write the results; returns an exit code."""
    quick = "--quick" in argv
    selected = [a for a in argv if not a.startswith("-")]
    RESULTS.mkdir(exist_ok=True)
    results = run_benchmarks(_modules(selected), quick)
    at = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
    machine = {"python": platform.python_version(), "processor": platform.machine()}
    crashed = [n for n, rows in results.items() if rows and rows[0].get("name") == "error"]
    for name, rows in results.items():
        if name not in crashed:
            out = {"benchmark": name, "at": at, "machine": machine, "quick": quick, "rows": rows}
            (RESULTS / f"{name}.json").write_text(json.dumps(out, ensure_ascii=False, indent=2) + "\n")
    rows, judged, misses = table(results)
    print(render(HEADERS, rows))
    print(f"\n{judged - misses}/{judged} targets met" + (f"; crashed: {', '.join(crashed)}" if crashed else ""))
    report = {"at": at, "machine": machine, "quick": quick, "headers": HEADERS, "rows": rows,
              "targets_met": judged - misses, "targets": judged}
    (RESULTS / "report.json").write_text(json.dumps(report, ensure_ascii=False, indent=2, default=str) + "\n")
    return 1 if crashed or ("--strict" in argv and misses) else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

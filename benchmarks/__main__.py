"""Run every benchmark module (``benchmarks/bench_*.py``), print a table, write JSON results.

Each module exposes ``run(quick: bool) -> list[dict]``: one row per measurement with at
least ``name``, ``value`` and ``unit`` (optionally ``baseline``, ``ratio``, ``target``).
Usage: ``python -m benchmarks [NAME ...] [--quick]``.
"""

from __future__ import annotations

import datetime as dt
import importlib
import json
import platform
import sys
from pathlib import Path

HERE = Path(__file__).parent
RESULTS = HERE / "results"


def _modules(selected: list[str]) -> list[str]:
    names = sorted(p.stem for p in HERE.glob("bench_*.py"))
    if selected:
        names = [n for n in names if any(s in n for s in selected)]
    return names


def main(argv: list[str]) -> int:
    """Run the selected benchmarks; returns a process exit code."""
    quick = "--quick" in argv
    selected = [a for a in argv if not a.startswith("-")]
    RESULTS.mkdir(exist_ok=True)
    for name in _modules(selected):
        module = importlib.import_module(f"benchmarks.{name}")
        rows = module.run(quick=quick)
        print(f"\n== {name} ==")
        print(f"{'measurement':<52} {'value':>14} {'unit':<10} {'baseline':>12} {'ratio':>8} target")
        for r in rows:
            base = r.get("baseline")
            ratio = r.get("ratio")
            print(
                f"{r['name']:<52} {r['value']:>14.4g} {r['unit']:<10} "
                f"{'' if base is None else format(base, '.4g'):>12} "
                f"{'' if ratio is None else format(ratio, '.3g'):>8} {r.get('target', '')}"
            )
        out = {
            "benchmark": name,
            "at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
            "machine": {"python": platform.python_version(), "processor": platform.machine()},
            "quick": quick,
            "rows": rows,
        }
        (RESULTS / f"{name}.json").write_text(json.dumps(out, ensure_ascii=False, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

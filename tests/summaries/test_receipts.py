"""Samples, documents and reports received are progress; a receipt awaited or asked about is not."""

from __future__ import annotations

import pytest

from assistant.summaries.receipts import reports_receipt


@pytest.mark.parametrize(
    "text",
    [
        "打样的色卡周二已经收到了，颜色没问题。",
        "检测报告昨天收到了。",
        "The swatch cards came in on Tuesday; colours look right.",
        "Both prototypes were received yesterday and the fit is good.",
        "The audit report was sent and received.",
    ],
)
def test_a_deliverable_received_is_a_receipt(text: str) -> None:
    assert reports_receipt(text)


@pytest.mark.parametrize(
    "text",
    [
        "我们收到意向书后开始备料。",
        "样品收到了吗？",
        "报告还没收到。",
        "Once we receive the drawings we will quote.",
        "The shipment arrived on Friday and 40 cartons were crushed.",
        "I will send the contract tomorrow.",
    ],
)
def test_an_awaited_or_asked_receipt_is_none(text: str) -> None:
    assert not reports_receipt(text)


def test_a_receipt_becomes_progress_whatever_the_label(monkeypatch: pytest.MonkeyPatch) -> None:
    import datetime as dt

    import assistant.summaries.offline_learned as ol
    from assistant.summaries.catalog import Catalog
    from assistant.text.conversation import parse_conversation

    monkeypatch.setattr(ol, "labelled_units", lambda sents, _p: [(s, "none") for s in sents])
    text = "罗晓：色卡寄到了吗？\n邵明：色卡周二已经收到了，颜色没问题。\n"
    summary = ol.summarize_offline(
        parse_conversation(text), today=dt.date(2027, 3, 3), catalog=Catalog([]), language="zh"
    )
    assert [q.text for p in summary.progress for q in p.quotes] == ["色卡周二已经收到了，颜色没问题。"]


def test_a_yes_to_did_it_arrive_is_a_receipt() -> None:
    assert reports_receipt("收到了，周二到的，大家都挺喜欢。", asked="上次寄的色卡收到了吧？")
    assert reports_receipt("Yes, they arrived on Monday and look great.", asked="Did the prototypes reach you?")
    assert not reports_receipt("收到了，周二到的。", asked="你们下周几开会？")
    assert not reports_receipt("还没收到。", asked="色卡收到了吗？")

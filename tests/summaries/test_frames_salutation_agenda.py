"""A letter's salutation or a minutes title, and a meeting's agenda list, carry no point."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.summaries import frames, summarize_text


@pytest.mark.parametrize(
    "text",
    [
        "Dear Ms. Ortega,",
        "Dear Hannah",
        "Hi Marco,",
        "Kind regards,",
        "Best regards, Tom Becker",
        "尊敬的李经理：",
        "王总您好：",
        "此致敬礼",
        "会议纪要：杭州青禾餐饮 中央厨房设备第一次沟通",
        "Meeting minutes: Nordlicht GmbH, pallet racking, kick-off call",
        "参会人员：客户方 周莉（采购）、我方 陈晨（销售）",
        "Attendees: Lena Braun (buyer), Omar Said (our sales)",
    ],
)
def test_a_letter_frame_is_noise(text: str) -> None:
    assert frames.letter_frame(text)


@pytest.mark.parametrize(
    "text",
    [
        "Dear customers expect the lids to fit tightly.",
        "我们需要会议室用的投影仪20台。",
        "Hi, we need 300 lanterns by March.",
        "王总说预算在80万以内。",
    ],
)
def test_a_stated_point_is_no_letter_frame(text: str) -> None:
    assert not frames.letter_frame(text)


@pytest.mark.parametrize(
    "text",
    [
        "今天主要把型号、数量、交期和售后敲定。",
        "今天我们想把价格、包装、运费这几件事谈清楚",
        "Today we want to agree on volumes, pricing, warranty and delivery.",
        "Today I'd like to go through the layout, the budget and the installation dates.",
        "今天的议题：报价、付款、质保。",
        "今天主要谈价格和交期",  # "today mainly …": the meeting's topic, however many
        "今天主要把明年厨具的供货定一下",
    ],
)
def test_a_meeting_agenda_is_noise(text: str) -> None:
    assert frames.agenda(text)


@pytest.mark.parametrize(
    "text",
    [
        "我今天把报价单发您。",
        "Today I'll send the price list, the drawings and the certificates.",
        "今天下班前把型号和数量发给我们。",
        "We agree on 400 units, 5% off and delivery in May.",
        "今天主要把5000个的价格定下来",  # a figure: what is to be settled is stated
    ],
)
def test_a_promise_is_no_agenda(text: str) -> None:
    assert not frames.agenda(text)


def test_summary_files_neither_as_a_need_or_a_step() -> None:
    text = (
        "Dear Hannah,\n"
        "Today we want to agree on volumes, pricing, warranty and delivery.\n"
        "We need 300 garden lanterns by 20 March.\n"
        "I'll send you the revised quotation by Friday.\n"
        "Kind regards,\n"
    )
    s = summarize_text(text, today=dt.date(2027, 3, 2), engine="offline")
    quoted = [q.text for item in (*s.needs, *s.next_steps) for q in item.quotes]
    assert not any("Dear" in q or "agree on volumes" in q or "regards" in q for q in quoted), quoted
    assert any("revised quotation" in q for st in s.next_steps for q in [x.text for x in st.quotes])

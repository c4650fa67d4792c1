"""What a chat summary's reply keeps: key figures with their sentence, and the points left open."""

from __future__ import annotations

import datetime as dt

from assistant.summaries.service import summarize_text
from assistant.tools.summaries import summary_view
from assistant.tools.summary_points import key_facts_view, open_points

CHAT_ZH = "客户：这批帆布袋要4500个，下周三前能出货吗\n我：可以，单价3.2美元\n客户：包装的事还要再商量"
CHAT_EN = "Buyer: we need 650 desk lamps by Mar 3.\nMe: $15.40 each FOB.\nBuyer: payment terms are still open.\nMe: ok"


def test_open_points_are_the_utterances_that_leave_something_unsettled() -> None:
    assert open_points(CHAT_ZH) == ["包装的事还要再商量"]
    assert open_points(CHAT_EN) == ["payment terms are still open"]
    assert open_points("客户：好的，就这么定了\n我：谢谢，明天发货") == []
    assert open_points("Buyer: TBD on colours. Let me check with my boss.") == [
        "TBD on colours",
        "Let me check with my boss",
    ]


def test_key_facts_keep_the_sentence_each_figure_came_from() -> None:
    summary = summarize_text(CHAT_ZH, today=dt.date(2026, 11, 30), engine="offline")
    facts = key_facts_view(summary)
    assert {"quantity", "amount"} <= {f["kind"] for f in facts}
    qty = next(f for f in facts if f["kind"] == "quantity")
    assert "4500" in qty["value"] and "下周三前" in qty["quote"]
    view = summary_view(summary, CHAT_ZH)
    assert view["open_points"] == ["包装的事还要再商量"] and view["key_facts"] == facts
    assert summary_view(summary)["open_points"] == []  # without the text, nothing is guessed


def test_asking_to_repeat_or_see_samples_leaves_nothing_open() -> None:
    chat = "客户：麻烦您再说一遍型号\n客户：我们想再看看样品\n客户：我不确定您指的是哪一款"
    assert open_points(chat) == []


def test_deferred_terms_are_open_points() -> None:
    chat = "客户：单价的事回头再说\n客户：交期下周再定\n客户：颜色还不确定"
    assert open_points(chat) == ["单价的事回头再说", "交期下周再定", "颜色还不确定"]


def test_a_timestamp_before_the_speaker_is_stripped_whole() -> None:
    assert open_points("10:30 Buyer: the carton size is still open") == ["the carton size is still open"]
    assert open_points("[2026-11-30 09:05:12] 客户：包装还没定") == ["包装还没定"]
    assert open_points("Buyer: 10:30 suits us, price TBD") == ["10:30 suits us, price TBD"]

""" "会后" / "after the meeting" in a step is the day of a meeting dated earlier in the sentence, else today."""

from __future__ import annotations

import datetime as dt

from assistant.summaries.service import summarize_text

DAY = dt.date(2027, 9, 8)


def _dues(text: str) -> list[dt.date | None]:
    s = summarize_text(text, today=DAY, engine="offline", language="zh", we_names=("罗明",))
    return [x.due for x in s.next_steps]


def test_after_a_meeting_dated_in_the_same_sentence_is_that_meeting_day() -> None:
    text = (
        "会议纪要\n参会：我方 罗明（销售）；客户方 钱总（总经理）\n\n"
        "钱总：价格我们还要内部再看。\n罗明：好的。\n钱总：集团评审会十二号开会，会后我给你们答复。\n"
    )
    assert _dues(text) == [dt.date(2027, 9, 12)]


def test_after_this_meeting_without_another_date_is_today() -> None:
    text = "会议纪要\n参会：我方 罗明（销售）；客户方 钱总（总经理）\n\n钱总：样品照片呢？\n罗明：会后我把样品照片发给您。\n"
    assert _dues(text) == [DAY]

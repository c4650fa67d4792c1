"""A step's due date counts from the day its message was sent, also when the stamps carry no date."""

from __future__ import annotations

import datetime as dt

from assistant.summaries import summarize_text


def _dues(text: str, today: dt.date) -> dict[str, dt.date | None]:
    summary = summarize_text(text, today=today, engine="offline")
    return {step.quotes[-1].text: step.due for step in summary.next_steps if step.quotes}


def test_today_under_a_weekday_stamp_is_that_weekday_of_the_title_range() -> None:
    text = (
        "和孙经理的聊天 · 2031-03-03 至 2031-03-05\n"
        "[周一 09:20] 孙经理：样板收到了吗？\n"
        "[周三 14:05] 孙经理：收到了，我今天下班前给你回复报价。\n"
    )
    dues = _dues(text, dt.date(2031, 3, 5))
    assert dt.date(2031, 3, 5) in dues.values()
    assert dt.date(2031, 3, 3) not in dues.values()


def test_tomorrow_under_a_day_separator_counts_from_that_day() -> None:
    text = (
        "Chat with Omar Haddad (exported 2031)\n"
        "4 Mar\n"
        "10:02 Omar: Could you send the drawings?\n"
        "10:05 Lena: Sure, I will send the drawings tomorrow.\n"
        "5 Mar\n"
        "08:15 Omar: Thanks.\n"
    )
    dues = _dues(text, dt.date(2031, 3, 5))
    assert dt.date(2031, 3, 5) in dues.values()
    assert dt.date(2031, 3, 6) not in dues.values()

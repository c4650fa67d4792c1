"""Messages read oldest first: times compared as times, not as strings (:mod:`message_order`)."""

from __future__ import annotations

from assistant.summaries.message_order import in_time_order
from assistant.text.conversation import Sentence


def _said(*stamped: tuple[str, str | None]) -> list[Sentence]:
    out, at = [], 0
    for text, stamp in stamped:
        out.append(
            Sentence(text=text, start=at, end=at + len(text), speaker="x", role="customer", timestamp=stamp)
        )
        at += len(text) + 1
    return out


def test_an_hour_of_one_digit_sorts_before_an_evening_hour() -> None:
    said = _said(("late", "2031-06-02 21:05"), ("noon", "2031-06-02 12:30"), ("early", "2031-06-02 9:05"))
    assert [s.text for s in in_time_order(said)] == ["early", "noon", "late"]


def test_am_pm_and_chinese_day_parts_are_read_as_times() -> None:
    said = _said(("evening", "8:15 pm"), ("morning", "9:40 am"))
    assert [s.text for s in in_time_order(said)] == ["morning", "evening"]
    said = _said(("晚上", "晚上7:10"), ("上午", "上午10:20"))
    assert [s.text for s in in_time_order(said)] == ["上午", "晚上"]


def test_the_date_comes_before_the_time() -> None:
    said = _said(("second day", "2031-06-03 08:00"), ("first day", "2031-06-02 23:00"))
    assert [s.text for s in in_time_order(said)] == ["first day", "second day"]


def test_in_order_missing_or_unreadable_stamps_keep_the_order_said() -> None:
    said = _said(("a", "2031-06-02 9:05"), ("b", "2031-06-02 10:05"))
    assert in_time_order(said) == said
    said = _said(("a", "2031-06-02 21:05"), ("b", None))
    assert in_time_order(said) == said
    said = _said(("a", "yesterday"), ("b", "2031-06-02 10:05"))
    assert in_time_order(said) == said

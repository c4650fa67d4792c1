"""Message days: what must not be read as a stamp or a separator, and ranges and years that cross a year end."""

from __future__ import annotations

import datetime as dt

from assistant.text.conversation import parse_conversation


def _days(source: str, today: dt.date) -> dict[str, dt.date | None]:
    return {s.text: s.date for s in parse_conversation(source, today=today).sentences}


def test_a_separator_never_overrides_a_later_dated_header() -> None:
    text = "2 Apr\n09:10 Priya: samples are packed.\n陈涛 2032-10-19 16:40\n周五发出。\n"
    assert _days(text, dt.date(2032, 10, 25))["周五发出。"] == dt.date(2032, 10, 19)


def test_a_weekday_and_time_inside_a_message_is_no_stamp() -> None:
    text = "09:30 Priya: can we talk on Thursday 15:00, or tomorrow?\n"
    assert _days(text, dt.date(2032, 10, 20))["can we talk on Thursday 15:00, or tomorrow?"] is None


def test_ordinary_lines_are_neither_separators_nor_dropped() -> None:
    text = "Priya: what should we stock?\nBuy 6 decks\n09:40 Ravi: fine.\n"
    days = _days(text, dt.date(2032, 10, 20))
    assert "Buy 6 decks" in days and days["fine."] is None


def test_the_year_comes_from_a_title_not_from_a_message_line() -> None:
    text = "09:00 Ravi: we need 2000 pcs\n3 Oct\n09:05 Ravi: send the drawings tomorrow.\n"
    assert _days(text, dt.date(2032, 10, 20))["send the drawings tomorrow."] == dt.date(2032, 10, 3)


def test_separators_and_ranges_roll_into_the_next_year() -> None:
    text = "Chat with Ravi (2032)\n31 Dec\n10:02 Ravi: drawings tomorrow.\n2 Jan\n08:15 Priya: received.\n"
    days = _days(text, dt.date(2033, 1, 5))
    assert days["drawings tomorrow."] == dt.date(2032, 12, 31) and days["received."] == dt.date(2033, 1, 2)
    chat = "和陈涛的聊天 · 2032-12-30 至 01-02\n[周四 09:20] 陈涛：样品今天寄了吗？\n[周日 10:00] 小周：今天寄出。\n"
    days = _days(chat, dt.date(2033, 1, 5))
    assert days["样品今天寄了吗？"] == dt.date(2032, 12, 30) and days["今天寄出。"] == dt.date(2033, 1, 2)


def test_a_title_in_year_one_does_not_crash() -> None:
    text = "聊天 · 0001-01-01 至 0001-01-01\n[周日 09:20] 陈涛：你好。\n"
    assert "你好。" in _days(text, dt.date(2032, 10, 20))


def test_separators_dated_from_today_roll_over_once() -> None:
    text = "30 Dec\n10:02 Ravi: drawings tomorrow.\n3 Jan\n08:15 Priya: received.\n"
    days = _days(text, dt.date(2033, 1, 5))
    assert days["drawings tomorrow."] == dt.date(2032, 12, 30) and days["received."] == dt.date(2033, 1, 3)


def test_weekday_stamps_without_a_range_never_run_backwards() -> None:
    text = "[周一 09:20] 陈涛：样品到了吗？\n[周三 14:05] 陈涛：收到了，今天回复你。\n"
    days = _days(text, dt.date(2032, 10, 19))  # a Tuesday: the Wednesday was last week, and so was the Monday
    assert days["样品到了吗？"] == dt.date(2032, 10, 11) and days["收到了，今天回复你。"] == dt.date(2032, 10, 13)


def test_a_decorated_day_line_dates_the_labelled_messages_after_it() -> None:
    from assistant.text.conversation import parse_conversation

    text = (
        "—— 2033年11月10日 周四 ——\n尤佳琪：喂食器要600台。\n"
        "—— 2033年11月11日 周五 ——\n房清越：我下午把新卡扣的照片发您。\n"
    )
    parsed = parse_conversation(text)
    assert [(s.date.isoformat() if s.date else None, s.text) for s in parsed.sentences] == [
        ("2033-11-10", "喂食器要600台。"),
        ("2033-11-11", "我下午把新卡扣的照片发您。"),
    ]

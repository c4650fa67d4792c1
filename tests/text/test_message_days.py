"""Message days in chats whose headers carry no date: weekday-only stamps under a dated title, day separators."""

from __future__ import annotations

import datetime as dt

from assistant.text.conversation import parse_conversation

WEEKDAY_CHAT = """和孙经理的聊天 · 2031-03-03 至 2031-03-05
[周一 09:20] 孙经理：样板今天到了吗？
[周一 09:30] 小林：还没有，明天寄出。
[周三 14:05] 孙经理：收到了，我今天下班前回复你报价。
"""

SEPARATED_CHAT = """Chat with Omar Haddad (exported 2031)
4 Mar
10:02 Omar: Could you send the drawings over tomorrow?
10:05 Lena: Sure, first thing tomorrow.
5 Mar
08:15 Lena: Drawings are in your inbox now.
"""


def _days(source: str, today: dt.date) -> dict[str, dt.date | None]:
    return {s.text: s.date for s in parse_conversation(source, today=today).sentences}


def test_weekday_stamps_take_the_matching_day_of_the_title_range() -> None:
    days = _days(WEEKDAY_CHAT, dt.date(2031, 3, 6))
    assert days["样板今天到了吗？"] == dt.date(2031, 3, 3)
    assert days["还没有，明天寄出。"] == dt.date(2031, 3, 3)
    assert days["收到了，我今天下班前回复你报价。"] == dt.date(2031, 3, 5)


def test_weekday_stamps_without_a_range_use_today() -> None:
    source = "[周二 11:00] 孙经理：我明天去仓库看货。\n[周四 16:40] 小林：好的，今天发您照片。\n"
    days = _days(source, dt.date(2031, 3, 7))  # a Friday
    assert days["我明天去仓库看货。"] == dt.date(2031, 3, 4)
    assert days["好的，今天发您照片。"] == dt.date(2031, 3, 6)


def test_day_separator_lines_date_the_messages_below_them() -> None:
    parsed = parse_conversation(SEPARATED_CHAT, today=dt.date(2031, 3, 5))
    days = {s.text: s.date for s in parsed.sentences}
    assert days["Could you send the drawings over tomorrow?"] == dt.date(2031, 3, 4)
    assert days["Sure, first thing tomorrow."] == dt.date(2031, 3, 4)
    assert days["Drawings are in your inbox now."] == dt.date(2031, 3, 5)
    assert not any(s.text in {"4 Mar", "5 Mar"} for s in parsed.sentences)


def test_separator_spellings() -> None:
    for first, second in (("Mar 4", "Mar 5"), ("04/03", "05/03"), ("3月4日", "3月5日")):
        source = f"{first}\n10:02 Omar: Need the drawings tomorrow.\n{second}\n08:15 Lena: Sent.\n"
        days = _days(source, dt.date(2031, 3, 9))
        assert days["Need the drawings tomorrow."] == dt.date(2031, 3, 4), first
        assert days["Sent."] == dt.date(2031, 3, 5), second


def test_separator_year_comes_from_the_title() -> None:
    source = "Omar / Lena – 2030\n4 Mar\n10:02 Omar: Need the drawings tomorrow.\n"
    assert _days(source, dt.date(2031, 5, 1))["Need the drawings tomorrow."] == dt.date(2030, 3, 4)


def test_a_date_line_without_timed_messages_below_is_kept() -> None:
    source = "Lena: The free loading slots are\n4 Mar\nand the week after.\n"
    parsed = parse_conversation(source, today=dt.date(2031, 3, 9))
    assert any(s.text == "4 Mar" for s in parsed.sentences)


def test_stamps_carry_the_resolved_day_so_messages_stay_in_order() -> None:
    parsed = parse_conversation(SEPARATED_CHAT, today=dt.date(2031, 3, 5))
    stamps = [s.timestamp for s in parsed.sentences if s.speaker]
    assert stamps == ["2031-03-04 10:02", "2031-03-04 10:05", "2031-03-05 08:15"]
    later = parse_conversation(WEEKDAY_CHAT, today=dt.date(2031, 3, 6)).sentences[-1]
    assert later.timestamp == "2031-03-05 14:05"

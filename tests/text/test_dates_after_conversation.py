"""A step done "after the call" / "会后" is due on the day of the conversation itself."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.text.dates import find_dates

DAY = dt.date(2027, 9, 8)


@pytest.mark.parametrize(
    "text",
    [
        "I'll forward the spec sheet after the call.",
        "Right after this meeting I will email you the contact.",
        "We'll share the drawings straight after this call.",
        "会后我把样品照片发给您",
        "开完会我就把联系人电话发您",
    ],
)
def test_after_the_conversation_is_today(text: str) -> None:
    assert [d.date for d in find_dates(text, DAY)] == [DAY]


def test_plain_words_about_a_call_or_a_chance_are_no_date() -> None:
    assert find_dates("有机会后再联系", DAY) == []
    assert find_dates("The call went well.", DAY) == []
    assert find_dates("As promised after our call, here is the offer.", DAY) == []


def test_after_another_meeting_is_not_today() -> None:
    assert find_dates("董事会后通知我们结果", DAY) == []
    assert find_dates("展会后再谈价格", DAY) == []


def test_a_date_said_with_after_the_meeting_wins() -> None:
    assert [d.date for d in find_dates("委员会十五号开会，会后王总告诉我们结果", DAY)] == [
        dt.date(2027, 9, 15)
    ]
    assert [d.date for d in find_dates("After the meeting on the 20th we decide.", DAY)] == [
        dt.date(2027, 9, 20)
    ]
    assert find_dates("方便，刚开完会", DAY) == []

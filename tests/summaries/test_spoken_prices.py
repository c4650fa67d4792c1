"""Prices said in words (:mod:`assistant.summaries.spoken_prices`): price talk only, read in linear time."""

from __future__ import annotations

import time

import pytest

from assistant.summaries.spoken_prices import spoken_prices


@pytest.mark.parametrize(
    "text",
    [
        "Let's talk Tuesday three thirty",
        "the meeting is nine thirty",
        "Room two twelve",
        "Flight one twenty lands late",
        "see page two forty",
        "I'll be there in one twenty",
        "We can offer the room two twelve for the meeting.",
    ],
)
def test_a_time_a_room_or_a_page_is_no_price(text: str) -> None:
    assert spoken_prices(text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [("we can go to two seventy-five", 275), ("two seventy is my best", 270), ("I can do two seventy", 270)],
)
def test_a_price_said_in_words_in_price_talk(text: str, value: int) -> None:
    assert [v for _, _, v in spoken_prices(text)] == [value]


def test_reading_a_long_text_is_linear() -> None:
    text = "two fifty each, " * 5000
    started = time.perf_counter()
    assert len(spoken_prices(text)) == 5000
    assert time.perf_counter() - started < 5  # was 20 s at 80,000 characters (a copy of the text per match)

"""Prices said in words (:mod:`assistant.summaries.spoken_prices`): price talk only, read in linear time."""

from __future__ import annotations

from decimal import Decimal

import pytest

from assistant.summaries.spoken_prices import spoken_prices
from tests.scaling import growth


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
    # counted, not timed: the overlap check against the dollar readings scanned every earlier reading
    # per match (80,000 characters: 2.4 s, 3.7x the time at half the length); the speed is in benchmarks/
    assert len(spoken_prices("two fifty each, " * 500)) == 500
    assert growth(lambda n: "two fifty each, four dollars twenty, " * n, spoken_prices, 200) < 2.2


def test_a_price_read_in_dollars_is_not_read_again_as_hundreds() -> None:
    text = "four dollars twenty or two fifty, then five dollars ten and three forty"
    assert [v for _, _, v in spoken_prices(text)] == [Decimal("4.20"), 250, Decimal("5.10"), 340]

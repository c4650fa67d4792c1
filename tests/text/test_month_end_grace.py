""""The end of <month>" just past stays that month's end across a year boundary (:mod:`assistant.text.dates`).

Written anew: a month's end up to a week past is the one meant ("by the end of December" said on
3 January is the December just gone); a month's end further back is next year's.
"""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.text.dates import find_dates


@pytest.mark.parametrize(
    ("said", "text", "expected"),
    [
        (dt.date(2031, 1, 3), "by the end of December", dt.date(2030, 12, 31)),  # a Friday, 3 days on
        (dt.date(2031, 1, 7), "by the end of December", dt.date(2030, 12, 31)),  # a Tuesday, the 7th day
        (dt.date(2031, 1, 8), "by the end of December", dt.date(2031, 12, 31)),  # past the grace: next one
        (dt.date(2030, 12, 29), "by the end of December", dt.date(2030, 12, 31)),  # before it
        (dt.date(2031, 1, 5), "by the end of January", dt.date(2031, 1, 31)),  # this month
        (dt.date(2031, 1, 2), "by the end of November", dt.date(2031, 11, 30)),  # long past: next year's
        (dt.date(2031, 3, 4), "by the end of February", dt.date(2031, 2, 28)),  # within grace, short month
        (dt.date(2032, 3, 6), "by the end of February", dt.date(2032, 2, 29)),  # leap year, a Saturday
        (dt.date(2032, 3, 9), "by the end of February", dt.date(2033, 2, 28)),  # past the grace
    ],
)
def test_the_end_of_a_month_just_past_is_that_month(said: dt.date, text: str, expected: dt.date) -> None:
    assert find_dates(text, said)[0].date == expected

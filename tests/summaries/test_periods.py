"""Periods said in words, in calendar days (:mod:`assistant.summaries.periods`)."""

from __future__ import annotations

import pytest

from assistant.summaries.periods import period_days


@pytest.mark.parametrize(
    ("n", "unit", "days"),
    [
        ("三十", "天", 30),
        ("两", "周", 14),
        ("一", "个礼拜", 7),
        ("3", "个月", 90),
        ("五", "个工作日", 7),
        ("10", "business days", 14),
        ("3-4", "weeks", 28),
        ("forty-five", "days", 45),
    ],
)
def test_a_period_in_calendar_days(n: str, unit: str, days: int) -> None:
    assert period_days(n, unit) == days


def test_a_word_that_is_no_number_gives_the_default() -> None:
    assert period_days("几", "天") == 0
    assert period_days("几", "天", default=1) == 1

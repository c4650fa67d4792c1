"""Abbreviated month words: "past 6 mths", "last 3 mos"."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.text.period_phrases import find_period


@pytest.mark.parametrize(
    ("text", "period"),
    [
        ("spend over the past 5 mths", "last_5_months"),
        ("last 3 mos?", "last_3_months"),
        ("past 2mths", "last_2_months"),
    ],
)
def test_abbreviated_months(text: str, period: str) -> None:
    found = find_period(text, dt.date(2026, 11, 30))
    assert found is not None and found.period == period

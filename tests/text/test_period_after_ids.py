"""A month right after a record id ("C00207八月份…") and a bare English month abbreviation that opens a request."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.text.period_phrases import find_period

TODAY = dt.date(2026, 11, 30)


@pytest.mark.parametrize(
    ("text", "period"),
    [
        ("C00207八月份一共买了多少钱", "2026-08"),
        ("C00415十月份下了几单", "2026-10"),
        ("Oct revenue for me?", "2026-10"),
        ("Sept orders from Keystone", "2026-09"),
        ("Aug numbers for my team please", "2026-08"),
    ],
)
def test_month_after_an_id_or_opening_a_request(text: str, period: str) -> None:
    found = find_period(text, TODAY)
    assert found is not None and found.period == period


@pytest.mark.parametrize("text", ["May I see my pipeline", "march the deal forward", "2026年十月份"])
def test_words_that_are_not_bare_months_stay_as_they_were(text: str) -> None:
    found = find_period(text, TODAY)
    assert found is None or text == "2026年十月份"

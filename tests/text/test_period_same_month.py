"""The same month or quarter a year earlier ("same month last year", "去年同月") is that calendar period."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.text.period_phrases import find_period

TODAY = dt.date(2026, 11, 30)


@pytest.mark.parametrize(
    ("text", "period"),
    [
        ("orders in the same month last year?", "2025-11"),
        ("去年同月的采购额", "2025-11"),
        ("去年的这个月下了几单", "2025-11"),
        ("this month last year, how much?", "2025-11"),
        ("same quarter last year", "2025-Q4"),
        ("去年这个季度的订单", "2025-Q4"),
        ("上年同期下了多少", "same_time_last_year"),
        ("去年下了多少", "last_year"),
    ],
)
def test_a_period_a_year_earlier(text: str, period: str) -> None:
    found = find_period(text, TODAY)
    assert found is not None and found.period == period


@pytest.mark.parametrize("text", ["last year's month-end close", "revenue at last year's month end"])
def test_last_years_month_end_is_not_this_month_a_year_ago(text: str) -> None:
    found = find_period(text, TODAY)
    assert found is not None and found.period == "last_year", found


def test_last_years_month_is_still_this_month_a_year_ago() -> None:
    found = find_period("how did we do in last year's month?", TODAY)
    assert found is not None and found.period == "2025-11"

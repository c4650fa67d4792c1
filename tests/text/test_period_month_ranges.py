"""A span of months ("Feb-Apr", "3到5月", "from May through July") is the whole span, not its first or last month."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.text.period_phrases import find_period
from assistant.text.periods import parse_period

TODAY = dt.date(2026, 11, 30)


@pytest.mark.parametrize(
    ("text", "period"),
    [
        ("bookings for Feb-Apr please", "2026-02-01..2026-04-30"),
        ("how did we do Mar–May", "2026-03-01..2026-05-31"),
        ("orders from March to June", "2026-03-01..2026-06-30"),
        ("revenue from May through July", "2026-05-01..2026-07-31"),
        ("between April and June what did I close", "2026-Q2"),
        ("my numbers for Oct thru Nov", "2026-10-01..2026-11-30"),
        ("3到5月的订单", "2026-03-01..2026-05-31"),
        ("4月到6月卖了多少", "2026-Q2"),
        ("二月至四月的业绩", "2026-02-01..2026-04-30"),
        ("5-7月的收入", "2026-05-01..2026-07-31"),
        ("2025年2月到4月的订单", "2025-02-01..2025-04-30"),
        ("去年3到5月", "2025-03-01..2025-05-31"),
        ("七月至九月的告警", "2026-Q3"),
        ("Feb to Apr 2025 orders", "2025-02-01..2025-04-30"),
    ],
)
def test_month_span_is_whole(text: str, period: str) -> None:
    found = find_period(text, TODAY)
    assert found is not None and found.period == period
    assert parse_period(found.period, TODAY).start.day == 1


@pytest.mark.parametrize(
    ("text", "period"),
    [
        ("Q2 revenue", "2026-Q2"),
        ("上半年的订单", "first_half"),
        ("H2 numbers", "second_half"),
        ("orders in March", "2026-03"),
        ("8月的订单", "2026-08"),
    ],
)
def test_single_units_unchanged(text: str, period: str) -> None:
    found = find_period(text, TODAY)
    assert found is not None and found.period == period


def test_span_across_new_year_is_the_latest_begun() -> None:
    found = find_period("sales Dec-Feb", TODAY)  # December 2026 has not begun on 30 November
    assert found is not None and found.period == "2025-12-01..2026-02-28"


def test_two_months_joined_by_and_are_not_a_span() -> None:
    found = find_period("orders in March and June", TODAY)
    assert found is not None and found.period == "2026-03"


def test_forecast_span_is_the_next_one() -> None:
    found = find_period("forecast for Feb-Apr", TODAY, prefer_future=True)
    assert found is not None and found.period == "2027-02-01..2027-04-30"


@pytest.mark.parametrize(
    ("text", "period"),
    [
        ("split the 2025 flags by type", "2025"),
        ("2026 violations per month", "2026"),
        ("how many orders did Summit place 2025", "2025"),
        ("revenue 2025 vs target", "2025"),
    ],
)
def test_bare_calendar_year(text: str, period: str) -> None:
    found = find_period(text, TODAY)
    assert found is not None and found.period == period


@pytest.mark.parametrize(
    "text",
    ["orders over 2000 dollars", "deals above 2025 usd", "alert #2025", "SO-2025", "sold 2025 units", "¥2026 的订单"],
)
def test_amounts_and_ids_are_not_years(text: str) -> None:
    found = find_period(text, TODAY)
    assert found is None or found.period not in ("2000", "2025", "2026")


@pytest.mark.parametrize(
    ("text", "period"),
    [
        ("Summit's POs for the last calendar year", "last_year"),
        ("this calendar year so far", "this_year"),
        ("the first four months of this year", "2026-01-01..2026-04-30"),
        ("first 6 months of 2025", "2025-H1"),
        ("去年前三个月的订单", "2025-Q1"),
        ("今年头五个月卖了多少", "2026-01-01..2026-05-31"),
        ("2025年前6个月", "2025-H1"),
    ],
)
def test_calendar_year_and_its_first_months(text: str, period: str) -> None:
    found = find_period(text, TODAY)
    assert found is not None and found.period == period

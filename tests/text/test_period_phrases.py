"""Period phrases ("本季度", "last 30 days", "未来两周") → canonical period strings and horizons."""

import datetime as dt

import pytest

from assistant.text.period_phrases import find_horizon_days, find_period

TODAY = dt.date(2025, 6, 30)


@pytest.mark.parametrize(
    ("text", "period"),
    [
        ("我本季度的管道", "this_quarter"),
        ("这个季度怎么样", "this_quarter"),
        ("上个月的订单", "last_month"),
        ("上一季度", "last_quarter"),
        ("下季度预测", "next_quarter"),
        ("本月", "this_month"),
        ("最近30天", "last_30_days"),
        ("近一周的违规", "last_7_days"),
        ("最近三个月", "last_3_months"),
        ("今天有哪些违规", "today"),
        ("昨天", "yesterday"),
        ("上周", "last_week"),
        ("今年的业绩", "this_year"),
        ("去年", "last_year"),
        ("next quarter", "next_quarter"),
        ("and last quarter?", "last_quarter"),
        ("this month", "this_month"),
        ("past 7 days", "last_7_days"),
        ("2025年3月的订单", "2025-03"),
        ("2024年第三季度", "2024-Q3"),
        ("Q1的预测", "2025-Q1"),
        ("Q3 2024", "2024-Q3"),
        ("deals closing in May 2025", "2025-05"),
        ("最近14天", "2025-06-17..2025-06-30"),
        ("近两周", "2025-06-17..2025-06-30"),
        ("last 14 days", "2025-06-17..2025-06-30"),
        ("2025-01-01..2025-03-31", "2025-01-01..2025-03-31"),
    ],
)
def test_periods(text: str, period: str) -> None:
    found = find_period(text, TODAY)
    assert found is not None and found.period == period


def test_bare_month_reads_past_by_default_and_future_for_forecasts() -> None:
    assert find_period("9月份", TODAY).period == "2024-09"
    assert find_period("9月份", TODAY, prefer_future=True).period == "2025-09"
    assert find_period("3月", TODAY, prefer_future=True).period == "2026-03"


def test_span_points_at_the_expression() -> None:
    found = find_period("我本季度的管道", TODAY)
    assert "我本季度的管道"[found.start : found.end] == "本季度"


@pytest.mark.parametrize("text", ["may I ask something", "王总那边最近怎么样", "show me VIP customers"])
def test_no_false_periods(text: str) -> None:
    assert find_period(text, TODAY) is None


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("未来两周", 14),
        ("30天内", 30),
        ("next 2 weeks", 14),
        ("下个月", 30),
        ("下周", 7),
        ("within 45 days", 45),
    ],
)
def test_horizons(text: str, days: int) -> None:
    assert find_horizon_days(text, TODAY) == days

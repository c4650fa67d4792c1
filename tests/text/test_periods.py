"""Period strings resolve against the run's today; bad ones fail with a clear error."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.text.periods import PeriodError, parse_period

TODAY = dt.date(2025, 2, 12)  # a Wednesday in Q1


@pytest.mark.parametrize(
    ("text", "start", "end", "kind"),
    [
        ("today", "2025-02-12", "2025-02-12", "range"),
        ("this_month", "2025-02-01", "2025-02-28", "month"),
        ("last_month", "2025-01-01", "2025-01-31", "month"),
        ("next_month", "2025-03-01", "2025-03-31", "month"),
        ("this_quarter", "2025-01-01", "2025-03-31", "quarter"),
        ("last_quarter", "2024-10-01", "2024-12-31", "quarter"),
        ("next_quarter", "2025-04-01", "2025-06-30", "quarter"),
        ("this_year", "2025-01-01", "2025-12-31", "year"),
        ("last_7_days", "2025-02-06", "2025-02-12", "range"),
        ("last_30_days", "2025-01-14", "2025-02-12", "range"),
        ("this_week", "2025-02-10", "2025-02-12", "range"),
        ("2024-02", "2024-02-01", "2024-02-29", "month"),
        ("2024-Q4", "2024-10-01", "2024-12-31", "quarter"),
        ("2024q2", "2024-04-01", "2024-06-30", "quarter"),
        ("2025-01-05..2025-01-20", "2025-01-05", "2025-01-20", "range"),
        ("This Month", "2025-02-01", "2025-02-28", "month"),
    ],
)
def test_canonical_periods(text: str, start: str, end: str, kind: str) -> None:
    p = parse_period(text, TODAY)
    assert (p.start.isoformat(), p.end.isoformat(), p.kind) == (start, end, kind)


def test_quarter_boundaries_wrap_years() -> None:
    assert parse_period("last_quarter", dt.date(2025, 1, 3)).start == dt.date(2024, 10, 1)
    assert parse_period("next_quarter", dt.date(2025, 11, 3)).end == dt.date(2026, 3, 31)
    assert parse_period("next_month", dt.date(2025, 12, 31)).start == dt.date(2026, 1, 1)


@pytest.mark.parametrize(
    "text", ["soonish", "2025-13", "2025-02-30..2025-03-01", "2025-03-01..2025-02-01", ""]
)
def test_bad_periods_fail_clearly(text: str) -> None:
    with pytest.raises(PeriodError):
        parse_period(text, TODAY)

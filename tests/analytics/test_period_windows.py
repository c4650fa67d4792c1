"""Every period phrase → its window, and the figures over that window against SQL on the demo company.

"This quarter" is the whole calendar quarter (the defect: a forecast for this quarter that
counted only the current month's sales as booked). Windows are written out by hand for
TODAY = 2025-06-15; the revenue of each window is summed with plain SQL over those dates.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from sqlalchemy import Engine, text

from assistant.identity import AssistantContext
from assistant.text.period_phrases import find_period
from assistant.text.periods import parse_period
from tests.tools.conftest import TODAY, ctx_for, demo  # noqa: F401 (fixtures)
from tests.tools.test_tools import run

Ctx = Callable[..., AssistantContext]

WINDOWS = [
    ("本月", "2025-06-01", "2025-06-30"),
    ("this month", "2025-06-01", "2025-06-30"),
    ("上个月", "2025-05-01", "2025-05-31"),
    ("last month", "2025-05-01", "2025-05-31"),
    ("本季度", "2025-04-01", "2025-06-30"),
    ("this quarter", "2025-04-01", "2025-06-30"),
    ("上季度", "2025-01-01", "2025-03-31"),
    ("今年", "2025-01-01", "2025-12-31"),
    ("去年", "2024-01-01", "2024-12-31"),
    ("last year", "2024-01-01", "2024-12-31"),
    ("最近7天", "2025-06-09", "2025-06-15"),
    ("最近30天", "2025-05-17", "2025-06-15"),
    ("最近3个月", "2025-04-01", "2025-06-15"),
    ("最近三个月", "2025-04-01", "2025-06-15"),
    ("last 3 months", "2025-04-01", "2025-06-15"),
    ("最近半年", "2025-01-01", "2025-06-15"),
    ("去年这个时候", "2024-06-01", "2024-06-30"),  # the calendar month a year ago (was ±15 days until stop 26)
    ("this time last year", "2024-06-01", "2024-06-30"),
    ("上半年", "2025-01-01", "2025-06-30"),
    ("下半年", "2025-07-01", "2025-12-31"),
    ("去年上半年", "2024-01-01", "2024-06-30"),
    ("Q3", "2024-07-01", "2024-09-30"),
    ("Q1", "2025-01-01", "2025-03-31"),
    ("第二季度", "2025-04-01", "2025-06-30"),
    ("2025年3月", "2025-03-01", "2025-03-31"),
    # round 23: phrases that used to fall through to "all history" or to the wrong window
    ("年初到现在", "2025-01-01", "2025-12-31"),
    ("since the start of the year", "2025-01-01", "2025-12-31"),
    ("year-to-date", "2025-01-01", "2025-12-31"),
    ("上上个月", "2025-04-01", "2025-04-30"),
    ("the month before last", "2025-04-01", "2025-04-30"),
    ("上上周", "2025-05-26", "2025-06-01"),
    ("the week before last", "2025-05-26", "2025-06-01"),
    ("H2 last year", "2024-07-01", "2024-12-31"),
    ("the first half of last year", "2024-01-01", "2024-06-30"),
    ("quarter to date", "2025-04-01", "2025-06-30"),
    ("full year last year", "2024-01-01", "2024-12-31"),
    ("last fortnight", "2025-06-02", "2025-06-15"),
    ("trailing 12 months", "2024-07-01", "2025-06-15"),
    ("这半年", "2025-01-01", "2025-06-15"),
]


@pytest.mark.parametrize(("phrase", "start", "end"), WINDOWS)
def test_phrase_window(phrase: str, start: str, end: str) -> None:
    found = find_period(phrase, TODAY)
    assert found is not None, phrase
    p = parse_period(found.period, TODAY)
    assert (p.start.isoformat(), p.end.isoformat()) == (start, end), phrase


def test_revenue_over_each_phrase_window_matches_sql(demo: Engine, ctx_for: Ctx) -> None:  # noqa: F811
    admin = ctx_for("admin")
    with demo.connect() as conn:
        for phrase, start, end in WINDOWS:
            period = find_period(phrase, TODAY)
            assert period is not None
            out = run(admin, "team_performance", period=period.period, scope="all", limit=50)
            usd = conn.execute(
                text("select coalesce(sum(amount_usd),0) from orders where order_date between :a and :b "
                     "and status not in ('cancelled','canceled')"), {"a": start, "b": end}  # fmt: skip
            ).scalar()
            assert out["totals"]["revenue_usd"] == pytest.approx(float(usd), abs=0.05), phrase


def test_forecast_for_this_quarter_books_the_whole_quarter_so_far(demo: Engine, ctx_for: Ctx) -> None:  # noqa: F811
    out = run(ctx_for("mgr01"), "sales_forecast", period="this_quarter", scope="team")
    with demo.connect() as conn:
        booked = conn.execute(
            text("select coalesce(sum(o.amount_usd),0) from orders o join customers c on c.id=o.customer_id "
                 "join users u on u.id=c.owner_id where u.team_id=1 and o.order_date between '2025-04-01' and :d "
                 "and o.status not in ('cancelled','canceled')"), {"d": TODAY.isoformat()}  # fmt: skip
        ).scalar()
        june = conn.execute(
            text("select coalesce(sum(o.amount_usd),0) from orders o join customers c on c.id=o.customer_id "
                 "join users u on u.id=c.owner_id where u.team_id=1 and o.order_date between '2025-06-01' and :d"),
            {"d": TODAY.isoformat()},
        ).scalar()
    assert out["status"] == "ok" and out["period"]["start"] == "2025-04-01"
    assert out["actual_to_date"] == pytest.approx(float(booked), abs=0.05)
    assert float(booked) > float(june)  # April and May count, not only the current month
    assert out["forecast"] >= out["actual_to_date"] - float(june)

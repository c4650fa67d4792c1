"""order_history's comparison period: cut at the same point only when both periods are the same length kind.

Today is 2025-06-15 in the tool fixtures: this quarter, this month and this year are still running.
"""

from __future__ import annotations

import pytest
from sqlalchemy import Engine

from tests.tools.test_order_totals import Ctx, _two_of
from tests.tools.test_reports import sql
from tests.tools.test_tools import run


def _usd(engine: Engine, ext: str, start: str, end: str) -> float:
    return float(sql(engine, "select coalesce(sum(o.amount_usd), 0) from orders o join customers c on c.id=o.customer_id "
                             "where c.external_id=:e and o.order_date between :s and :t and o.status != 'cancelled'",
                     e=ext, s=start, t=end)[0][0])  # fmt: skip


@pytest.mark.parametrize(
    ("period", "compare", "start", "end"),
    [
        ("this_quarter", "last_year", "2024-01-01", "2024-12-31"),  # part of a quarter vs a whole year
        ("this_year", "last_quarter", "2025-01-01", "2025-03-31"),  # a running year vs a finished quarter
        ("this_month", "2024-Q2", "2024-04-01", "2024-06-30"),  # a month vs a quarter
    ],
)
def test_unlike_periods_are_compared_whole_and_say_so(
    demo: Engine, ctx_for: Ctx, period: str, compare: str, start: str, end: str
) -> None:
    ext = _two_of(demo, "rep01")[0]
    c = run(ctx_for("rep01"), "order_history", customer=ext, period=period, compare_period=compare)["compare"]
    assert c["to_date"] is None and c["whole_period"] is True
    assert c["period"]["start"] == start and c["total_usd"] == pytest.approx(_usd(demo, ext, start, end), abs=0.01)


@pytest.mark.parametrize(
    ("period", "compare", "start", "cut"),
    [
        ("this_month", "same_time_last_year", "2024-06-01", "2024-06-15"),  # June to the 15th, both years
        ("this_quarter", "last_quarter", "2025-01-01", "2025-03-15"),  # 2.5 months into each
        ("this_year", "2023", "2023-01-01", "2023-06-15"),
    ],
)
def test_like_periods_are_cut_at_the_same_offset(
    demo: Engine, ctx_for: Ctx, period: str, compare: str, start: str, cut: str
) -> None:
    ext = _two_of(demo, "rep01")[0]
    c = run(ctx_for("rep01"), "order_history", customer=ext, period=period, compare_period=compare)["compare"]
    assert c["to_date"] == cut and not c.get("whole_period")
    assert c["period"]["start"] == start and c["total_usd"] == pytest.approx(_usd(demo, ext, start, cut), abs=0.01)


def test_finished_periods_are_compared_whole_without_a_note(demo: Engine, ctx_for: Ctx) -> None:
    ext = _two_of(demo, "rep01")[0]
    c = run(ctx_for("rep01"), "order_history", customer=ext, period="last_quarter", compare_period="last_year")["compare"]
    assert c["to_date"] is None and not c.get("whole_period")

"""order_history over several customers (each scope-checked) and with a comparison period, against SQL."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from sqlalchemy import Engine

from assistant.identity import AssistantContext
from tests.tools.test_reports import sql
from tests.tools.test_tools import run

Ctx = Callable[..., AssistantContext]


def _two_of(engine: Engine, login: str) -> list[str]:
    rows = sql(engine, "select c.external_id from customers c join users u on u.id=c.owner_id where u.login=:l "
                       "order by c.id limit 2", l=login)  # fmt: skip
    return [r[0] for r in rows]


def _other_rep_customer(engine: Engine, login: str) -> str:
    return sql(engine, "select c.external_id from customers c join users u on u.id=c.owner_id where u.login!=:l "
                       "and u.role='rep' order by c.id limit 1", l=login)[0][0]  # fmt: skip


def test_several_customers_totals_match_sql_per_customer_and_in_sum(demo: Engine, ctx_for: Ctx) -> None:
    ids = _two_of(demo, "rep01")
    out = run(ctx_for("rep01"), "order_history", customers=ids, period="last_year")
    assert out["customers_total"] == 2
    for row in out["group"]:
        n, usd = sql(demo, "select count(*), coalesce(round(sum(o.amount_usd), 2), 0) from orders o join customers c "
                           "on c.id=o.customer_id where c.external_id=:e and o.order_date between '2024-01-01' and "
                           "'2024-12-31' and o.status != 'cancelled'", e=row["customer"]["id"])[0]  # fmt: skip
        assert row["order_count"] == n and row["total_usd"] == pytest.approx(float(usd), abs=0.01)
    assert out["total_usd"] == pytest.approx(sum(r["total_usd"] for r in out["group"]), abs=0.01)


def test_a_listed_customer_outside_the_callers_book_is_not_counted(demo: Engine, ctx_for: Ctx) -> None:
    mine, theirs = _two_of(demo, "rep01")[0], _other_rep_customer(demo, "rep01")
    out = run(ctx_for("rep01"), "order_history", customers=[mine, theirs], period="last_year")
    assert [r["customer"]["id"] for r in out["group"]] == [mine]
    assert out["not_found"] == [theirs]


def test_a_comparison_period_adds_the_second_periods_sums_and_the_change(demo: Engine, ctx_for: Ctx) -> None:
    ext = _two_of(demo, "rep01")[0]
    out = run(ctx_for("rep01"), "order_history", customer=ext, period="this_year", compare_period="last_year")
    before = out["compare"]
    # this year is still running: last year is cut at the same day, never a whole year against part of one
    today = ctx_for("rep01").today
    assert before["to_date"] == today.replace(year=today.year - 1).isoformat()
    usd = sql(demo, "select coalesce(sum(o.amount_usd), 0) from orders o join customers c on c.id=o.customer_id "
                    "where c.external_id=:e and o.order_date between '2024-01-01' and :cut "
                    "and o.status != 'cancelled'", e=ext, cut=before["to_date"])[0][0]  # fmt: skip
    assert before["period"]["start"] == "2024-01-01" and before["total_usd"] == pytest.approx(float(usd), abs=0.01)
    assert before["change_usd"] == pytest.approx(out["total_usd"] - before["total_usd"], abs=0.01)


def test_a_comparison_with_a_product_filter_sums_the_same_product_on_both_sides(demo: Engine, ctx_for: Ctx) -> None:
    ext = _two_of(demo, "rep01")[0]
    whole = run(ctx_for("rep01"), "order_history", customer=ext, period="last_year", compare_period="2023")
    sku = sql(demo, "select p.sku from order_lines l join products p on p.id=l.product_id join orders o "
                    "on o.id=l.order_id join customers c on c.id=o.customer_id where c.external_id=:e limit 1",
              e=ext)[0][0]  # fmt: skip
    part = run(ctx_for("rep01"), "order_history", customer=ext, period="last_year", compare_period="2023", product=sku)
    assert part["compare"]["total_usd"] <= whole["compare"]["total_usd"]  # product lines only, like the first period
    assert part["compare"]["change_usd"] == pytest.approx(part["product_total_usd"] - part["compare"]["total_usd"], abs=0.01)


def test_order_history_needs_a_customer_or_several(demo: Engine, ctx_for: Ctx) -> None:
    out = run(ctx_for("rep01"), "order_history", period="this_year")
    assert out.get("status") == "error" and "customer" in str(out.get("message") or out.get("error") or out)

"""order_history over several customers for a manager: the team's customers count, another team's are not found."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine

from tests.tools.test_order_totals import Ctx
from tests.tools.test_reports import sql
from tests.tools.test_tools import run


def _first_of_team(engine: Engine, login: str) -> str:
    """The first customer owned by a rep in ``login``'s team."""
    return sql(engine, "select c.external_id from customers c join users u on u.id = c.owner_id "
                       "where u.role = 'rep' and u.team_id = (select team_id from users where login = :l) "
                       "order by c.id limit 1", l=login)[0][0]  # fmt: skip


def test_a_manager_totals_the_teams_customers_and_not_another_teams(demo: Engine, ctx_for: Ctx) -> None:
    mine, theirs = _first_of_team(demo, "mgr01"), _first_of_team(demo, "mgr02")
    out = run(ctx_for("mgr01"), "order_history", customers=[mine, theirs], period="last_year")
    assert [r["customer"]["id"] for r in out["group"]] == [mine] and out["not_found"] == [theirs]
    n, usd = sql(demo, "select count(*), coalesce(sum(o.amount_usd), 0) from orders o join customers c on c.id=o.customer_id "
                       "where c.external_id=:e and o.order_date between '2024-01-01' and '2024-12-31' "
                       "and o.status != 'cancelled'", e=mine)[0]  # fmt: skip
    assert out["order_count"] == n and out["total_usd"] == pytest.approx(float(usd), abs=0.01)
    other = run(ctx_for("mgr02"), "order_history", customers=[mine, theirs], period="last_year")
    assert [r["customer"]["id"] for r in other["group"]] == [theirs] and other["not_found"] == [mine]

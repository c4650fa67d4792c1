"""team_performance against the previous period (SQL-checked), and alerts naming the customer the message went to."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import pytest
from sqlalchemy import Engine, text

from assistant.compliance.store import record_message
from assistant.db import session_scope
from assistant.identity import AssistantContext
from tests.tools.test_tools import run

Ctx = Callable[..., AssistantContext]


def _sql(engine: Engine, query: str, **params: Any) -> list[Any]:
    with engine.connect() as conn:
        return list(conn.execute(text(query), params))


def _team_revenue(engine: Engine, start: str, end: str) -> float:
    return float(
        _sql(
            engine,
            "select coalesce(sum(o.amount_usd),0) from orders o join users u on u.id=o.owner_id "
            "where u.team_id=1 and u.role='rep' and o.order_date between :s and :e "
            "and o.status not in ('cancelled','canceled')",
            s=start,
            e=end,
        )[0][0]
    )


def test_compare_previous_totals_the_previous_quarter(demo: Engine, ctx_for: Ctx) -> None:
    out = run(ctx_for("mgr01"), "team_performance", period="this_quarter", compare_previous=True)
    prev = out["previous"]
    assert prev["period"]["start"] == "2025-01-01" and prev["period"]["end"] == "2025-03-31"
    assert prev["to_date"] == "2025-03-15"  # this quarter is still running (to 06-15): the same days of the last
    assert prev["totals"]["revenue_usd"] == pytest.approx(
        _team_revenue(demo, "2025-01-01", "2025-03-15"), abs=0.05
    )
    assert out["totals"]["revenue_usd"] == pytest.approx(
        _team_revenue(demo, "2025-04-01", "2025-06-30"), abs=0.05
    )
    assert "previous" not in run(ctx_for("mgr01"), "team_performance", period="this_quarter")


def test_alerts_carry_the_customer_of_the_message(demo: Engine, ctx_for: Ctx) -> None:
    rep_id, cust_id, ext = _sql(
        demo,
        "select u.id, c.id, c.external_id from customers c join users u on u.id=c.owner_id "
        "where u.login='rep01' order by c.id limit 1",
    )[0]
    with session_scope(demo) as s:
        made = record_message(
            s, rep_id=rep_id, customer_id=cust_id, channel="wecom", direction="outbound",
            text="这单您放心，返点我私下给您个人。", occurred_at=dt.datetime(2025, 6, 10, 3, 0),
            source="manual", notify=False,
        )  # fmt: skip
    assert made
    out = run(ctx_for("qa01"), "sensitive_alerts", rep_login="rep01")
    mine = [a for a in out["alerts"] if a["at"].startswith("2025-06-10")]
    assert mine and all(a["customer"]["id"] == ext for a in mine)

"""``receivables`` for several customers or a place/industry, and ``log_activity``'s date, against SQL on the demo company."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import pytest
from sqlalchemy import Engine, select, text

from assistant.compliance.models import ComplianceAlert
from assistant.crm.models import User
from assistant.db import session_scope
from assistant.identity import AssistantContext
from tests.tools.conftest import TODAY, customer_of
from tests.tools.test_tools import run

Ctx = Callable[..., AssistantContext]
OPEN = (
    "select c.external_id, sum(o.amount_usd - o.paid_amount_usd) from orders o join customers c on c.id=o.customer_id "
    "where o.order_date <= :d and (o.paid_date is null or o.paid_date > :d) "
    "and o.status not in ('cancelled','canceled') and c.external_id in ({ids}) group by c.external_id"
)


def sql(engine: Engine, query: str, **params: Any) -> list[Any]:
    with engine.connect() as conn:
        return list(conn.execute(text(query), params))


def _owed(engine: Engine, ids: list[str]) -> dict[str, float]:
    listed = ",".join(f"'{i}'" for i in ids)
    return {r[0]: float(r[1]) for r in sql(engine, OPEN.format(ids=listed), d=TODAY.isoformat()) if r[1] > 0.005}


def test_receivables_of_the_customers_in_one_city_match_sql(demo: Engine, ctx_for: Ctx) -> None:
    city, _ = sql(demo,
        "select c.city, count(*) from customers c join users u on u.id=c.owner_id where u.login='rep01' "
        "group by c.city order by count(*) desc, c.city limit 1")[0]  # fmt: skip
    ids = [r[0] for r in sql(demo,
        "select c.external_id from customers c join users u on u.id=c.owner_id where u.login='rep01' and c.city=:c",
        c=city)]  # fmt: skip
    out = run(ctx_for("rep01"), "receivables", city=city, limit=50)
    assert out["status"] == "ok" and out["scope"] == "customers"
    assert out["group"] == {"city": city, "customers": len(ids)}
    owed = _owed(demo, ids)
    assert {c["customer"]["id"]: c["open_usd"] for c in out["customers"]} == pytest.approx(owed, abs=0.01)
    assert out["total_open_usd"] == pytest.approx(sum(owed.values()), abs=0.05)
    assert len(out["settled"]) == len(ids) - len(owed)  # the rest owe nothing, and are named as such


def test_receivables_of_several_named_customers_and_a_name_not_among_yours(demo: Engine, ctx_for: Ctx) -> None:
    ids = [r[0] for r in sql(demo,
        "select c.external_id from customers c join users u on u.id=c.owner_id where u.login='rep01' "
        "order by c.external_id limit 4")]  # fmt: skip
    out = run(ctx_for("rep01"), "receivables", customers=[*ids, "Nobody Such Trading"], limit=50)
    assert out["status"] == "ok" and out["group"]["customers"] == 4
    assert out["not_found"] == ["Nobody Such Trading"]
    owed = _owed(demo, ids)
    assert out["total_open_usd"] == pytest.approx(sum(owed.values()), abs=0.05)
    other = customer_of(demo, "rep02")  # another rep's customer is not in rep01's group
    alone = run(ctx_for("rep01"), "receivables", customers=[other.external_id])
    assert alone["status"] != "ok" and "total_open_usd" not in alone


def test_log_activity_defaults_to_the_conversations_today_not_the_system_clock(demo: Engine, ctx_for: Ctx) -> None:
    mine = customer_of(demo, "rep01")
    out = run(ctx_for("rep01"), "log_activity", customer=mine.external_id, type="call", content="电话跟进")
    assert out["status"] == "needs_confirmation"
    assert TODAY.isoformat() in out["summary"] and TODAY.isoformat() in out["summary_zh"]


def test_one_alert_by_number_with_its_whole_message_and_out_of_scope_alerts_hidden(demo: Engine, ctx_for: Ctx) -> None:
    with session_scope(demo) as s:
        rep = s.scalar(select(User).where(User.login == "rep01"))
        assert rep is not None
        alert = ComplianceAlert(dedupe_key="detail-1", rep_id=rep.id, channel="wecom", direction="outbound",
                                source="test", message_key="detail-m1", occurred_at=dt.datetime(2025, 6, 2, 3),
                                category="guarantee", severity="high", term="保证", matched="保证100%", rule="lexicon",
                                variant="exact", context="保证100%", message="王总放心，保证100%没问题，今天就能发货")  # fmt: skip
        s.add(alert)
        s.flush()
        alert_id, team = alert.id, rep.team_id
    out = run(ctx_for("qa01"), "sensitive_alerts", alert_id=alert_id)
    assert out["status"] == "ok" and [a["id"] for a in out["alerts"]] == [alert_id]
    assert out["alerts"][0]["message"] == "王总放心，保证100%没问题，今天就能发货"
    other = sql(demo, "select login from users where role='manager' and team_id != :t order by login", t=team)
    assert other
    hidden = run(ctx_for(other[0][0]), "sensitive_alerts", alert_id=alert_id)
    assert hidden["status"] == "not_found" and "alerts" not in hidden

"""order_history, compliance_stats and near matches against SQL on the demo company."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from sqlalchemy import Engine, select

from assistant.compliance.models import ComplianceAlert
from assistant.crm.models import Customer, User
from assistant.db import session_scope
from assistant.identity import AssistantContext
from tests.tools.conftest import TODAY
from tests.tools.test_reports import sql
from tests.tools.test_tools import run

Ctx = Callable[..., AssistantContext]


def busiest_customer(engine: Engine) -> tuple[str, str]:
    """(external id, owner login) of the customer with the most orders."""
    return sql(engine, "select c.external_id, u.login from orders o join customers c on c.id=o.customer_id "
                       "join users u on u.id=c.owner_id group by c.id, c.external_id, u.login order by count(*) desc, c.id limit 1")[0]  # fmt: skip


def test_last_three_months_is_whole_calendar_months_and_matches_sql(demo: Engine, ctx_for: Ctx) -> None:
    ext, owner = busiest_customer(demo)
    out = run(ctx_for(owner), "order_history", customer=ext, period="last_3_months")
    assert out["period"]["start"] == "2025-04-01" and out["period"]["end"] == TODAY.isoformat()
    n, usd = sql(demo, "select count(*), coalesce(sum(o.amount_usd),0) from orders o join customers c on c.id=o.customer_id "
                       "where c.external_id=:e and o.order_date between '2025-04-01' and :d", e=ext, d=TODAY.isoformat())[0]  # fmt: skip
    assert out["order_count"] == n and out["total_usd"] == pytest.approx(float(usd), abs=0.01)


def test_last_order_lists_its_products(demo: Engine, ctx_for: Ctx) -> None:
    ext, owner = busiest_customer(demo)
    out = run(ctx_for(owner), "order_history", customer=ext, last=True)
    oid, order_ext = sql(demo, "select o.id, o.external_id from orders o join customers c on c.id=o.customer_id "
                               "where c.external_id=:e and o.order_date <= :d order by o.order_date desc, o.id desc limit 1",
                         e=ext, d=TODAY.isoformat())[0]  # fmt: skip
    skus = [r[0] for r in sql(demo, "select p.sku from order_lines l join products p on p.id=l.product_id "
                                    "where l.order_id=:o order by l.id", o=oid)]  # fmt: skip
    assert out["order_count"] == 1 and out["orders"][0]["id"] == order_ext
    assert [i["sku"] for i in out["orders"][0]["items"]] == skus
    assert {"type": "order", "id": order_ext, "name": out["orders"][0]["date"]} in out["records"]


def test_same_time_last_year_returns_the_orders_nearest_the_anniversary(demo: Engine, ctx_for: Ctx) -> None:
    ext, owner = busiest_customer(demo)
    out = run(ctx_for(owner), "order_history", customer=ext, period="same_time_last_year")
    assert out["anchor_date"] == "2024-06-15"
    dates = [dt.date.fromisoformat(str(r[0])[:10]) for r in sql(
        demo, "select o.order_date from orders o join customers c on c.id=o.customer_id where c.external_id=:e "
              "and o.order_date between '2024-06-01' and '2024-06-30'", e=ext)]  # fmt: skip
    if dates:
        assert out["order_count"] == len(dates)
    else:  # nothing in that calendar month: the single nearest order
        assert out["order_count"] == 1 and out["orders"][0]["id"] == out["nearest_order"]


def test_a_name_not_among_yours_is_not_substituted_by_a_near_match(demo: Engine, ctx_for: Ctx) -> None:
    with session_scope(demo) as s:
        rep01 = s.scalar(select(User).where(User.login == "rep01"))
        rep02 = s.scalar(select(User).where(User.login == "rep02"))
        assert rep01 and rep02
        mine = Customer(external_id="C09001", name_en="Apex Online S.A. de C.V.", short_name="Apex", country="Mexico",
                        industry="retail", owner_id=rep01.id, created_date=TODAY)  # fmt: skip
        theirs = Customer(external_id="C09002", name_en="Apex Textiles Inc.", short_name="Apex", country="USA",
                          industry="textiles", owner_id=rep02.id, created_date=TODAY)  # fmt: skip
        s.add_all([mine, theirs])
    for tool in ("customer_profile", "order_history", "receivables", "find_customers"):
        arg = "query" if tool == "find_customers" else "customer"
        out = run(ctx_for("rep01"), tool, **{arg: "Apex Textiles Inc"})
        assert out["status"] == "not_found", tool
        assert out["near_matches"][0]["id"] == "C09001" and "C09002" not in str(out)
        assert "您名下没有找到“Apex Textiles Inc”" in out["message_zh"] and "相近的有" in out["message_zh"]
    assert run(ctx_for("rep01"), "customer_profile", customer="Apex")["customer"]["id"] == "C09001"
    assert run(ctx_for("rep02"), "customer_profile", customer="Apex Textiles Inc")["customer"]["id"] == "C09002"


def _alert(rep_id: int, at: dt.datetime, category: str, n: int) -> ComplianceAlert:
    return ComplianceAlert(dedupe_key=f"t{n}", rep_id=rep_id, channel="wecom", direction="outbound", source="test",
                           message_key=f"m{n}", occurred_at=at, category=category, severity="high", term="x",
                           matched="x", rule="lexicon", variant="exact", context=f"message {n}")  # fmt: skip


def test_compliance_stats_counts_per_rep_and_category_with_the_trend(demo: Engine, ctx_for: Ctx) -> None:
    with session_scope(demo) as s:
        ids = dict(s.execute(select(User.login, User.id)).all())
        s.query(ComplianceAlert).delete()
        rows = [
            # 2025-03-31 17:00 UTC = 2025-04-01 01:00 in Shanghai: this quarter, not the last
            (ids["rep01"], dt.datetime(2025, 3, 31, 17), "guarantee"),
            (ids["rep01"], dt.datetime(2025, 5, 2, 3), "bribery"),
            (ids["rep02"], dt.datetime(2025, 6, 1, 3), "guarantee"),
            (ids["rep01"], dt.datetime(2025, 2, 10, 3), "guarantee"),  # last quarter
            (ids["rep09"], dt.datetime(2025, 5, 5, 3), "private_deal"),  # another team
        ]
        s.add_all(_alert(r, at, cat, i) for i, (r, at, cat) in enumerate(rows))
    qa = run(ctx_for("qa01"), "compliance_stats", period="this_quarter")
    expected = dict(sql(demo, "select u.login, count(*) from compliance_alerts a join users u on u.id=a.rep_id "
                              "where a.occurred_at >= '2025-03-31 16:00:00' and a.occurred_at < '2025-06-30 16:00:00' "
                              "group by u.login"))  # fmt: skip
    assert {g["key"]: g["count"] for g in qa["groups"]} == expected == {"rep01": 2, "rep02": 1, "rep09": 1}
    assert qa["count"] == 4 and qa["previous"] == 1 and qa["groups"][0]["key"] == "rep01"
    from assistant.agents.offline.chains import subjects  # the top rep is what a second step asks about

    assert qa["groups"][0]["login"] == "rep01"
    assert [s["rep_login"] for s in subjects("compliance_stats", qa, each=False)] == ["rep01"]
    mgr = run(ctx_for("mgr01"), "compliance_stats", period="this_quarter", group_by="category")
    assert {g["key"]: g["count"] for g in mgr["groups"]} == {"guarantee": 2, "bribery": 1}  # team 1 only
    one = run(ctx_for("qa01"), "compliance_stats", period="this_quarter", rep_login="rep01", group_by="category")
    assert [a["context"] for a in one["alerts"]] == ["message 1", "message 0"]
    assert run(ctx_for("rep01"), "compliance_stats")["status"] == "denied"
    assert run(ctx_for("mgr01"), "compliance_stats", rep_login="rep09")["status"] == "denied"


def test_a_full_name_that_none_of_several_matches_carries_is_not_among_yours(demo: Engine, ctx_for: Ctx) -> None:
    with session_scope(demo) as s:
        rep01 = s.scalar(select(User).where(User.login == "rep01"))
        assert rep01
        s.add_all([
            Customer(external_id=f"C0910{i}", name_en=name, short_name="Zephyr", country="Brazil", industry="retail",
                     owner_id=rep01.id, created_date=TODAY)
            for i, name in enumerate(("Zephyr Trading Inc.", "Zephyr Trading Pvt Ltd"))
        ])  # fmt: skip
    out = run(ctx_for("rep01"), "receivables", customer="Zephyr Trading Ltda")
    assert out["status"] == "not_found"
    assert {c["id"] for c in out["near_matches"]} == {"C09100", "C09101"}
    assert "No customer 'Zephyr Trading Ltda' found among your customers" in out["message"]
    assert run(ctx_for("rep01"), "receivables", customer="Zephyr Trading")["status"] == "ambiguous"

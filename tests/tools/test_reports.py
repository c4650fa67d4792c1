"""Report tools against SQL on the demo company: team_performance, receivables, order_history, pipeline by rep.

Every expectation is computed here with plain SQL on the same database (never pasted numbers).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from sqlalchemy import Engine, text

from assistant.identity import AssistantContext
from assistant.tools import QA_TOOLS, TOOL_ARGS
from tests.tools.conftest import TODAY
from tests.tools.test_tools import audit, run

Ctx = Callable[..., AssistantContext]


def sql(engine: Engine, query: str, **params: Any) -> list[Any]:
    with engine.connect() as conn:
        return list(conn.execute(text(query), params))


def team_reps(engine: Engine, team_id: int) -> list[str]:
    return [r[0] for r in sql(engine, "select login from users where team_id=:t and role='rep' order by login", t=team_id)]


def test_new_tools_are_declared_and_only_compliance_stats_is_open_to_qa() -> None:
    for name in ("team_performance", "receivables", "order_history", "compliance_stats"):
        assert name in TOOL_ARGS
    assert "compliance_stats" in QA_TOOLS and not {"team_performance", "receivables", "order_history"} & QA_TOOLS


def test_team_ranking_this_quarter_matches_sql_for_the_whole_calendar_quarter(demo: Engine, ctx_for: Ctx) -> None:
    out = run(ctx_for("mgr01"), "team_performance", period="this_quarter", limit=50)
    assert out["status"] == "ok" and out["scope"] == "team"
    assert out["period"]["start"] == "2025-04-01" and out["period"]["end"] == "2025-06-30"
    expected = dict(
        sql(
            demo,
            "select u.login, coalesce(sum(o.amount_usd),0) from users u left join orders o on o.owner_id=u.id "
            "and o.order_date between '2025-04-01' and '2025-06-30' and o.status not in ('cancelled','canceled') "
            "where u.team_id=1 and u.role='rep' group by u.login",
        )
    )
    got = {r["login"]: r["revenue_usd"] for r in out["reps"]}
    assert set(got) == set(team_reps(demo, 1))
    for login, usd in expected.items():
        assert got[login] == pytest.approx(float(usd), abs=0.01)
    revenues = [r["revenue_usd"] for r in out["reps"]]
    assert revenues == sorted(revenues, reverse=True) and [r["rank"] for r in out["reps"]] == list(range(1, len(revenues) + 1))
    assert out["totals"]["revenue_usd"] == pytest.approx(sum(float(v) for v in expected.values()), abs=0.05)


def test_orders_won_deals_and_activities_per_rep_match_sql(demo: Engine, ctx_for: Ctx) -> None:
    out = run(ctx_for("admin"), "team_performance", period="2025-05", scope="all", limit=50)
    rows = {r["login"]: r for r in out["reps"]}
    orders = dict(sql(demo, "select u.login, count(*) from orders o join users u on u.id=o.owner_id "
                            "where o.order_date between '2025-05-01' and '2025-05-31' group by u.login"))
    # Asia/Shanghai days: 2025-05-01 00:00 +08:00 = 2025-04-30 16:00 UTC
    won = dict(sql(demo, "select u.login, count(*) from opportunities d join users u on u.id=d.owner_id where d.stage='won' "
                         "and d.closed_at >= '2025-04-30 16:00:00' and d.closed_at < '2025-05-31 16:00:00' group by u.login"))
    acts = {r[0]: (r[1], r[2]) for r in sql(
        demo, "select u.login, count(*), sum(case when a.direction='outbound' then 1 else 0 end) from activities a "
              "join users u on u.id=a.rep_id where a.occurred_at >= '2025-04-30 16:00:00' "
              "and a.occurred_at < '2025-05-31 16:00:00' group by u.login")}  # fmt: skip
    assert orders and acts
    for login, r in rows.items():
        assert r["orders"] == orders.get(login, 0)
        assert r["won_deals"] == won.get(login, 0)
        assert (r["activities"], r["outbound_activities"]) == acts.get(login, (0, 0))


def test_slacking_is_fewest_activities_first(demo: Engine, ctx_for: Ctx) -> None:
    out = run(ctx_for("mgr01"), "team_performance", period="last_30_days", metric="activities", sort="asc", limit=3)
    counts = sorted(
        (n, login)
        for login, n in sql(
            demo,
            "select u.login, (select count(*) from activities a where a.rep_id=u.id and a.occurred_at >= '2025-05-16 16:00:00' "
            "and a.occurred_at < '2025-06-15 16:00:00') from users u where u.team_id=1 and u.role='rep'",
        )
    )
    assert [r["login"] for r in out["reps"]] == [login for _, login in counts[:3]]


def test_comparison_of_two_named_reps_by_login_and_display_name(demo: Engine, ctx_for: Ctx) -> None:
    name2 = sql(demo, "select display_name from users where login='rep02'")[0][0]
    out = run(ctx_for("mgr01"), "team_performance", period="this_quarter", rep_logins=["rep01", name2])
    assert out["status"] == "ok" and out["comparison"] is True
    assert {r["login"] for r in out["reps"]} == {"rep01", "rep02"}


def test_rep_sees_only_themselves_and_gets_a_clear_denial_for_others(demo: Engine, ctx_for: Ctx) -> None:
    rep = ctx_for("rep01")
    mine = run(rep, "team_performance")
    assert mine["status"] == "ok" and [r["login"] for r in mine["reps"]] == ["rep01"]
    for args in ({"scope": "team"}, {"rep_login": "rep02"}, {"rep_logins": ["rep01", "rep02"]}):
        out = run(rep, "team_performance", **args)
        assert out["status"] == "denied" and "reps" not in out, args
    assert run(ctx_for("mgr01"), "team_performance", rep_login="rep09")["status"] == "denied"  # another team
    assert run(ctx_for("qa01"), "team_performance")["status"] == "denied"
    assert [a.outcome for a in audit(demo) if a.action == "team_performance"].count("denied") == 5


def test_pipeline_of_one_rep_for_the_manager_and_a_denial_for_another_rep(demo: Engine, ctx_for: Ctx) -> None:
    out = run(ctx_for("mgr01"), "pipeline_status", rep_login="rep02")
    open_count = sql(demo, "select count(*) from opportunities d join users u on u.id=d.owner_id where u.login='rep02' "
                           "and d.stage not in ('won','lost')")[0][0]  # fmt: skip
    assert out["status"] == "ok" and out["rep"]["login"] == "rep02" and out["open_count"] == open_count
    denied = run(ctx_for("rep01"), "pipeline_status", rep_login="rep02")
    assert denied["status"] == "denied" and "open_count" not in denied


def test_receivables_per_customer_and_in_scope_match_sql(demo: Engine, ctx_for: Ctx) -> None:
    out = run(ctx_for("mgr01"), "receivables", limit=50)
    today = TODAY.isoformat()
    open_rows = sql(
        demo,
        "select c.external_id, sum(o.amount_usd), sum(case when o.payment_due_date < :d then o.amount_usd else 0 end) "
        "from orders o join customers c on c.id=o.customer_id join users u on u.id=c.owner_id where u.team_id=1 "
        "and o.order_date <= :d and (o.paid_date is null or o.paid_date > :d) group by c.external_id",
        d=today,
    )
    assert out["status"] == "ok" and open_rows
    assert out["customers_total"] == len(open_rows)
    assert out["total_open_usd"] == pytest.approx(sum(float(r[1]) for r in open_rows), abs=0.05)
    assert out["total_overdue_usd"] == pytest.approx(sum(float(r[2]) for r in open_rows), abs=0.05)
    by_id = {c["customer"]["id"]: c for c in out["customers"]}
    for ext, usd, overdue in open_rows:
        assert by_id[ext]["open_usd"] == pytest.approx(float(usd), abs=0.01)
        assert by_id[ext]["overdue_usd"] == pytest.approx(float(overdue), abs=0.01)
    only = run(ctx_for("mgr01"), "receivables", overdue_only=True, limit=50)
    # "who is late paying?": the late customers are listed, the totals still give what is open
    assert only["open_orders"] == out["open_orders"] and only["total_open_usd"] == out["total_open_usd"]
    assert only["customers"] and all(c["overdue_usd"] > 0 for c in only["customers"])
    assert only["overdue_orders"] == sum(
        1 for _ in sql(demo, "select 1 from orders o join customers c on c.id=o.customer_id join users u on u.id=c.owner_id "
                             "where u.team_id=1 and o.order_date <= :d and (o.paid_date is null or o.paid_date > :d) "
                             "and o.payment_due_date < :d", d=today))  # fmt: skip
    assert run(ctx_for("qa01"), "receivables")["status"] == "denied"


def test_did_the_customer_pay_its_last_order(demo: Engine, ctx_for: Ctx) -> None:
    ext, owner = sql(demo, "select c.external_id, u.login from orders o join customers c on c.id=o.customer_id "
                           "join users u on u.id=c.owner_id order by o.order_date desc limit 1")[0]  # fmt: skip
    out = run(ctx_for(owner), "receivables", customer=ext)
    last = sql(demo, "select o.external_id, o.paid_date, o.currency, o.amount from orders o join customers c "
                     "on c.id=o.customer_id where c.external_id=:e and o.order_date <= :d "
                     "order by o.order_date desc, o.id desc limit 1", e=ext, d=TODAY.isoformat())[0]  # fmt: skip
    assert out["last_order"]["id"] == last[0]
    assert out["last_order"]["paid"] is (last[1] is not None and str(last[1]) <= TODAY.isoformat())
    if last[2] != "USD":
        assert out["last_order"]["order_currency"] == last[2]
        assert out["last_order"]["amount"] == pytest.approx(float(last[3]), abs=0.01)


@pytest.mark.postgres
def test_report_tools_agree_between_sqlite_and_postgres(demo: Engine, ctx_for: Ctx) -> None:
    from assistant.config import override_settings
    from assistant.crm.demo import generate_demo
    from assistant.db import session_scope
    from assistant.identity import context_for
    from tests.conftest import throwaway_pg

    calls = [("team_performance", {"period": "this_quarter"}), ("receivables", {}),
             ("compliance_stats", {"period": "this_year"}), ("pipeline_status", {"rep_login": "rep02"})]  # fmt: skip
    lite = [run(ctx_for("mgr01"), name, **args) for name, args in calls]
    with throwaway_pg("reports") as pg:
        generate_demo(pg, seed=7, customers=60, today=TODAY)
        with override_settings(database_url=pg.url.render_as_string(hide_password=False)):
            with session_scope(pg) as s:
                ctx = context_for(s, "mgr01", today=TODAY)
            on_pg = [run(ctx, name, **args) for name, args in calls]
    for a, b in zip(lite, on_pg, strict=True):
        assert a == b

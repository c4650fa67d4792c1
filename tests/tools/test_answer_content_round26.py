"""Answer content, checked against SQL on the demo company: alerts of a team named in the question,
reps with no alert in a per-rep count, a planned follow-up proposed (not refused), and the products a
pasted chat names."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import Engine, select

from assistant.compliance.models import ComplianceAlert
from assistant.crm.models import Team, User
from assistant.db import session_scope
from tests.tools.conftest import TODAY, customer_of
from tests.tools.test_reports import Ctx, sql
from tests.tools.test_reports_history import _alert
from tests.tools.test_tools import run


def _seed_alerts(demo: Engine) -> dict[str, int]:
    """Replace the alerts with a few this quarter: rep01 ×2, rep02 ×1, and one for a rep of another team."""
    with session_scope(demo) as s:
        ids = dict(s.execute(select(User.login, User.id)).all())
        s.query(ComplianceAlert).delete()
        other = s.scalar(select(User.login).where(User.role == "rep", User.team_id != s.get(User, ids["rep01"]).team_id))
        rows = [("rep01", 1), ("rep01", 2), ("rep02", 3), (other, 4)]
        s.add_all(_alert(ids[login], dt.datetime(2025, 5, n, 3), "guarantee", n) for login, n in rows)
    return ids


def _team_of(demo: Engine, login: str) -> tuple[int, str]:
    row = sql(demo, "select t.id, t.name from teams t join users u on u.team_id=t.id where u.login=:l", l=login)[0]
    return int(row[0]), str(row[1])


def test_qa_counts_the_alerts_of_a_team_named_in_the_question(demo: Engine, ctx_for: Ctx) -> None:
    _seed_alerts(demo)
    team_id, name = _team_of(demo, "rep01")
    expected = sql(demo, "select count(*) from compliance_alerts a join users u on u.id=a.rep_id where u.team_id=:t",
                   t=team_id)[0][0]  # fmt: skip
    out = run(ctx_for("qa01"), "compliance_stats", period="this_quarter", team=name)
    assert out["count"] == expected == 3 and out["team"] == name
    listed = run(ctx_for("qa01"), "sensitive_alerts", period="this_quarter", team=name)
    assert listed["total"] == expected and listed["team"] == name
    assert run(ctx_for("qa01"), "compliance_stats", period="this_quarter")["count"] == 4  # no team: everyone


def test_a_manager_may_not_name_another_team(demo: Engine, ctx_for: Ctx) -> None:
    _seed_alerts(demo)
    with session_scope(demo) as s:
        mine = s.scalar(select(User.team_id).where(User.login == "mgr01"))
        other = s.scalar(select(Team.name).where(Team.id != mine))
    out = run(ctx_for("mgr01"), "compliance_stats", period="this_quarter", team=other)
    assert out["status"] == "denied" and "count" not in out


def test_a_per_rep_count_lists_reps_with_no_alert_and_names_the_fewest(demo: Engine, ctx_for: Ctx) -> None:
    _seed_alerts(demo)
    team_id, name = _team_of(demo, "rep01")
    reps = [r[0] for r in sql(demo, "select login from users where team_id=:t and role='rep'", t=team_id)]
    counts = dict(sql(demo, "select u.login, count(a.id) from users u left join compliance_alerts a on a.rep_id=u.id "
                            "where u.team_id=:t and u.role='rep' group by u.login", t=team_id))  # fmt: skip
    out = run(ctx_for("qa01"), "compliance_stats", period="this_quarter", team=name, group_by="rep", limit=50)
    assert {g["key"]: g["count"] for g in out["groups"]} == {k: v for k, v in counts.items() if v}
    zero = {k for k, v in counts.items() if v == 0}
    assert zero and {q["login"] for q in out["without_alerts"]} == zero and len(counts) == len(reps)
    from assistant.agents.offline.render import render_result

    assert "没有告警（0 条）：" in render_result("compliance_stats", out, "zh")


def test_a_follow_up_planned_for_tomorrow_is_proposed_not_refused(demo: Engine, ctx_for: Ctx) -> None:
    mine = customer_of(demo, "rep01")
    before = sql(demo, "select count(*) from activities")[0][0]
    tomorrow = (TODAY + dt.timedelta(days=1)).isoformat()
    out = run(ctx_for("rep01"), "log_activity", customer=mine.external_id, type="call",
              content="打电话跟进报价", occurred_at=tomorrow)  # fmt: skip
    assert out["status"] == "needs_confirmation"
    assert "跟进计划" in out["summary_zh"] and tomorrow in out["summary_zh"]
    assert sql(demo, "select count(*) from activities")[0][0] == before  # nothing stored before confirmation


def test_a_summary_names_the_catalogue_products_of_the_chat(demo: Engine, ctx_for: Ctx) -> None:
    names = [r[0] for r in sql(demo, "select name_zh from products order by id limit 2")]
    chat = f"客户：{names[0]}什么时候能发？\n我：下周三前发货\n客户：好，另外{names[1]}的报价也发我"
    out = run(ctx_for("rep01"), "summarize_conversation", text=chat)
    assert out["summary"]["products"] == names
    from assistant.agents.offline.render import render_result

    assert f"涉及产品：{names[0]}、{names[1]}" in render_result("summarize_conversation", out, "zh")


@pytest.mark.parametrize(
    ("tool", "data", "lang", "want"),
    [
        ("find_customers", {"total": 3, "customers": [{"id": "C1", "name": "甲"}] * 3}, "zh", "找到 3 家客户"),
        ("find_customers", {"total": 1, "customers": [{"id": "C1", "name": "A"}]}, "en", "Found 1 customer:"),
        ("team_performance", {"reps": [{"rank": 1, "login": "rep01", "won_deals": 3, "orders": 1, "activities": 2}],
                              "total": 2, "totals": {"won_deals": 3}}, "en", "3 deals won"),  # fmt: skip
        ("receivables", {"total_open_usd": 10, "open_orders": 4, "total_overdue_usd": 5, "overdue_orders": 1},
         "en", "overdue in 1 order"),  # fmt: skip
    ],
)
def test_counts_carry_their_noun(tool: str, data: dict, lang: str, want: str) -> None:
    from assistant.agents.offline.render import render_result

    assert want in render_result(tool, {"status": "ok", **data}, lang)


def test_a_team_total_is_compared_with_the_period_named(demo: Engine, ctx_for: Ctx) -> None:
    team_id, _ = _team_of(demo, "rep01")
    want = sql(demo, "select coalesce(sum(o.amount_usd), 0), count(*) from orders o join users u on u.id=o.owner_id "
                     "where u.team_id=:t and u.role='rep' and o.order_date between '2024-05-01' and '2024-05-31'",
               t=team_id)[0]  # fmt: skip
    out = run(ctx_for("mgr01"), "team_performance", period="last_month", compare_period="2024-05")
    prev = out["previous"]
    assert prev["period"]["start"] == "2024-05-01" and prev["period"]["end"] == "2024-05-31"
    assert round(prev["totals"]["revenue_usd"]) == round(float(want[0])) and prev["totals"]["orders"] == want[1]


def test_a_list_headline_says_how_many_it_holds() -> None:
    from assistant.agents.offline.render import render_result

    risks = [{"customer": {"id": f"C{i}", "name": f"N{i}"}, "level": "high", "score": 80} for i in range(3)]
    assert "有流失风险的客户（共 3 家）：" in render_result("churn_risk", {"status": "ok", "risks": risks, "total": 3}, "zh")
    assert "Customers at risk (3 customers):" in render_result("churn_risk", {"status": "ok", "risks": risks}, "en")


def test_pipeline_and_receivables_take_a_team_by_name(demo: Engine, ctx_for: Ctx) -> None:
    team_id, name = _team_of(demo, "rep01")
    open_deals = sql(demo, "select count(*), coalesce(sum(o.amount_usd), 0) from opportunities o join users u "
                           "on u.id=o.owner_id where u.team_id=:t and o.stage not in ('won','lost')", t=team_id)[0]  # fmt: skip
    pipe = run(ctx_for("admin"), "pipeline_status", team=name)
    assert pipe["open_count"] == open_deals[0] and round(pipe["open_amount"]) == round(float(open_deals[1]))
    owed = run(ctx_for("admin"), "receivables", team=name)
    assert owed["team"] == name and owed["scope"] == "team"
    with session_scope(demo) as s:
        other = s.scalar(select(Team.name).where(Team.id != team_id))
    assert run(ctx_for("mgr01"), "pipeline_status", team=other)["status"] == "denied"
    assert run(ctx_for("mgr01"), "receivables", team=other)["status"] == "denied"


def test_stuck_deal_count_and_the_longest_stuck_cover_every_deal(demo: Engine, ctx_for: Ctx) -> None:
    from assistant.analytics.deal_flags import stall_limits

    limits = stall_limits()
    rows = sql(demo, "select o.external_id, o.stage, o.stage_changed_at from opportunities o "
                     "where o.stage not in ('won','lost')")  # fmt: skip
    days = {r[0]: (TODAY - dt.datetime.fromisoformat(str(r[2])).date()).days for r in rows}
    stuck = {r[0] for r in rows if days[r[0]] > limits[r[1]]}
    out = run(ctx_for("admin"), "pipeline_status", scope="all")
    assert out["stalled_total"] == len(stuck)
    assert out["stalled"][0]["days_in_stage"] == max(days[k] for k in stuck)


def test_an_overdue_order_says_when_it_was_due() -> None:
    from assistant.agents.offline.render import render_result

    order = {"id": "SO-1", "date": "2025-04-01", "amount_usd": 100, "due_date": "2025-05-01", "paid": False,
             "days_overdue": 45}  # fmt: skip
    data = {"status": "ok", "customer": {"id": "C1", "name": "甲"}, "orders": [order], "total_open_usd": 100,
            "open_orders": 1, "total_overdue_usd": 100, "overdue_orders": 1}  # fmt: skip
    assert "2025-05-01 到期，已逾期 45 天" in render_result("receivables", data, "zh")
    assert "due 2025-05-01, 45 days overdue" in render_result("receivables", data, "en")


def test_a_running_year_against_last_year_also_gives_last_years_whole_total(demo: Engine, ctx_for: Ctx) -> None:
    rows = sql(demo, "select c.external_id, count(*), sum(o.amount_usd) from orders o join customers c on c.id=o.customer_id "
                     "join users u on u.id=c.owner_id where u.login='rep01' and o.order_date between '2024-01-01' and "
                     "'2024-12-31' and o.order_date > '2024-06-15' group by c.external_id order by 2 desc limit 1")  # fmt: skip
    if not rows:
        pytest.skip("no rep01 customer ordered after mid-June last year in this demo")
    ext = rows[0][0]
    full = sql(demo, "select count(*), sum(o.amount_usd) from orders o join customers c on c.id=o.customer_id "
                     "where c.external_id=:c and o.order_date between '2024-01-01' and '2024-12-31'", c=ext)[0]  # fmt: skip
    out = run(ctx_for("rep01"), "order_history", customer=ext, period="this_year", compare_period="last_year")
    whole = out["compare"]["whole"]
    assert whole["order_count"] == full[0] and round(whole["total_usd"]) == round(float(full[1]))
    assert out["compare"]["to_date"] == "2024-06-15" and out["compare"]["order_count"] < full[0]

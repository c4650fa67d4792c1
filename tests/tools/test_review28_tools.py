"""Review fixes, checked against SQL on the demo company: a filtered per-rep alert count says which
alerts a quiet rep lacks and skips deactivated reps; a rep naming their own team is told the truth;
a planned follow-up is stored as a plan, not a follow-up done."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import Engine, select, update

from assistant.compliance.models import ComplianceAlert
from assistant.crm.models import User
from assistant.db import session_scope
from tests.tools.conftest import TODAY, customer_of
from tests.tools.test_reports import Ctx, sql
from tests.tools.test_reports_history import _alert
from tests.tools.test_tools import run


def _alerts_for(demo: Engine, logins: list[str], status: str = "open") -> dict[str, int]:
    with session_scope(demo) as s:
        ids = dict(s.execute(select(User.login, User.id)).all())
        s.query(ComplianceAlert).delete()
        for n, login in enumerate(logins, 1):
            row = _alert(ids[login], dt.datetime(2025, 5, n, 3), "guarantee", n)
            row.status = status if login == logins[0] else "open"
            s.add(row)
    return ids


def test_a_rep_whose_alerts_were_handled_is_not_said_to_have_none(demo: Engine, ctx_for: Ctx) -> None:
    _alerts_for(demo, ["rep01", "rep02"], status="confirmed")
    assert sql(demo, "select count(*) from compliance_alerts a join users u on u.id=a.rep_id "
                     "where u.login='rep01' and a.status='confirmed'")[0][0] == 1  # fmt: skip
    out = run(ctx_for("qa01"), "compliance_stats", status="open", group_by="rep", limit=50)
    assert "rep01" in {q["login"] for q in out["without_alerts"]}
    from assistant.agents.offline.render import render_result

    zh, en = render_result("compliance_stats", out, "zh"), render_result("compliance_stats", out, "en")
    assert "没有待处理的告警（0 条）：" in zh and "没有告警（0 条）" not in zh
    assert "No open alerts (0):" in en and "No alerts (0)" not in en
    by_cat = run(ctx_for("qa01"), "compliance_stats", period="this_quarter", category="bribery", group_by="rep")
    assert "没有违规承诺类告警" not in render_result("compliance_stats", by_cat, "zh")
    assert "类告警（0 条）：" in render_result("compliance_stats", by_cat, "zh")
    assert "No bribery alerts (0):" in render_result("compliance_stats", by_cat, "en")


def test_a_deactivated_rep_is_not_listed_among_the_quiet(demo: Engine, ctx_for: Ctx) -> None:
    _alerts_for(demo, ["rep01"])
    with session_scope(demo) as s:
        s.execute(update(User).where(User.login == "rep03").values(active=False))
    inactive = {r[0] for r in sql(demo, "select login from users where role='rep' and not active")}
    assert "rep03" in inactive
    out = run(ctx_for("qa01"), "compliance_stats", period="this_quarter", group_by="rep", limit=50)
    quiet = {q["login"] for q in out["without_alerts"]}
    assert quiet and not quiet & inactive


def test_a_rep_naming_their_own_team_is_told_they_see_only_their_own_figures(demo: Engine, ctx_for: Ctx) -> None:
    team = sql(demo, "select t.name from teams t join users u on u.team_id=t.id where u.login='rep01'")[0][0]
    out = run(ctx_for("rep01"), "pipeline_status", team=team)
    assert out["status"] == "denied" and "open_count" not in out
    text = f"{out.get('message', '')} {out.get('message_zh', '')}"
    assert "不是您的团队" not in text and "is not your team" not in text
    assert "只能查看您自己的" in text and "only your own" in text


def test_a_confirmed_plan_is_stored_as_a_plan_and_not_counted_as_done(
    demo: Engine, ctx_for: Ctx, monkeypatch: pytest.MonkeyPatch
) -> None:
    import assistant.tools.writes as writes

    monkeypatch.setattr(writes, "interrupt", lambda payload: True)  # the user confirms
    mine = customer_of(demo, "rep01")
    rep_id = sql(demo, "select id from users where login='rep01'")[0][0]
    def counts() -> tuple[int, int]:
        out = run(ctx_for("mgr01"), "team_performance", period="this_month", limit=50)
        me = next(r for r in out["reps"] if r["login"] == "rep01")
        return me["activities"], me["outbound_activities"]

    before = counts()
    on = (TODAY + dt.timedelta(days=3)).isoformat()
    out = run(ctx_for("rep01"), "log_activity", customer=mine.external_id, type="call", content="回访报价", occurred_at=on)
    row = sql(demo, "select type, direction, content, occurred_at from activities where id=:i",
              i=out["written"]["activity_id"])[0]  # fmt: skip
    assert row[0] == "note" and row[1] != "outbound" and on in row[2] and "回访报价" in row[2]
    stored_on = row[3] if isinstance(row[3], dt.datetime) else dt.datetime.fromisoformat(str(row[3]))
    assert stored_on.date() <= TODAY and out["written"]["planned_for"] == on
    assert sql(demo, "select count(*) from activities where rep_id=:r and direction='outbound' and content like :c",
               r=rep_id, c="%回访报价%")[0][0] == 0  # fmt: skip
    assert counts() == before  # a plan is not a follow-up done
    from assistant.agents.offline.render import render_result

    zh, en = render_result("log_activity", out, "zh"), render_result("log_activity", out, "en")
    assert "跟进计划" in zh and on in zh and "回访报价" in zh and "Planned" in en and on in en


def test_a_follow_up_dated_far_ahead_is_refused_not_planned(demo: Engine, ctx_for: Ctx) -> None:
    mine = customer_of(demo, "rep01")
    before = sql(demo, "select count(*) from activities")[0][0]
    typo = TODAY.replace(year=TODAY.year + 1).isoformat()
    out = run(ctx_for("rep01"), "log_activity", customer=mine.external_id, type="call", content="回访", occurred_at=typo)
    assert out["status"] == "error" and typo in out["message_zh"] and "90" in out["message"]
    assert sql(demo, "select count(*) from activities")[0][0] == before


def test_a_running_month_is_compared_with_the_same_days_of_the_month_named(demo: Engine, ctx_for: Ctx) -> None:
    team_id = sql(demo, "select team_id from users where login='mgr01'")[0][0]
    cut = TODAY.replace(year=TODAY.year - 1, month=12)  # "本月跟去年12月比" on the 15th: 1–15 December
    want = sql(demo, "select coalesce(sum(o.amount_usd), 0), count(*) from orders o join users u on u.id=o.owner_id "
                     "where u.team_id=:t and u.role='rep' and o.order_date between :a and :b",
               t=team_id, a=cut.replace(day=1).isoformat(), b=cut.isoformat())[0]  # fmt: skip
    out = run(ctx_for("mgr01"), "team_performance", period="this_month", compare_period=f"{cut:%Y-%m}")
    prev = out["previous"]
    assert prev["period"]["start"] == cut.replace(day=1).isoformat() and prev["to_date"] == cut.isoformat()
    assert round(prev["totals"]["revenue_usd"]) == round(float(want[0])) and prev["totals"]["orders"] == want[1]
    from assistant.agents.offline.render import render_result

    assert f"截至 {cut}，与本期同样天数" in render_result("team_performance", out, "zh")
    assert f"to {cut}, the same number of days" in render_result("team_performance", out, "en")
    year = run(ctx_for("mgr01"), "team_performance", period="this_month", compare_period="last_year")
    assert year["previous"]["whole_period"] is True
    zh, en = render_result("team_performance", year, "zh"), render_result("team_performance", year, "en")
    assert "整期，本期尚未结束" in zh and "%" not in zh.split("对比")[-1]
    assert "the whole period; this one is still running" in en and "%" not in en.split("Compared with")[-1]


def test_a_summary_builds_the_catalogue_once(demo: Engine, ctx_for: Ctx, monkeypatch: pytest.MonkeyPatch) -> None:
    from assistant.summaries import Catalog

    built: list[int] = []
    real = Catalog.from_session.__func__  # type: ignore[attr-defined]
    monkeypatch.setattr(Catalog, "from_session", classmethod(lambda cls, s: built.append(1) or real(cls, s)))
    name = sql(demo, "select name_zh from products order by id limit 1")[0][0]
    out = run(ctx_for("rep01"), "summarize_conversation", text=f"客户：{name}什么时候能发？\n我：下周三前发货")
    assert out["summary"]["products"] == [name] and len(built) == 1


def test_every_flagged_deal_is_counted_with_no_cap(demo: Engine, ctx_for: Ctx) -> None:
    from assistant.analytics.pipeline import pipeline_status

    late = sql(demo, "select count(*) from opportunities where stage not in ('won','lost') and expected_close_date < :d",
               d=TODAY.isoformat())[0][0]  # fmt: skip
    with session_scope(demo) as s:
        st = pipeline_status(s, today=TODAY, max_flagged=None)
        capped = pipeline_status(s, today=TODAY, max_flagged=1)
    assert late > 1 and len(st.past_close) == late and len(capped.past_close) == 1


def test_this_year_against_last_year_gives_the_same_days_and_the_whole_year(demo: Engine, ctx_for: Ctx) -> None:
    """"今年跟去年比": like for like (1 Jan to the same day) for the change, and all of last year beside it."""
    from assistant.agents.offline.render import render_result

    team_id = sql(demo, "select team_id from users where login='mgr01'")[0][0]
    last = TODAY.year - 1
    q = ("select coalesce(sum(o.amount_usd), 0), count(*) from orders o join users u on u.id=o.owner_id "
         "where u.team_id=:t and u.role='rep' and o.order_date between :a and :b")  # fmt: skip
    same = sql(demo, q, t=team_id, a=f"{last}-01-01", b=TODAY.replace(year=last).isoformat())[0]
    whole = sql(demo, q, t=team_id, a=f"{last}-01-01", b=f"{last}-12-31")[0]
    out = run(ctx_for("mgr01"), "team_performance", period="this_year", compare_previous=True)
    prev = out["previous"]
    assert round(prev["totals"]["revenue_usd"]) == round(float(same[0])) and prev["totals"]["orders"] == same[1]
    assert round(prev["whole_totals"]["revenue_usd"]) == round(float(whole[0])) and whole[1] > same[1]
    assert f"{round(float(whole[0])):,}" in render_result("team_performance", out, "en")
    assert f"该期全期业绩 ${round(float(whole[0])):,}" in render_result("team_performance", out, "zh")

"""Tools: scope per role, neutral not_found for other reps' records, QA denial, audit rows, compact results."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import pytest
from sqlalchemy import Engine, select

from assistant.crm.models import AuditLog, Customer, User
from assistant.db import session_scope
from assistant.identity import AssistantContext
from assistant.tools import TOOL_ARGS, all_tools, get_tool
from assistant.tools import results as R
from assistant.tools.base import execute
from tests.tools.conftest import customer_of

Ctx = Callable[..., AssistantContext]


def run(ctx: AssistantContext, name: str, **args: Any) -> dict[str, Any]:
    """Call a tool the way the graph does (validation, scope, audit), returning the parsed result."""
    return execute(name, get_tool(name).metadata["body"], ctx, args)


def audit(engine: Engine) -> list[AuditLog]:
    with session_scope(engine) as s:
        rows = list(s.scalars(select(AuditLog).order_by(AuditLog.id)))
        s.expunge_all()
        return rows


def test_every_declared_tool_exists_with_a_model_visible_schema_without_identity() -> None:
    tools = all_tools()
    assert [t.name for t in tools] == list(TOOL_ARGS)
    for t in tools:
        props = t.tool_call_schema.model_json_schema()["properties"]
        assert not {"runtime", "user_id", "login", "role", "ctx"} & set(props), t.name
        assert t.description and len(t.description) < 200


def test_profile_of_own_customer_cites_records_and_reasons(demo: Engine, ctx_for: Ctx) -> None:
    mine = customer_of(demo, "rep01")
    out = run(ctx_for("rep01"), "customer_profile", customer=mine.display_name)
    assert out["status"] == "ok"
    assert out["customer"]["id"] == mine.external_id and out["customer"]["owner"] == "rep01"
    assert {"type": "customer", "id": mine.external_id, "name": mine.display_name} in out["records"]
    assert out["reasons"] and all({"code", "text_zh", "text_en"} <= set(r) for r in out["reasons"])
    assert out["currency"] == "USD"
    json.dumps(out)  # JSON-serialisable


def test_other_reps_customer_is_not_found_exactly_like_a_missing_one(demo: Engine, ctx_for: Ctx) -> None:
    theirs = customer_of(demo, "rep02")
    rep01 = ctx_for("rep01")
    for ref in (theirs.external_id, theirs.display_name, theirs.short_name):
        out = run(rep01, "customer_profile", customer=ref)
        missing = run(rep01, "customer_profile", customer=ref + "不存在")
        assert out["status"] == missing["status"] == "not_found"
        assert set(out) == set(missing)
        same = json.dumps(missing, ensure_ascii=False).replace(ref + "不存在", ref)
        assert json.dumps(out, ensure_ascii=False) == same  # only the user's own words are echoed
    rows = [a for a in audit(demo) if a.action == "customer_profile"]
    assert rows and all(a.login == "rep01" and a.outcome == "not_found" and a.record_ids == [] for a in rows)
    assert rows[0].arguments == {"customer": theirs.external_id}


def test_manager_sees_team_but_not_other_teams(demo: Engine, ctx_for: Ctx) -> None:
    team1 = customer_of(demo, "rep02")  # team 1
    team2 = customer_of(demo, "rep09")  # team 2
    mgr = ctx_for("mgr01")
    assert run(mgr, "customer_profile", customer=team1.external_id)["status"] == "ok"
    assert run(mgr, "customer_profile", customer=team2.external_id)["status"] == "not_found"
    listed = run(mgr, "find_customers", limit=50)
    with session_scope(demo) as s:
        team_ids = set(s.scalars(select(User.id).where(User.team_id == 1)))
        owners = {c.external_id: c.owner_id for c in s.scalars(select(Customer))}
    assert listed["customers"] and all(owners[c["id"]] in team_ids for c in listed["customers"])
    assert run(ctx_for("admin"), "customer_profile", customer=team2.external_id)["status"] == "ok"


def test_scope_argument_cannot_widen_the_role(demo: Engine, ctx_for: Ctx) -> None:
    rep = ctx_for("rep01")
    assert run(rep, "pipeline_status", scope="team")["status"] == "denied"
    assert run(rep, "sales_forecast", scope="all")["status"] == "denied"
    assert run(ctx_for("mgr01"), "pipeline_status", scope="all")["status"] == "denied"
    team = run(ctx_for("mgr01"), "pipeline_status", scope="team")
    mine = run(rep, "pipeline_status")
    assert team["status"] == mine["status"] == "ok" and team["open_count"] >= mine["open_count"]


def test_qa_is_denied_financial_tools_but_may_scan(demo: Engine, ctx_for: Ctx) -> None:
    qa = ctx_for("qa01")
    for name, args in (("customer_profile", {"customer": "C00001"}), ("pipeline_status", {}),
                       ("find_customers", {}), ("sales_forecast", {}), ("churn_risk", {})):
        out = run(qa, name, **args)
        assert out["status"] == "denied", name
        assert "C00001" not in json.dumps(out)
    scan = run(qa, "scan_text", text="保证赚钱，加我微信聊")
    assert scan["status"] == "ok" and scan["flagged"] and scan["max_severity"] == "high"
    outcomes = {(a.action, a.outcome) for a in audit(demo) if a.login == "qa01"}
    assert ("customer_profile", "denied") in outcomes and ("scan_text", "ok") in outcomes


def test_lists_are_scoped_and_carry_reasons(demo: Engine, ctx_for: Ctx) -> None:
    rep = ctx_for("rep01")
    with session_scope(demo) as s:
        rep01_ids = {c.external_id for c in s.scalars(select(Customer).where(Customer.owner_id == rep.user_id))}
    for name in ("churn_risk", "next_purchase"):
        out = run(rep, name, limit=50)
        assert out["status"] == "ok"
        cited = {r["id"] for r in out["records"]}
        assert cited <= rep01_ids, name
    due = run(rep, "next_purchase", within_days=365, limit=50)
    assert all(p["reasons"] for p in due["predictions"])
    brief = run(rep, "daily_briefing")
    assert brief["status"] == "ok" and all(i["reasons"] for i in brief["items"])


def test_forecast_periods(demo: Engine, ctx_for: Ctx) -> None:
    rep = ctx_for("rep01")
    nxt = run(rep, "sales_forecast", period="next_month")
    assert nxt["status"] == "ok" and nxt["period"]["start"] == "2025-07-01"
    assert nxt["low"] <= nxt["forecast"] <= nxt["high"] and nxt["reasons"]
    assert run(rep, "sales_forecast", period="next_quarter")["months"]
    past = run(rep, "sales_forecast", period="2024-01")
    assert past["status"] == "error" and "past" in past["message"]
    bad = run(rep, "pipeline_status", period="whenever")
    assert bad["status"] == "error" and "unknown period" in bad["message"]


def test_invalid_arguments_are_an_audited_error(demo: Engine, ctx_for: Ctx) -> None:
    out = run(ctx_for("rep01"), "lead_scores", grade="Z")
    assert out["status"] == "error" and "grade" in out["message"]
    assert audit(demo)[-1].outcome == "error"


def test_no_context_means_no_data(demo: Engine) -> None:
    out = execute("find_customers", get_tool("find_customers").metadata["body"], None, {})
    assert out["status"] == "denied" and "customers" not in out


def test_write_tool_outside_a_graph_only_proposes(demo: Engine, ctx_for: Ctx) -> None:
    mine = customer_of(demo, "rep01")
    out = run(ctx_for("rep01"), "log_activity", customer=mine.external_id, type="call", content="电话沟通报价")
    assert out["status"] == "needs_confirmation" and mine.display_name in out["summary_zh"]
    with session_scope(demo) as s:
        from assistant.crm.models import Activity

        assert s.scalar(select(Activity).where(Activity.source == "assistant")) is None


def test_fit_to_budget_drops_list_items_and_says_so() -> None:
    big = R.ok(records=[R.record("customer", f"C{i:05d}", "客户" * 5) for i in range(200)],
               customers=[{"id": i, "name": "名字" * 10} for i in range(200)])
    small = R.fit_to_budget(big, 300)
    from assistant.tokens import count_tokens

    assert count_tokens(R.to_json(small)) <= 300
    cut = small["truncated"]
    assert cut["field"] == "customers" and cut["total"] == 200 and cut["shown"] == len(small["customers"]) < 200
    assert small["customers"][0] == big["customers"][0]


@pytest.mark.parametrize("login", ["rep01", "mgr01", "admin"])
def test_every_read_tool_answers_in_contract(demo: Engine, ctx_for: Ctx, login: str) -> None:
    ctx = ctx_for(login)
    calls = {"find_customers": {}, "churn_risk": {}, "next_purchase": {}, "pipeline_status": {},
             "sales_forecast": {}, "lead_scores": {}, "daily_briefing": {}, "sensitive_alerts": {},
             "scan_text": {"text": "hello"}}
    for name, args in calls.items():
        out = run(ctx, name, **args)
        assert out["status"] in R.STATUSES, (name, out)
        assert out["status"] in ("ok", "not_found"), (name, out)
        if out["status"] == "ok":
            assert isinstance(out["records"], list)

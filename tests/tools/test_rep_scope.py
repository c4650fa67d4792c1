"""Naming a rep never lists reps outside the caller's scope, even when the name is ambiguous."""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from assistant.crm.models import User
from tests.tools.test_tools import run


def _two_reps_named_alike(engine: Engine) -> tuple[str, str]:
    """Rename rep01 (team 1) and rep09 (team 2) so that "王强" names both."""
    with Session(engine) as s:
        one = s.scalar(select(User).where(User.login == "rep01"))
        other = s.scalar(select(User).where(User.login == "rep09"))
        one.display_name, other.display_name = "王强一", "王强二"
        s.commit()
    return "rep01", "rep09"


def test_an_ambiguous_name_lists_only_reps_in_scope(demo: Engine, ctx_for: Callable) -> None:
    mine, theirs = _two_reps_named_alike(demo)
    result = run(ctx_for("mgr01"), "team_performance", rep_login="王强", period="this_quarter")
    assert result["status"] == "ok"
    assert [r["login"] for r in result["reps"]] == [mine]
    assert theirs not in str(result) and "王强二" not in str(result)


def test_a_name_only_outside_scope_is_denied_without_naming_anyone(demo: Engine, ctx_for: Callable) -> None:
    _two_reps_named_alike(demo)
    result = run(ctx_for("mgr03"), "team_performance", rep_login="王强", period="this_quarter")
    assert result["status"] == "denied"
    assert "rep01" not in str(result) and "rep09" not in str(result) and "王强一" not in str(result)


def test_churn_risk_of_one_reps_customers_keeps_to_the_callers_scope(demo: Engine, ctx_for: Callable) -> None:
    mine = run(ctx_for("mgr01"), "churn_risk", rep_login="rep01", level="low", limit=50)
    team = run(ctx_for("mgr01"), "churn_risk", level="low", limit=50)
    assert mine["status"] == "ok" and mine["rep"]["login"] == "rep01"
    assert {r["customer"]["id"] for r in mine["risks"]} <= {r["customer"]["id"] for r in team["risks"]}
    assert mine["total"] <= team["total"]
    assert run(ctx_for("rep02"), "churn_risk", rep_login="rep01")["status"] == "denied"

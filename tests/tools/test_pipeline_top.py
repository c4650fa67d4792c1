"""``pipeline_status`` names the largest open deal in scope and, for a team, each rep's open deal count."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlalchemy import Engine, func, select

from assistant.crm.models import OPEN_STAGES, Opportunity, User
from assistant.db import session_scope
from assistant.identity import AssistantContext
from assistant.tools import get_tool
from assistant.tools.base import execute

Ctx = Callable[[str], AssistantContext]


def run(ctx: AssistantContext, name: str, **args: Any) -> dict[str, Any]:
    return execute(name, get_tool(name).metadata["body"], ctx, args)


def test_the_largest_open_deal_is_the_callers_and_the_team_counts_open_deals_per_rep(demo: Engine, ctx_for: Ctx) -> None:
    mine = run(ctx_for("rep02"), "pipeline_status")
    with session_scope(demo) as s:
        rep = s.scalar(select(User).where(User.login == "rep02"))
        top = s.scalar(
            select(Opportunity)
            .where(Opportunity.owner_id == rep.id, Opportunity.stage.in_(OPEN_STAGES))
            .order_by(Opportunity.amount_usd.desc())
        )
        assert mine["largest_open"][0]["id"] == top.external_id
        assert "open_by_rep" not in mine  # one rep's own book: nobody to rank
        team = run(ctx_for("mgr01"), "pipeline_status", scope="team")
        per = team["open_by_rep"]
        assert sum(r["open_count"] for r in per) == team["open_count"]
        assert per == sorted(per, key=lambda r: -r["open_count"])
        first = s.scalar(select(User).where(User.login == per[0]["login"]))
        n = s.scalar(
            select(func.count(Opportunity.id)).where(
                Opportunity.owner_id == first.id, Opportunity.stage.in_(OPEN_STAGES)
            )
        )
        assert n == per[0]["open_count"]


def test_everyone_lists_every_rep_so_the_last_has_the_fewest_open_deals(demo: Engine, ctx_for: Ctx) -> None:
    everyone = run(ctx_for("admin"), "pipeline_status", scope="all")
    per = everyone["open_by_rep"]
    with session_scope(demo) as s:
        reps = s.scalars(select(User).where(User.role == "rep", User.active.is_(True))).all()
        counts = {
            u.login: s.scalar(
                select(func.count(Opportunity.id)).where(
                    Opportunity.owner_id == u.id, Opportunity.stage.in_(OPEN_STAGES)
                )
            )
            for u in reps
        }
    assert {r["login"]: r["open_count"] for r in per} == counts  # every rep, zero included, no cut at ten
    assert per[-1]["open_count"] == min(counts.values())
    assert all(r["login"].startswith("rep") for r in per)  # managers and QA own no pipeline

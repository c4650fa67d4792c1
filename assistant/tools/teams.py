"""Teams for ``team_performance``: one named team's reps (inside the caller's scope), and totals per team.

A manager asking about another team ("欧美组的排名" from the 华东一组 manager) gets a plain
denial that names the team as not theirs, never their own team's figures in its place.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, or_, select

from assistant.crm.models import Team, User
from assistant.crm.rep_queries import RepRow, RepStats, rep_rows
from assistant.crm.team_queries import team_rep_ids
from assistant.tools import common as C
from assistant.tools import results as R
from assistant.tools.base import Call, ToolDenied


def find_team(call: Call, ref: str) -> Team | None:
    """Return the team whose name or region is ``ref`` (any case; contained either way), or None."""
    text = (ref or "").strip().lower()
    if not text:
        return None
    exact = call.session.scalars(
        select(Team).where(or_(func.lower(Team.name) == text, func.lower(Team.region) == text))
    ).first()
    if exact:
        return exact
    teams = call.session.scalars(select(Team)).all()
    return next((t for t in teams if t.name.lower() in text or text in t.name.lower()
                 or (t.region and (t.region.lower() in text or text in t.region.lower()))), None)  # fmt: skip


def team_reps(call: Call, team: Team) -> list[RepRow]:
    """Return ``team``'s reps, refusing a team outside the caller's scope.

    Raises:
        ToolDenied: the team is not the caller's (its figures are not shown, nor another team's instead).
    """
    ids = team_rep_ids(call.session, team_id=team.id)
    allowed = call.scope.owner_ids
    if allowed is not None and not set(ids) <= set(allowed):
        if call.scope.user.role == "rep":  # a rep sees their own figures only, their own team's included
            raise ToolDenied(
                f"Team-wide figures for {team.name} are not available to you: as a rep you see only your own figures.",
                f"无权查看{team.name}的团队数据：销售只能查看您自己的业绩和客户。",
            )
        own = call.session.get(Team, call.scope.user.team_id) if call.scope.user.team_id else None
        offer_en = f" I can show your own team ({own.name})." if own else ""
        offer_zh = f"可以查看您自己团队（{own.name}）的业绩。" if own else ""
        raise ToolDenied(
            f"{team.name} ({team.region}) is not your team, so its figures are not available to you.{offer_en}",
            f"{team.name}不是您的团队，无权查看它的数据。{offer_zh}",
        )
    return rep_rows(call.session, user_ids=ids)


def per_team(
    call: Call, reps: list[RepRow], stats: dict[int, RepStats], metric: str, sort: str
) -> list[dict[str, Any]]:
    """Total the reps' figures per team, ranked by ``metric`` (``sort`` desc or asc)."""
    team_of = dict(
        call.session.execute(select(User.id, User.team_id).where(User.id.in_([r.id for r in reps]))).all()
    )
    names = {t.id: (t.name, t.region) for t in call.session.scalars(select(Team))}
    sums: dict[int, dict[str, float]] = {}
    for r in reps:
        st, key = stats[r.id], team_of.get(r.id)
        if key is None:
            continue
        row = sums.setdefault(
            key, dict.fromkeys(("revenue", "orders", "won_deals", "won_amount", "activities", "reps"), 0)
        )
        for field in ("revenue", "orders", "won_deals", "won_amount", "activities"):
            row[field] += float(getattr(st, field))
        row["reps"] += 1
    sign = -1 if sort == "desc" else 1
    ordered = sorted(sums.items(), key=lambda kv: (sign * kv[1][metric], kv[0]))
    return [
        {"rank": i, "team": names[k][0], "region": names[k][1], "reps": int(v["reps"]),
         "revenue_usd": C.money(v["revenue"]), "orders": int(v["orders"]), "won_deals": int(v["won_deals"]),
         "won_amount_usd": C.money(v["won_amount"]), "activities": int(v["activities"])}
        for i, (k, v) in enumerate(ordered, 1)
    ]  # fmt: skip


def named_team_owners(call: Call, ref: str) -> tuple[str, list[int]] | R.Result:
    """Return a named team's name and rep ids for a scoped tool (pipeline, receivables), or not-found.

    Raises:
        ToolDenied: the team is not the caller's (see :func:`team_reps`).
    """
    team = find_team(call, ref)
    if team is None:
        return R.not_found("team", ref)
    return team.name, [r.id for r in team_reps(call, team)]

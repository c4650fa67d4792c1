"""Who a compliance question covers: one named team's reps, or every rep the caller may see.

``compliance_stats`` and ``sensitive_alerts`` take a team by name or region ("新兴市场组的告警",
"alerts for the Europe team"). QA and admins may name any team, a manager only their own; a
team outside the caller's scope is refused plainly, never answered with other figures.
"""

from __future__ import annotations

from sqlalchemy import select

from assistant.crm.models import User
from assistant.crm.rep_queries import RepRow, rep_rows
from assistant.crm.team_queries import team_rep_ids
from assistant.tools import results as R
from assistant.tools.base import Call, ToolDenied
from assistant.tools.teams import find_team


def named_alert_team(call: Call, ref: str) -> tuple[str, list[int]] | R.Result:
    """Return the name and rep ids of the team ``ref`` names, or a not-found result.

    Raises:
        ToolDenied: the team's reps are outside the caller's alert scope.
    """
    team = find_team(call, ref)
    if team is None:
        return R.not_found("team", ref)
    ids = team_rep_ids(call.session, team_id=team.id)
    allowed = call.scope.alert_owner_ids
    if allowed is not None and not set(ids) <= set(allowed):
        raise ToolDenied(
            f"{team.name} ({team.region}) is not your team, so its alerts are not available to you.",
            f"{team.name}不是您的团队，无权查看它的告警。",
        )
    return team.name, ids


def reps_in_scope(call: Call, ids: list[int] | None) -> list[RepRow]:
    """Return every active rep among ``ids`` (None = every rep): the rows a per-rep count lists, zero included.

    A deactivated rep is left out: "who has no alerts" names only the people still selling.
    """
    active = set(call.session.scalars(select(User.id).where(User.role == "rep", User.active.is_(True))))
    return [r for r in rep_rows(call.session, user_ids=ids) if r.id in active]

"""The manager page: pipeline funnel, sales forecast with its 80% interval, stalled deals, per-rep table."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import select

from assistant.analytics.forecast import sales_forecast
from assistant.analytics.pipeline import pipeline_status
from assistant.crm.models import User
from assistant.db import session_scope
from assistant.identity import UnknownUserError, resolve_user, scope_for


def dashboard(login: str, *, today: dt.date) -> dict[str, Any]:
    """Return the manager page's data for ``login``'s scope (team for managers, everyone for admins).

    Raises:
        PermissionError: unknown user, or a role without pipeline access (QA).
    """
    with session_scope() as s:
        try:
            user = resolve_user(s, login, channel="web")
        except UnknownUserError as exc:
            raise PermissionError(str(exc)) from exc
        scope = scope_for(s, user)
        if not scope.sees_financials:
            raise PermissionError("QA does not see the pipeline")
        owners = scope.owner_ids
        status = pipeline_status(s, today=today, owner_ids=owners)
        forecast = sales_forecast(s, today=today, horizon_months=6, owner_ids=owners)
        reps_q = select(User).where(User.role.in_(("rep", "manager")), User.active.is_(True)).order_by(User.login)
        if owners is not None:
            reps_q = reps_q.where(User.id.in_(owners))
        reps = []
        for rep in s.scalars(reps_q):
            ps = pipeline_status(s, today=today, owner_ids=[rep.id], max_flagged=200)
            reps.append({"login": rep.login, "name": rep.display_name, "open_count": ps.open_count,
                         "open_amount": ps.open_amount, "weighted": ps.weighted_amount,
                         "won_amount": ps.won_amount, "win_rate": ps.win_rate, "stalled": len(ps.stalled)})
        names = {u.id: u.display_name for u in s.scalars(select(User))}
        return {
            "stages": [st.model_dump() for st in status.stages],
            "open_amount": status.open_amount,
            "weighted_amount": status.weighted_amount,
            "won_amount": status.won_amount,
            "win_rate": status.win_rate,
            "stalled": [{**d.model_dump(mode="json"), "owner": names.get(d.owner_id, "-")} for d in status.stalled],
            "forecast": [p.model_dump() for p in forecast.months],
            "history": forecast.history,
            "backtest_mape": forecast.backtest_mape,
            "reps": reps,
        }

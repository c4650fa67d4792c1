"""The QA page: the alert queue with filters, one alert in context, dispositions, CSV export, statistics."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import select

from assistant.compliance.models import ComplianceAlert
from assistant.compliance.review import alert_stats, export_alerts_csv, list_alerts, review_alert
from assistant.crm.models import User
from assistant.db import session_scope
from assistant.identity import UnknownUserError, find_login, resolve_user

QA_ROLES = ("qa", "admin")
DISPOSITIONS = ("confirmed", "false_positive", "escalated", "open")


def _reviewer(s: Any, login: str) -> User:
    try:
        user = resolve_user(s, login, channel="web")
    except UnknownUserError as exc:
        raise PermissionError(str(exc)) from exc
    if user.role not in QA_ROLES:
        raise PermissionError("only QA and admins review compliance alerts")
    return user


def _filters(s: Any, severity: str | None, category: str | None, rep: str | None,
             since: dt.date | None, until: dt.date | None, status: str | None) -> dict[str, Any]:
    rep_id = None
    if rep:
        found = find_login(s, rep)
        rep_id = found.id if found is not None else -1  # no such rep: nothing matches
    return {
        "severity": severity or None, "category": category or None, "rep_id": rep_id, "status": status or None,
        "since": dt.datetime.combine(since, dt.time()) if since else None,
        "until": dt.datetime.combine(until + dt.timedelta(days=1), dt.time()) if until else None,
    }


def _row(a: ComplianceAlert, reps: dict[int, str]) -> dict[str, Any]:
    return {
        "id": a.id, "occurred_at": a.occurred_at.strftime("%Y-%m-%d %H:%M"), "rep": reps.get(a.rep_id or 0, "-"),
        "category": a.category, "severity": a.severity, "matched": a.matched, "term": a.term,
        "message": a.message or "", "start": a.start, "end": a.end, "context": a.context or "",
        "status": a.status, "note": a.review_note or "", "direction": a.direction, "channel": a.channel,
    }


def queue(login: str, *, severity: str | None = None, category: str | None = None, rep: str | None = None,
          since: dt.date | None = None, until: dt.date | None = None, status: str | None = None,
          limit: int = 100) -> dict[str, Any]:
    """Return ``{"alerts": [...], "stats": alert_stats, "categories": [...], "reps": [...]}``.

    Raises:
        PermissionError: the user is not QA or an admin.
        ValueError: an unknown severity or status.
    """
    with session_scope() as s:
        _reviewer(s, login)
        filters = _filters(s, severity, category, rep, since, until, status)
        reps = dict(s.execute(select(User.id, User.login)).all())
        alerts = [_row(a, reps) for a in list_alerts(s, limit=limit, **filters)]
        stats = alert_stats(s, since=filters["since"], until=filters["until"])
        categories = sorted(s.scalars(select(ComplianceAlert.category).distinct()))
        return {"alerts": alerts, "stats": stats, "categories": categories,
                "reps": sorted(v for k, v in reps.items())}


def dispose(login: str, alert_id: int, *, status: str, note: str | None) -> dict[str, Any]:
    """Record a disposition (confirmed / false_positive / escalated / open) with a note.

    Raises:
        PermissionError: not QA or admin.
        ValueError: unknown status or alert, or a false alarm without a note.
    """
    if status not in DISPOSITIONS:
        raise ValueError(f"status must be one of {DISPOSITIONS}")
    with session_scope() as s:
        user = _reviewer(s, login)
        alert = review_alert(s, alert_id, status=status, note=(note or "").strip() or None, reviewer_id=user.id)
        return {"id": alert.id, "status": alert.status}


def export_csv(login: str, **filters: Any) -> str:
    """Return the filtered alerts as CSV (see :func:`queue` for the filters)."""
    with session_scope() as s:
        _reviewer(s, login)
        return export_alerts_csv(s, **_filters(s, **filters))

"""The QA workflow: list and filter alerts, disposition them, statistics and CSV export.

Permission checks (only QA and admins see alerts) belong to the agent tools and the CLI,
not here: these are plain keyword-only query functions.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections import Counter
from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from assistant.compliance.lexicon import SEVERITIES
from assistant.compliance.models import ALERT_STATUSES, AlertReview, ComplianceAlert
from assistant.crm.csv_cells import escape_formula
from assistant.crm.models import Customer, User
from assistant.db import utcnow

CSV_COLUMNS = (
    "id",
    "occurred_at",
    "rep",
    "customer",
    "channel",
    "direction",
    "source",
    "kind",
    "category",
    "severity",
    "term",
    "matched",
    "start",
    "end",
    "context",
    "status",
    "reviewed_by",
    "review_note",
)


def _filtered(
    query: Select[Any],
    *,
    severity: str | None,
    category: str | None,
    rep_id: int | None,
    since: dt.datetime | None,
    until: dt.datetime | None,
    status: str | None,
) -> Select[Any]:
    if severity is not None:
        if severity not in SEVERITIES:
            raise ValueError(f"severity must be one of {SEVERITIES}, got {severity!r}")
        query = query.where(ComplianceAlert.severity == severity)
    if status is not None:
        if status not in ALERT_STATUSES:
            raise ValueError(f"status must be one of {ALERT_STATUSES}, got {status!r}")
        query = query.where(ComplianceAlert.status == status)
    if category is not None:
        query = query.where(ComplianceAlert.category == category)
    if rep_id is not None:
        query = query.where(ComplianceAlert.rep_id == rep_id)
    if since is not None:
        query = query.where(ComplianceAlert.occurred_at >= since)
    if until is not None:
        query = query.where(ComplianceAlert.occurred_at < until)
    return query


def list_alerts(
    session: Session,
    *,
    severity: str | None = None,
    category: str | None = None,
    rep_id: int | None = None,
    since: dt.datetime | None = None,
    until: dt.datetime | None = None,
    status: str | None = None,
    limit: int = 50,
) -> list[ComplianceAlert]:
    """Alerts matching every given filter, newest first (``until`` is exclusive, times naive UTC)."""
    if limit < 1:
        raise ValueError("limit must be at least 1")
    query = _filtered(
        select(ComplianceAlert),
        severity=severity,
        category=category,
        rep_id=rep_id,
        since=since,
        until=until,
        status=status,
    )
    return list(
        session.scalars(
            query.order_by(ComplianceAlert.occurred_at.desc(), ComplianceAlert.id.desc()).limit(limit)
        )
    )


def count_alerts(
    session: Session,
    *,
    severity: str | None = None,
    category: str | None = None,
    rep_id: int | None = None,
    since: dt.datetime | None = None,
    until: dt.datetime | None = None,
    status: str | None = None,
) -> int:
    """How many alerts match every given filter (the same filters as :func:`list_alerts`, no limit)."""
    query = _filtered(
        select(func.count(ComplianceAlert.id)),
        severity=severity,
        category=category,
        rep_id=rep_id,
        since=since,
        until=until,
        status=status,
    )
    return int(session.scalar(query) or 0)


def review_alert(
    session: Session, alert_id: int, *, status: str, note: str | None = None, reviewer_id: int | None = None
) -> ComplianceAlert:
    """Disposition an alert (confirmed, false_positive, or back to open) and keep the history.

    Raises:
        ValueError: unknown status, unknown alert, or a false positive without a note.
    """
    if status not in ALERT_STATUSES:
        raise ValueError(f"status must be one of {ALERT_STATUSES}, got {status!r}")
    alert = session.get(ComplianceAlert, alert_id)
    if alert is None:
        raise ValueError(f"no alert with id {alert_id}")
    if status == "false_positive" and not (note or "").strip():
        raise ValueError("marking a false positive needs a note saying why (it feeds the allow-list)")
    now = utcnow()
    alert.status, alert.review_note, alert.reviewed_by_id, alert.reviewed_at = status, note, reviewer_id, now
    session.add(AlertReview(alert_id=alert.id, reviewer_id=reviewer_id, status=status, note=note, at=now))
    session.flush()
    return alert


def alert_stats(
    session: Session, *, since: dt.datetime | None = None, until: dt.datetime | None = None
) -> dict[str, Any]:
    """Count alerts per rep, per category, per severity and per status, plus the confirmed share.

    Returns:
        ``{"total", "by_severity", "by_status", "by_category": {cat: {total, confirmed,
        false_positive, open}}, "by_rep": [{rep_id, rep, total, high, confirmed}],
        "precision"}`` where precision is confirmed / (confirmed + false positives).
    """
    query = _filtered(
        select(
            ComplianceAlert.rep_id, ComplianceAlert.category, ComplianceAlert.severity, ComplianceAlert.status
        ),
        severity=None,
        category=None,
        rep_id=None,
        since=since,
        until=until,
        status=None,
    )
    rows = session.execute(query).all()
    names = dict(session.execute(select(User.id, User.display_name)).all())
    by_category: dict[str, Counter[str]] = {}
    by_rep: dict[int | None, Counter[str]] = {}
    for rep_id, category, severity, status in rows:
        by_category.setdefault(category, Counter()).update(["total", status])
        by_rep.setdefault(rep_id, Counter()).update(
            ["total", status] + (["high"] if severity == "high" else [])
        )
    confirmed = sum(1 for r in rows if r.status == "confirmed")
    false_pos = sum(1 for r in rows if r.status == "false_positive")
    return {
        "total": len(rows),
        "by_severity": dict(Counter(r.severity for r in rows)),
        "by_status": dict(Counter(r.status for r in rows)),
        "by_category": {
            c: {k: v[k] for k in ("total", *ALERT_STATUSES)} for c, v in sorted(by_category.items())
        },
        "by_rep": sorted(
            (
                {
                    "rep_id": rid,
                    "rep": names.get(rid, "-"),
                    "total": c["total"],
                    "high": c["high"],
                    "confirmed": c["confirmed"],
                    "false_positive": c["false_positive"],
                }
                for rid, c in by_rep.items()
            ),
            key=lambda r: (-r["total"], str(r["rep"])),
        ),
        "precision": round(confirmed / (confirmed + false_pos), 3) if confirmed + false_pos else None,
    }


def export_alerts_csv(session: Session, *, limit: int = 100_000, **filters: Any) -> str:
    """Export the filtered alerts (see :func:`list_alerts`) as CSV text with a header row."""
    alerts = list_alerts(session, limit=limit, **filters)
    users = dict(session.execute(select(User.id, User.login)).all())
    ids = {a.customer_id for a in alerts if a.customer_id}
    customers = (
        dict(
            session.execute(
                select(Customer.id, func.coalesce(Customer.name_zh, Customer.name_en)).where(
                    Customer.id.in_(ids)
                )
            ).all()
        )
        if ids
        else {}
    )
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(CSV_COLUMNS)
    for a in alerts:
        cells = [
            a.id,
            a.occurred_at.isoformat(sep=" "),
            users.get(a.rep_id, ""),
            customers.get(a.customer_id, ""),
            a.channel,
            a.direction,
            a.source,
            a.kind,
            a.category,
            a.severity,
            a.term,
            a.matched,
            a.start,
            a.end,
            a.context,
            a.status,
            users.get(a.reviewed_by_id, ""),
            a.review_note or "",
        ]
        # text a spreadsheet would run as a formula (=HYPERLINK…, @SUM…) gets a leading '
        writer.writerow([escape_formula(c) if isinstance(c, str) else c for c in cells])
    return buf.getvalue()

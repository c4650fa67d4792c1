"""Queries that read activities: per-customer contact counts and response times over two windows."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import and_, case, func, select
from sqlalchemy.orm import Session

from assistant.crm.models import Activity
from assistant.crm.sql import customer_filter, day_start


@dataclass(frozen=True)
class ActivityFeatures:
    """Per-customer contact aggregates as of a day, over the same two windows as orders."""

    customer_id: int
    last_contact: dt.datetime | None
    contacts_recent: int
    contacts_prior: int
    inbound_recent: int
    inbound_prior: int
    avg_response_recent: float | None
    avg_response_prior: float | None


def activity_features(
    session: Session,
    *,
    today: dt.date,
    window_days: int = 180,
    owner_ids: Sequence[int] | None = None,
    customer_ids: Sequence[int] | None = None,
) -> dict[int, ActivityFeatures]:
    """Aggregate contacts (every activity except notes) per customer as of ``today``."""
    end = day_start(today + dt.timedelta(days=1))
    recent_start = end - dt.timedelta(days=window_days)
    prior_start = end - dt.timedelta(days=2 * window_days)
    a = Activity
    recent = a.occurred_at >= recent_start
    prior = and_(a.occurred_at >= prior_start, a.occurred_at < recent_start)
    inbound = a.direction == "inbound"
    answered = and_(inbound, a.response_minutes.is_not(None))
    stmt = (
        select(
            a.customer_id,
            func.max(a.occurred_at),
            func.sum(case((recent, 1), else_=0)),
            func.sum(case((prior, 1), else_=0)),
            func.sum(case((and_(recent, inbound), 1), else_=0)),
            func.sum(case((and_(prior, inbound), 1), else_=0)),
            func.avg(case((and_(recent, answered), a.response_minutes))),
            func.avg(case((and_(prior, answered), a.response_minutes))),
        )
        .where(
            a.occurred_at < end,
            a.type != "note",
            *customer_filter(a.customer_id, owner_ids=owner_ids, customer_ids=customer_ids),
        )
        .group_by(a.customer_id)
    )
    out: dict[int, ActivityFeatures] = {}
    for r in session.execute(stmt):
        last = r[1] if isinstance(r[1], dt.datetime) or r[1] is None else dt.datetime.fromisoformat(str(r[1]))
        out[r[0]] = ActivityFeatures(
            customer_id=r[0],
            last_contact=last,
            contacts_recent=int(r[2] or 0),
            contacts_prior=int(r[3] or 0),
            inbound_recent=int(r[4] or 0),
            inbound_prior=int(r[5] or 0),
            avg_response_recent=None if r[6] is None else float(r[6]),
            avg_response_prior=None if r[7] is None else float(r[7]),
        )
    return out

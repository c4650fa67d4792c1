"""Queries that read reps: who a name refers to, and each rep's orders, won deals and activities in a window.

Revenue and order counts come from ``orders`` by ``order_date`` and the order's owner
(cancelled orders never count); won deals are deals in stage ``won`` whose ``closed_at``
falls in the window; activities are every activity row by ``rep_id`` in the window, with
the outbound ones counted apart. Date windows are inclusive dates; timestamp windows are
naive-UTC ``[start, end)`` (the caller turns local days into UTC).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import case, func, or_, select
from sqlalchemy.orm import Session

from assistant.crm.models import PLANNED, Activity, Opportunity, Order, User
from assistant.crm.sql import CANCELLED


@dataclass(frozen=True)
class RepRow:
    """A rep's identity: database id, login and display name."""

    id: int
    login: str
    name: str


@dataclass(frozen=True)
class RepStats:
    """One rep's figures in a window (money in USD)."""

    rep_id: int
    revenue: float = 0.0
    orders: int = 0
    won_deals: int = 0
    won_amount: float = 0.0
    activities: int = 0
    outbound_activities: int = 0


def rep_rows(session: Session, *, user_ids: Sequence[int] | None = None) -> list[RepRow]:
    """Return the users with role ``rep`` among ``user_ids`` (None = every rep), by login."""
    stmt = select(User.id, User.login, User.display_name).where(User.role == "rep")
    if user_ids is not None:
        stmt = stmt.where(User.id.in_(list(user_ids)))
    return [RepRow(i, login, name or login) for i, login, name in session.execute(stmt.order_by(User.login))]


def find_users_by_name(session: Session, ref: str) -> list[RepRow]:
    """Return the reps and managers a reference names: a login (any case) or a display name (张伟, 李娜).

    An exact login or display name wins; else display names contained in the reference
    ("张伟手上的单子") or containing it ("伟"), two characters at least.
    """
    text = (ref or "").strip()
    if not text:
        return []
    base = select(User.id, User.login, User.display_name).where(User.role.in_(("rep", "manager")))
    exact = list(
        session.execute(base.where(or_(func.lower(User.login) == text.lower(), User.display_name == text)))
    )
    rows = exact or [
        r
        for r in session.execute(base)
        if r[2] and len(r[2]) >= 2 and (r[2] in text or (len(text) >= 2 and text in r[2]))
    ]
    return [RepRow(i, login, name or login) for i, login, name in sorted(rows, key=lambda r: r[1])]


def rep_stats(
    session: Session,
    *,
    rep_ids: Sequence[int],
    start: dt.date,
    end: dt.date,
    utc_start: dt.datetime,
    utc_end: dt.datetime,
) -> dict[int, RepStats]:
    """Aggregate each rep's orders (by ``order_date`` in ``[start, end]``), won deals and activities.

    Args:
        session: Database session.
        rep_ids: The reps to report (each gets a row, zeros included).
        start: First order day (inclusive).
        end: Last order day (inclusive).
        utc_start: Start of the timestamp window (naive UTC, inclusive) for deals and activities.
        utc_end: End of the timestamp window (naive UTC, exclusive).
    """
    ids = list(rep_ids)
    if not ids:
        return {}
    orders = session.execute(
        select(Order.owner_id, func.sum(Order.amount_usd), func.count())
        .where(
            Order.owner_id.in_(ids),
            Order.order_date >= start,
            Order.order_date <= end,
            Order.status.not_in(CANCELLED),
        )
        .group_by(Order.owner_id)
    )
    won = session.execute(
        select(Opportunity.owner_id, func.count(), func.sum(Opportunity.amount_usd))
        .where(
            Opportunity.owner_id.in_(ids),
            Opportunity.stage == "won",
            Opportunity.closed_at >= utc_start,
            Opportunity.closed_at < utc_end,
        )
        .group_by(Opportunity.owner_id)
    )
    acts = session.execute(
        select(Activity.rep_id, func.count(), func.sum(case((Activity.direction == "outbound", 1), else_=0)))
        .where(Activity.rep_id.in_(ids), Activity.occurred_at >= utc_start, Activity.occurred_at < utc_end,
               Activity.direction != PLANNED)  # a follow-up still planned is not one done
        .group_by(Activity.rep_id)
    )
    rev: dict[int, tuple[float, int]] = {rid: (float(amount or 0), int(n)) for rid, amount, n in orders}
    wins: dict[int, tuple[int, float]] = {rid: (int(n), float(amount or 0)) for rid, n, amount in won}
    contacts: dict[int, tuple[int, int]] = {rid: (int(n), int(out or 0)) for rid, n, out in acts}
    return {
        rid: RepStats(
            rep_id=rid,
            revenue=rev.get(rid, (0.0, 0))[0],
            orders=rev.get(rid, (0.0, 0))[1],
            won_deals=wins.get(rid, (0, 0.0))[0],
            won_amount=wins.get(rid, (0, 0.0))[1],
            activities=contacts.get(rid, (0, 0))[0],
            outbound_activities=contacts.get(rid, (0, 0))[1],
        )
        for rid in ids
    }

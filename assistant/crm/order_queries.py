"""Queries that read orders: per-customer order and payment aggregates, order intervals, categories bought.

Each aggregates in SQL (``GROUP BY`` customer over date windows, window functions for
order intervals) and returns one small frozen row per customer, so callers never loop
over individual orders. Cancelled orders never count.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import and_, case, extract, func, select
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement

from assistant.crm.models import Order, OrderLine, Product
from assistant.crm.sql import CANCELLED, customer_filter, day_number


def _f(value: Any) -> float:
    return float(value) if value is not None else 0.0


def _as_date(value: Any) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])


@dataclass(frozen=True)
class OrderFeatures:
    """Per-customer order and payment aggregates as of a day, over two equal windows.

    ``recent`` is the last ``window_days`` up to and including ``today``; ``prior`` the
    ``window_days`` before that; ``year_ago`` the recent window one year earlier (for
    seasonal customers); ``12m`` the last 365 days. Money is USD.
    """

    customer_id: int
    orders_total: int
    amount_total: float
    first_order: dt.date | None
    last_order: dt.date | None
    orders_recent: int
    amount_recent: float
    orders_prior: int
    amount_prior: float
    orders_12m: int
    amount_12m: float
    orders_year_ago: int
    amount_year_ago: float
    overdue_amount: float
    overdue_orders: int
    max_days_overdue: int
    due_12m: int
    on_time_12m: int
    avg_days_late_12m: float


def order_features(
    session: Session,
    *,
    today: dt.date,
    window_days: int = 180,
    owner_ids: Sequence[int] | None = None,
    customer_ids: Sequence[int] | None = None,
) -> dict[int, OrderFeatures]:
    """Aggregate orders and payments per customer as of ``today`` in one ``GROUP BY`` query."""
    recent_start = today - dt.timedelta(days=window_days)
    prior_start = today - dt.timedelta(days=2 * window_days)
    year_start = today - dt.timedelta(days=365)
    o = Order
    paid = and_(o.paid_date.is_not(None), o.paid_date <= today)
    outstanding = o.amount_usd - case((paid, o.paid_amount_usd), else_=0)
    overdue = and_(o.payment_due_date < today, outstanding > 0.005)
    due_12m = and_(o.payment_due_date > year_start, o.payment_due_date <= today)
    on_time = and_(due_12m, paid, o.paid_date <= o.payment_due_date)
    late_days = case(
        (paid, day_number(o.paid_date) - day_number(o.payment_due_date)),
        else_=day_number(today) - day_number(o.payment_due_date),
    )
    recent = o.order_date > recent_start
    prior = and_(o.order_date > prior_start, o.order_date <= recent_start)
    in_12m = o.order_date > year_start
    year_ago = and_(o.order_date > recent_start - dt.timedelta(days=365), o.order_date <= year_start)

    def count_if(cond: ColumnElement[bool]) -> Any:
        return func.sum(case((cond, 1), else_=0))

    def sum_if(cond: ColumnElement[bool], value: Any = o.amount_usd) -> Any:
        return func.sum(case((cond, value), else_=0))

    stmt = (
        select(
            o.customer_id,
            func.count(),
            func.sum(o.amount_usd),
            func.min(o.order_date),
            func.max(o.order_date),
            count_if(recent),
            sum_if(recent),
            count_if(prior),
            sum_if(prior),
            count_if(in_12m),
            sum_if(in_12m),
            count_if(year_ago),
            sum_if(year_ago),
            sum_if(overdue, outstanding),
            count_if(overdue),
            func.max(case((overdue, day_number(today) - day_number(o.payment_due_date)))),
            count_if(due_12m),
            count_if(on_time),
            func.avg(case((and_(due_12m, ~on_time), late_days))),
        )
        .where(
            o.order_date <= today,
            o.status.not_in(CANCELLED),
            *customer_filter(o.customer_id, owner_ids=owner_ids, customer_ids=customer_ids),
        )
        .group_by(o.customer_id)
    )
    out: dict[int, OrderFeatures] = {}
    for r in session.execute(stmt):
        out[r[0]] = OrderFeatures(
            customer_id=r[0],
            orders_total=int(r[1]),
            amount_total=_f(r[2]),
            first_order=_as_date(r[3]),
            last_order=_as_date(r[4]),
            orders_recent=int(r[5] or 0),
            amount_recent=_f(r[6]),
            orders_prior=int(r[7] or 0),
            amount_prior=_f(r[8]),
            orders_12m=int(r[9] or 0),
            amount_12m=_f(r[10]),
            orders_year_ago=int(r[11] or 0),
            amount_year_ago=_f(r[12]),
            overdue_amount=_f(r[13]),
            overdue_orders=int(r[14] or 0),
            max_days_overdue=round(_f(r[15])),
            due_12m=int(r[16] or 0),
            on_time_12m=int(r[17] or 0),
            avg_days_late_12m=_f(r[18]),
        )
    return out


@dataclass(frozen=True)
class IntervalStats:
    """Per-customer statistics of the days between distinct order dates, plus the order months."""

    customer_id: int
    order_days: int
    last_order: dt.date
    mean_gap: float | None
    std_gap: float | None
    recent_mean_gap: float | None
    min_gap: float | None
    short_mean_gap: float | None = None
    months: dict[int, int] = field(default_factory=dict)


def interval_stats(
    session: Session,
    *,
    today: dt.date,
    owner_ids: Sequence[int] | None = None,
    customer_ids: Sequence[int] | None = None,
    recent_gaps: int = 4,
    short_gap_days: int = 60,
) -> dict[int, IntervalStats]:
    """Return order-interval statistics per customer from orders up to ``today`` (SQL window functions).

    ``recent_mean_gap`` averages the last ``recent_gaps`` intervals; ``months`` counts
    order days per calendar month (1-12) for seasonality; ``short_mean_gap`` averages the
    intervals of at most ``short_gap_days`` (the rhythm inside a season).
    """
    scope = [
        Order.order_date <= today,
        Order.status.not_in(CANCELLED),
        *customer_filter(Order.customer_id, owner_ids=owner_ids, customer_ids=customer_ids),
    ]
    days = (
        select(Order.customer_id.label("cid"), Order.order_date.label("d"))
        .where(*scope)
        .group_by(Order.customer_id, Order.order_date)
        .subquery()
    )
    gaps = select(
        days.c.cid,
        days.c.d,
        (
            day_number(days.c.d)
            - day_number(func.lag(days.c.d).over(partition_by=days.c.cid, order_by=days.c.d))
        ).label("gap"),
        func.row_number().over(partition_by=days.c.cid, order_by=days.c.d.desc()).label("rn"),
    ).subquery()
    g = gaps.c.gap
    stmt = select(
        gaps.c.cid,
        func.count(),
        func.max(gaps.c.d),
        func.avg(g),
        func.avg(g * g),
        func.avg(case((gaps.c.rn <= recent_gaps, g))),
        func.min(g),
        func.avg(case((g <= short_gap_days, g))),
    ).group_by(gaps.c.cid)
    month = extract("month", days.c.d)
    months: dict[int, dict[int, int]] = {}
    for cid, m, n in session.execute(select(days.c.cid, month, func.count()).group_by(days.c.cid, month)):
        months.setdefault(cid, {})[int(m)] = int(n)
    out: dict[int, IntervalStats] = {}
    for cid, n, last, mean, mean_sq, recent, min_gap, short in session.execute(stmt):
        std = None if mean is None else max(float(mean_sq) - float(mean) ** 2, 0.0) ** 0.5
        out[cid] = IntervalStats(
            customer_id=cid,
            order_days=int(n),
            last_order=_as_date(last),
            mean_gap=None if mean is None else float(mean),
            std_gap=std,
            recent_mean_gap=None if recent is None else float(recent),
            min_gap=None if min_gap is None else float(min_gap),
            short_mean_gap=None if short is None else float(short),
            months=months.get(cid, {}),
        )
    return out


def top_categories(
    session: Session, *, customer_ids: Sequence[int], today: dt.date, days: int = 365
) -> dict[int, list[str]]:
    """Return each customer's product categories by USD bought in the last ``days``, largest first."""
    stmt = (
        select(Order.customer_id, Product.category, func.sum(OrderLine.amount).label("usd"))
        .join(OrderLine, OrderLine.order_id == Order.id)
        .join(Product, Product.id == OrderLine.product_id)
        .where(
            Order.customer_id.in_(list(customer_ids)),
            Order.order_date <= today,
            Order.order_date > today - dt.timedelta(days=days),
            Order.status.not_in(CANCELLED),
        )
        .group_by(Order.customer_id, Product.category)
    )
    rows: dict[int, list[tuple[float, str]]] = {}
    for cid, cat, usd in session.execute(stmt):
        rows.setdefault(cid, []).append((float(usd or 0), cat))
    return {cid: [c for _, c in sorted(v, key=lambda t: (-t[0], t[1]))] for cid, v in rows.items()}

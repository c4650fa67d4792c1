"""One bundle of per-customer aggregates (the inputs of every customer score), loaded in four queries.

:func:`load_snapshots` runs the SQL aggregations of the CRM query modules for a
scope and joins them in memory by customer id; the scoring modules are pure functions
of a :class:`CustomerSnapshot`, so they can be unit-tested without a database.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy.orm import Session

from assistant.crm.activity_queries import ActivityFeatures, activity_features
from assistant.crm.customer_queries import CustomerRow, customer_rows
from assistant.crm.order_queries import IntervalStats, OrderFeatures, interval_stats, order_features


@dataclass(frozen=True)
class CustomerSnapshot:
    """Everything known about one customer as of ``today`` (aggregates only)."""

    today: dt.date
    customer: CustomerRow
    orders: OrderFeatures | None
    activity: ActivityFeatures | None
    intervals: IntervalStats | None
    window_days: int = 180

    @property
    def days_since_order(self) -> int | None:
        """Days since the last order, or None when the customer never ordered."""
        last = self.orders.last_order if self.orders else None
        return None if last is None else (self.today - last).days

    @property
    def days_since_contact(self) -> int | None:
        """Days since the last contact (any activity but a note), or None when never contacted."""
        last = self.activity.last_contact if self.activity else None
        return None if last is None else (self.today - last.date()).days

    @property
    def typical_gap(self) -> float | None:
        """The customer's usual days between orders: recent intervals, else the lifetime mean."""
        iv = self.intervals
        if iv is None or iv.mean_gap is None:
            return None
        if iv.recent_mean_gap is not None and iv.order_days >= 5:
            return 0.5 * iv.recent_mean_gap + 0.5 * iv.mean_gap
        return iv.mean_gap


def load_snapshots(
    session: Session,
    *,
    today: dt.date,
    owner_ids: Sequence[int] | None = None,
    customer_ids: Sequence[int] | None = None,
    window_days: int = 180,
    with_intervals: bool = True,
) -> dict[int, CustomerSnapshot]:
    """Load a :class:`CustomerSnapshot` for every customer in scope, keyed by customer id."""
    scope = {"owner_ids": owner_ids, "customer_ids": customer_ids}
    customers = customer_rows(session, **scope)
    orders = order_features(session, today=today, window_days=window_days, **scope)
    acts = activity_features(session, today=today, window_days=window_days, **scope)
    ivs = interval_stats(session, today=today, **scope) if with_intervals else {}
    return {
        cid: CustomerSnapshot(today, row, orders.get(cid), acts.get(cid), ivs.get(cid), window_days)
        for cid, row in customers.items()
    }


def peak_months(
    months: dict[int, int], *, min_days: int = 4, share: float = 0.7, max_months: int = 4
) -> set[int]:
    """Return the customer's season (calendar months) when orders concentrate in a few months, else ``{}``.

    A customer is seasonal when at most ``max_months`` months hold ``share`` of its
    order days (with at least ``min_days`` order days in all).
    """
    total = sum(months.values())
    if total < min_days:
        return set()
    ranked = sorted(months.items(), key=lambda kv: -kv[1])
    covered, chosen = 0, set()
    for month, n in ranked[:max_months]:
        chosen.add(month)
        covered += n
        if covered >= share * total:
            return chosen
    return set()


def is_seasonal(snap: CustomerSnapshot) -> bool:
    """Whether the customer's orders, over at least 11 months of history, concentrate in a season.

    See :func:`peak_months` for the concentration rule.
    """
    o = snap.orders
    if (
        o is None
        or o.first_order is None
        or o.last_order is None
        or (o.last_order - o.first_order).days < 330
    ):
        return False
    return bool(snap.intervals and peak_months(snap.intervals.months))


def usual_level(snap: CustomerSnapshot, *, min_prior_orders: int = 2) -> tuple[float, float, str, str] | None:
    """Return the usual (orders, amount) per window and how it was measured (zh, en), or None.

    Seasonal customers are compared with the same window a year earlier; the others
    with the mean of the prior window and the year-ago window (when history covers it).
    """
    o = snap.orders
    if o is None:
        return None
    months = snap.window_days // 30
    covered = o.first_order is not None and (snap.today - o.first_order).days >= 365 + snap.window_days
    if is_seasonal(snap) and covered:
        return float(o.orders_year_ago), o.amount_year_ago, "去年同期", "the same period last year"
    if o.orders_prior < min_prior_orders and not covered:
        return None
    if covered:
        return (
            (o.orders_prior + o.orders_year_ago) / 2,
            (o.amount_prior + o.amount_year_ago) / 2,
            f"此前12个月的{months}个月均值",
            f"its average {months} months over the prior year",
        )
    return float(o.orders_prior), o.amount_prior, f"此前{months}个月", f"the prior {months} months"

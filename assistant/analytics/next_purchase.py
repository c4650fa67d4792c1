"""Next purchase prediction: when a customer will reorder, from its own order intervals and season.

The expected date is the last order plus the customer's typical interval (a blend of
its recent and lifetime mean gaps). Seasonal customers (orders concentrated in a few
calendar months) are expected at their next season instead. Confidence falls with
irregular intervals (coefficient of variation) and short histories (seed 000 §3 scenario 1).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Literal

from sqlalchemy.orm import Session

from assistant.analytics.features import peak_months
from assistant.analytics.reasons import Explained, Reason
from assistant.crm.customer_queries import customer_rows
from assistant.crm.order_queries import IntervalStats, interval_stats

Status = Literal["upcoming", "due", "overdue", "lapsed"]


class NextPurchase(Explained):
    """A customer's expected next order date with its confidence and basis."""

    customer_id: int
    customer_external_id: str = ""
    customer_name: str = ""
    owner_id: int | None = None
    last_order: dt.date
    expected_date: dt.date
    days_until: int
    typical_gap_days: float
    confidence: float
    confidence_level: Literal["high", "medium", "low"]
    seasonal: bool = False
    status: Status = "upcoming"


def _next_season_date(after: dt.date, months: set[int]) -> dt.date:
    """Return the first date on or after ``after`` in one of ``months`` (mid-month when jumping ahead)."""
    if after.month in months:
        return after
    year, month = after.year, after.month
    for _ in range(12):
        month += 1
        if month > 12:
            year, month = year + 1, 1
        if month in months:
            return dt.date(year, month, 15)
    return after


def predict_next_purchase(
    stats: IntervalStats, *, today: dt.date, due_within_days: int = 14, lapse_factor: float = 3.0
) -> NextPurchase | None:
    """Predict the next order of one customer; None when it has fewer than two order days.

    Args:
        stats: The customer's order-interval statistics (see :func:`assistant.crm.order_queries.interval_stats`).
        today: The day of the prediction.
        due_within_days: Expected within this many days counts as "due".
        lapse_factor: Silent for more than this many typical gaps (and > 180 days) counts as "lapsed".
    """
    if stats.mean_gap is None or stats.order_days < 2:
        return None
    gap = stats.mean_gap
    if stats.recent_mean_gap is not None and stats.order_days >= 5:
        gap = 0.5 * stats.recent_mean_gap + 0.5 * stats.mean_gap
    gap = max(gap, 1.0)
    season = peak_months(stats.months)
    reasons: list[Reason] = []
    if season and stats.order_days >= 4 and gap * (stats.order_days - 1) >= 330:
        in_season_gap = max(stats.short_mean_gap or stats.min_gap or 14.0, 7.0)
        top = max(stats.months.values())
        season |= {
            m for m, n in stats.months.items() if n >= 0.25 * top
        }  # the whole season, not just its core
        expected = _next_season_date(stats.last_order + dt.timedelta(days=round(in_season_gap)), season)
        names = "、".join(f"{m}月" for m in sorted(season))
        reasons.append(
            Reason(
                code="seasonal",
                value=",".join(str(m) for m in sorted(season)),
                text_zh=f"季节性客户：订单集中在 {names}",
                text_en=f"seasonal buyer: orders concentrate in months {sorted(season)}",
            )
        )
    else:
        season = set()
        expected = stats.last_order + dt.timedelta(days=round(gap))
        reasons.append(
            Reason(
                code="interval",
                value=round(gap, 1),
                text_zh=f"平均每 {gap:.0f} 天下单一次（共 {stats.order_days} 个下单日）",
                text_en=f"orders every {gap:.0f} days on average ({stats.order_days} order days)",
            )
        )
    cv = (stats.std_gap or 0.0) / stats.mean_gap if stats.mean_gap else 1.0
    history = min(1.0, (stats.order_days - 1) / 6)
    confidence = round((0.85 if season else 1.0) / (1.0 + cv) * history, 2)
    level = "high" if confidence >= 0.6 else "medium" if confidence >= 0.35 else "low"
    reasons.append(
        Reason(
            code="regularity",
            value=round(cv, 2),
            text_zh=f"间隔波动系数 {cv:.2f}，"
            f"置信度{'高' if level == 'high' else '中' if level == 'medium' else '低'}",
            text_en=f"interval variation {cv:.2f}: {level} confidence",
        )
    )
    reasons.append(
        Reason(
            code="last_order",
            value=stats.last_order.isoformat(),
            text_zh=f"上次下单 {stats.last_order.isoformat()}",
            text_en=f"last order {stats.last_order}",
        )
    )
    days_until = (expected - today).days
    silent = (today - stats.last_order).days
    if silent > max(lapse_factor * gap, 180) and not season:
        status: Status = "lapsed"
        reasons.append(
            Reason(
                code="lapsed",
                value=silent,
                text_zh=f"已 {silent} 天未下单，远超平常周期",
                text_en=f"silent for {silent} days, far beyond the usual cycle",
            )
        )
    elif days_until < 0:
        status = "overdue"
        reasons.append(
            Reason(
                code="overdue",
                value=-days_until,
                text_zh=f"已超过预计补货日 {-days_until} 天",
                text_en=f"{-days_until} days past the expected reorder date",
            )
        )
    else:
        status = "due" if days_until <= due_within_days else "upcoming"
    return NextPurchase(
        customer_id=stats.customer_id,
        last_order=stats.last_order,
        expected_date=expected,
        days_until=days_until,
        typical_gap_days=round(gap, 1),
        confidence=confidence,
        confidence_level=level,
        seasonal=bool(season),
        status=status,
        reasons=reasons,
    )


def next_purchases(
    session: Session,
    *,
    today: dt.date,
    owner_ids: Sequence[int] | None = None,
    customer_ids: Sequence[int] | None = None,
) -> dict[int, NextPurchase]:
    """Predict the next order of every customer in scope with at least two order days."""
    names = customer_rows(session, owner_ids=owner_ids, customer_ids=customer_ids)
    out: dict[int, NextPurchase] = {}
    for cid, stats in interval_stats(
        session, today=today, owner_ids=owner_ids, customer_ids=customer_ids
    ).items():
        pred = predict_next_purchase(stats, today=today)
        if pred is not None and cid in names:
            out[cid] = pred.model_copy(
                update={
                    "customer_external_id": names[cid].external_id,
                    "customer_name": names[cid].name,
                    "owner_id": names[cid].owner_id,
                }
            )
    return out


def customers_due(
    session: Session,
    *,
    today: dt.date,
    days: int = 30,
    owner_ids: Sequence[int] | None = None,
    customer_ids: Sequence[int] | None = None,
    include_overdue: bool = True,
) -> list[NextPurchase]:
    """List customers expected to reorder within ``days`` (and overdue ones), soonest first."""
    preds = next_purchases(session, today=today, owner_ids=owner_ids, customer_ids=customer_ids)
    due = [
        p
        for p in preds.values()
        if p.status != "lapsed" and p.days_until <= days and (include_overdue or p.days_until >= 0)
    ]
    return sorted(due, key=lambda p: (p.expected_date, -p.confidence, p.customer_id))

"""Churn risk per customer: order, amount, contact and response changes against the customer's own history.

Rules (seed 000 §2 scenario 3): *high* when orders fall by half or more and the
relationship cools too (fewer contacts, slower answers or long silence), or when
orders fall by half and the customer is far past their usual reorder interval;
*medium* when orders fall by 30% with a cooling relationship, or by half alone;
*low* otherwise. A drop is measured against the prior window **and** the same
window a year earlier, keeping the smaller one, so a seasonal lull is not a drop.
Customers with no order in either window are *lapsed* (already lost) and belong to
the reactivation list rather than the churn list.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from sqlalchemy.orm import Session

from assistant.analytics.features import CustomerSnapshot, is_seasonal, load_snapshots, usual_level
from assistant.analytics.reasons import Explained, Reason, money, pct

Level = Literal["high", "medium", "low"]
LEVEL_RANK = {"high": 2, "medium": 1, "low": 0}


@dataclass(frozen=True)
class ChurnRules:
    """Thresholds of the churn rules (fractions are relative drops, 0.5 = −50%)."""

    high_drop: float = 0.5
    medium_drop: float = 0.3
    contact_drop: float = 0.3
    response_slowdown: float = 0.5
    silent_days: int = 60
    late_cycle_factor: float = 2.0
    min_prior_orders: int = 2
    min_prior_contacts: int = 3


class ChurnRisk(Explained):
    """The churn risk of one customer with the facts that triggered it."""

    customer_id: int
    customer_external_id: str
    customer_name: str
    owner_id: int
    level: Level
    score: int
    lapsed: bool = False
    order_drop: float | None = None
    amount_drop: float | None = None
    contact_drop: float | None = None
    response_slowdown: float | None = None
    days_since_order: int | None = None
    days_since_contact: int | None = None


def _drop(recent: float, usual: float) -> float:
    return 0.0 if usual <= 0 else 1.0 - recent / usual


def assess_churn(snap: CustomerSnapshot, rules: ChurnRules = ChurnRules()) -> ChurnRisk:
    """Score the churn risk of one customer from its snapshot."""
    o, a, months = snap.orders, snap.activity, snap.window_days // 30
    reasons: list[Reason] = []
    base = {
        "customer_id": snap.customer.id,
        "customer_external_id": snap.customer.external_id,
        "customer_name": snap.customer.name,
        "owner_id": snap.customer.owner_id,
        "days_since_order": snap.days_since_order,
        "days_since_contact": snap.days_since_contact,
    }
    if o is None or o.orders_total == 0:
        return ChurnRisk(
            **base,
            level="low",
            score=0,
            reasons=[Reason(code="no_orders", text_zh="尚无订单记录", text_en="no orders yet")],
        )
    if o.orders_recent == 0 and o.orders_prior == 0:
        reasons.append(
            Reason(
                code="lapsed",
                value=snap.days_since_order,
                text_zh=f"已 {snap.days_since_order} 天无订单（已流失，见唤醒名单）",
                text_en=f"no order for {snap.days_since_order} days (lapsed; see reactivation list)",
            )
        )
        return ChurnRisk(**base, level="high", score=100, lapsed=True, reasons=reasons)
    freq = amount = order_drop = None
    base_line = usual_level(snap, min_prior_orders=rules.min_prior_orders)
    if base_line is not None:
        usual_n, usual_amt, since_zh, since_en = base_line
        freq, amount = _drop(o.orders_recent, usual_n), _drop(o.amount_recent, usual_amt)
        order_drop = max(freq, amount)
        if freq >= rules.medium_drop:
            reasons.append(
                Reason(
                    code="orders_drop",
                    value=round(-freq, 3),
                    text_zh=f"近{months}个月订单 {o.orders_recent} 单，"
                    f"较{since_zh}（{usual_n:g} 单）{pct(-freq)}",
                    text_en=f"orders {pct(-freq)} vs {since_en} ({o.orders_recent} vs {usual_n:g})",
                )
            )
        if amount >= rules.medium_drop:
            reasons.append(
                Reason(
                    code="amount_drop",
                    value=round(-amount, 3),
                    text_zh=f"近{months}个月订单金额 {money(o.amount_recent)}，较{since_zh}{pct(-amount)}",
                    text_en=f"order amount {pct(-amount)} vs {since_en} "
                    f"({money(o.amount_recent)} vs {money(usual_amt)})",
                )
            )
    signals = 0
    contact_drop = None
    if a is not None and a.contacts_prior >= rules.min_prior_contacts:
        contact_drop = 1.0 - a.contacts_recent / a.contacts_prior
        if contact_drop >= rules.contact_drop:
            signals += 1
            reasons.append(
                Reason(
                    code="contact_drop",
                    value=round(-contact_drop, 3),
                    text_zh=f"沟通次数{pct(-contact_drop)}（{a.contacts_recent} "
                    f"次，此前 {a.contacts_prior} 次）",
                    text_en=f"contacts {pct(-contact_drop)} ({a.contacts_recent} vs {a.contacts_prior})",
                )
            )
    slowdown = None
    if a is not None and a.avg_response_recent is not None and a.avg_response_prior:
        slowdown = a.avg_response_recent / a.avg_response_prior - 1.0
        if slowdown >= rules.response_slowdown:
            signals += 1
            reasons.append(
                Reason(
                    code="slower_response",
                    value=round(slowdown, 3),
                    text_zh=f"客户回复变慢：平均 {a.avg_response_recent / 60:.1f} "
                    f"小时（此前 {a.avg_response_prior / 60:.1f} 小时）",
                    text_en=f"slower replies: {a.avg_response_recent / 60:.1f} h on average "
                    f"(was {a.avg_response_prior / 60:.1f} h)",
                )
            )
    silent = snap.days_since_contact
    if silent is None or silent >= rules.silent_days:
        signals += 1
        reasons.append(
            Reason(
                code="no_contact",
                value=silent,
                text_zh="从未联系" if silent is None else f"已 {silent} 天未联系",
                text_en="never contacted" if silent is None else f"no contact for {silent} days",
            )
        )
    gap, since = snap.typical_gap, snap.days_since_order or 0
    late = (
        gap is not None
        and gap > 0
        and since >= rules.late_cycle_factor * gap
        and since > 30
        and not (is_seasonal(snap) and freq is not None and freq <= 0)
    )
    if late:
        reasons.append(
            Reason(
                code="past_reorder_cycle",
                value=since,
                text_zh=f"已 {since} 天未下单，通常每 {gap:.0f} 天下单一次",
                text_en=f"no order for {since} days; usually orders every {gap:.0f} days",
            )
        )
    drop = order_drop or 0.0
    if drop >= rules.high_drop and (signals or late):
        level: Level = "high"
    elif (drop >= rules.medium_drop and (signals or late)) or drop >= rules.high_drop or (late and signals):
        level = "medium"
    else:
        level = "low"
    score = round(
        min(100.0, 55 * min(max(drop, 0.0) / 0.8, 1.0) + 12 * min(signals, 2) + (15 if late else 0))
    )
    if level == "low" and not reasons:
        reasons.append(
            Reason(
                code="stable",
                text_zh="订单与沟通与自身历史相比基本稳定",
                text_en="orders and contact are in line with the customer's own history",
            )
        )
    return ChurnRisk(
        **base,
        level=level,
        score=score,
        order_drop=order_drop,
        amount_drop=amount,
        contact_drop=contact_drop,
        response_slowdown=slowdown,
        reasons=reasons,
    )


def churn_risks(
    session: Session,
    *,
    today: dt.date,
    owner_ids: Sequence[int] | None = None,
    customer_ids: Sequence[int] | None = None,
    min_level: Level = "medium",
    include_lapsed: bool = False,
    rules: ChurnRules = ChurnRules(),
) -> list[ChurnRisk]:
    """Return the customers at or above ``min_level`` churn risk, riskiest first.

    Args:
        session: Database session.
        today: The day to assess as of (orders and contacts up to and including it).
        owner_ids: Owners whose customers to assess (None = everyone).
        customer_ids: Restrict to these customers.
        min_level: Lowest level to include ("low" returns everyone).
        include_lapsed: Also list customers with no order in the last two windows.
        rules: Thresholds.
    """
    snaps = load_snapshots(session, today=today, owner_ids=owner_ids, customer_ids=customer_ids)
    out = [assess_churn(s, rules) for s in snaps.values()]
    out = [
        r for r in out if LEVEL_RANK[r.level] >= LEVEL_RANK[min_level] and (include_lapsed or not r.lapsed)
    ]
    return sorted(out, key=lambda r: (-LEVEL_RANK[r.level], -r.score, r.customer_id))

"""Customer health score (0–100) from three shown dimensions: sales, finance and relationship.

Seed 004 §5 asks for a health score combining sales, finance and service data:

* **sales** (40%): order amount in the recent window against the customer's usual
  level (see :func:`assistant.analytics.features.usual_level`), minus a penalty when
  it is far past its usual reorder interval;
* **finance** (30%): share of invoices due in the last 12 months paid on time, minus
  a penalty for the amount now overdue (relative to 12-month sales) and for age;
* **relationship** (30%): contact frequency, days since the last contact and how
  fast the customer answers.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Literal

from sqlalchemy.orm import Session

from assistant.analytics.features import CustomerSnapshot, is_seasonal, load_snapshots, usual_level
from assistant.analytics.reasons import Explained, Reason, money, pct

WEIGHTS = {"sales": 0.4, "finance": 0.3, "relationship": 0.3}


class Dimension(Explained):
    """One dimension of the health score (0–100) with its weight and reasons."""

    name: Literal["sales", "finance", "relationship"]
    score: int
    weight: float


class HealthScore(Explained):
    """The health of one customer: the weighted total and each dimension shown."""

    customer_id: int
    customer_name: str
    owner_id: int
    score: int
    band: Literal["healthy", "watch", "at_risk"]
    dimensions: list[Dimension]


def _clip(x: float) -> int:
    return round(min(100.0, max(0.0, x)))


def _sales(snap: CustomerSnapshot) -> Dimension:
    o, reasons = snap.orders, []
    if o is None or o.orders_total == 0:
        return Dimension(
            name="sales",
            score=0,
            weight=WEIGHTS["sales"],
            reasons=[Reason(code="no_orders", text_zh="尚无订单", text_en="no orders yet")],
        )
    usual = usual_level(snap)
    if usual is None:
        score = 60.0
        reasons.append(
            Reason(
                code="short_history", text_zh="历史较短，按中性评估", text_en="short history: scored neutral"
            )
        )
    else:
        trend = (o.amount_recent / usual[1] - 1.0) if usual[1] > 0 else (1.0 if o.amount_recent > 0 else 0.0)
        trend = max(-1.0, min(1.0, trend))
        score = 60 + 40 * trend if trend >= 0 else 60 * (1 + trend)
        reasons.append(
            Reason(
                code="sales_trend",
                value=round(trend, 3),
                text_zh=f"近{snap.window_days // 30}个月金额 "
                f"{money(o.amount_recent)}，较{usual[2]}{pct(trend)}",
                text_en=f"recent sales {money(o.amount_recent)}, {pct(trend)} vs {usual[3]}",
            )
        )
    gap, since = snap.typical_gap, snap.days_since_order or 0
    if gap and since > 2 * gap and since > 30 and not is_seasonal(snap):
        score -= 25
        reasons.append(
            Reason(
                code="past_reorder_cycle",
                value=since,
                text_zh=f"已 {since} 天未下单（通常每 {gap:.0f} 天）",
                text_en=f"no order for {since} days (usually every {gap:.0f})",
            )
        )
    return Dimension(name="sales", score=_clip(score), weight=WEIGHTS["sales"], reasons=reasons)


def _finance(snap: CustomerSnapshot) -> Dimension:
    o, reasons = snap.orders, []
    if o is None or o.orders_total == 0:
        return Dimension(
            name="finance",
            score=50,
            weight=WEIGHTS["finance"],
            reasons=[Reason(code="no_invoices", text_zh="无账款记录", text_en="no invoices")],
        )
    if o.due_12m:
        rate = o.on_time_12m / o.due_12m
        score = 100.0 * rate
        reasons.append(
            Reason(
                code="on_time_rate",
                value=round(rate, 3),
                text_zh=f"近12个月按时回款 {o.on_time_12m}/{o.due_12m} 笔（{rate:.0%}）",
                text_en=f"{o.on_time_12m} of {o.due_12m} invoices paid on time in 12 months ({rate:.0%})",
            )
        )
        if o.due_12m > o.on_time_12m:
            reasons.append(
                Reason(
                    code="avg_days_late",
                    value=round(o.avg_days_late_12m, 1),
                    text_zh=f"逾期付款平均晚 {o.avg_days_late_12m:.0f} 天",
                    text_en=f"late invoices average {o.avg_days_late_12m:.0f} days late",
                )
            )
    else:
        score = 80.0
        reasons.append(
            Reason(
                code="no_recent_invoices",
                text_zh="近12个月无到期账款",
                text_en="no invoice due in the last 12 months",
            )
        )
    if o.overdue_amount > 0:
        share = o.overdue_amount / max(o.amount_12m, o.overdue_amount)
        score -= 50 * share + (10 if o.max_days_overdue > 60 else 0)
        reasons.append(
            Reason(
                code="overdue",
                value=round(o.overdue_amount, 2),
                text_zh=f"逾期未付 {money(o.overdue_amount)}（"
                f"{o.overdue_orders} 笔，最长 {o.max_days_overdue} 天）",
                text_en=f"{money(o.overdue_amount)} overdue ({o.overdue_orders} invoices, "
                f"oldest {o.max_days_overdue} days)",
            )
        )
    return Dimension(name="finance", score=_clip(score), weight=WEIGHTS["finance"], reasons=reasons)


def _relationship(snap: CustomerSnapshot) -> Dimension:
    a, reasons = snap.activity, []
    months = snap.window_days / 30
    per_month = (a.contacts_recent / months) if a else 0.0
    score = 50 * min(1.0, per_month / 2)
    reasons.append(
        Reason(
            code="contact_frequency",
            value=round(per_month, 2),
            text_zh=f"近{months:.0f}个月每月联系 {per_month:.1f} 次",
            text_en=f"{per_month:.1f} contacts a month over {months:.0f} months",
        )
    )
    since = snap.days_since_contact
    recency = (
        0
        if since is None
        else 30
        if since <= 14
        else 25
        if since <= 30
        else 15
        if since <= 60
        else 5
        if since <= 120
        else 0
    )
    score += recency
    reasons.append(
        Reason(
            code="last_contact",
            value=since,
            text_zh="从未联系" if since is None else f"距上次联系 {since} 天",
            text_en="never contacted" if since is None else f"last contact {since} days ago",
        )
    )
    resp = a.avg_response_recent if a else None
    if resp is None:
        score += 10
    else:
        score += 20 if resp <= 240 else 10 if resp <= 1440 else 0
        reasons.append(
            Reason(
                code="response_time",
                value=round(resp),
                text_zh=f"客户平均 {resp / 60:.1f} 小时回复",
                text_en=f"customer replies in {resp / 60:.1f} h",
            )
        )
    return Dimension(name="relationship", score=_clip(score), weight=WEIGHTS["relationship"], reasons=reasons)


def score_health(snap: CustomerSnapshot) -> HealthScore:
    """Compute the health score of one customer from its snapshot."""
    dims = [_sales(snap), _finance(snap), _relationship(snap)]
    total = round(sum(d.score * d.weight for d in dims))
    band = "healthy" if total >= 70 else "watch" if total >= 45 else "at_risk"
    weakest = min(dims, key=lambda d: d.score)
    label = {
        "sales": ("销售", "sales"),
        "finance": ("财务", "finance"),
        "relationship": ("关系", "relationship"),
    }
    reasons = [
        Reason(
            code="weakest_dimension",
            value=weakest.name,
            text_zh=f"最弱维度：{label[weakest.name][0]}（{weakest.score} 分）",
            text_en=f"weakest dimension: {label[weakest.name][1]} ({weakest.score})",
        )
    ]
    return HealthScore(
        customer_id=snap.customer.id,
        customer_name=snap.customer.name,
        owner_id=snap.customer.owner_id,
        score=total,
        band=band,
        dimensions=dims,
        reasons=reasons,
    )


def health_scores(
    session: Session,
    *,
    today: dt.date,
    owner_ids: Sequence[int] | None = None,
    customer_ids: Sequence[int] | None = None,
) -> list[HealthScore]:
    """Return the health score of every customer in scope, least healthy first."""
    snaps = load_snapshots(session, today=today, owner_ids=owner_ids, customer_ids=customer_ids)
    return sorted((score_health(s) for s in snaps.values()), key=lambda h: (h.score, h.customer_id))

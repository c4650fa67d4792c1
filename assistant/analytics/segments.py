"""Customer value: RFM scores, a segment (高价值/潜力/风险/普通) and a tier A/B/C/D with the rule that set it.

RFM scores are quintiles (1–5) of recency (days since last order), frequency
(orders in 12 months) and monetary value (USD in 12 months), with breakpoints taken
over the whole customer base so a score means the same for every rep.
Segments follow seed 000 §2 scenario 1; tiers follow seed 004 §7.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

import numpy as np
from sqlalchemy.orm import Session

from assistant.analytics.features import CustomerSnapshot, load_snapshots, usual_level
from assistant.analytics.reasons import Explained, Reason, money, pct

Segment = Literal["vip", "potential", "risk", "regular"]
SEGMENT_ZH = {"vip": "高价值(VIP)", "potential": "潜力", "risk": "风险", "regular": "普通"}
TIER_ZH = {"A": "A类战略客户", "B": "B类核心客户", "C": "C类一般客户", "D": "D类低活跃客户"}


@dataclass(frozen=True)
class Breakpoints:
    """Quintile breakpoints (20/40/60/80%) of recency days, 12-month orders and 12-month USD."""

    recency: tuple[float, ...]
    frequency: tuple[float, ...]
    monetary: tuple[float, ...]

    @classmethod
    def from_snapshots(cls, snaps: Sequence[CustomerSnapshot]) -> Breakpoints:
        """Compute breakpoints over customers that have ordered."""
        active = [s for s in snaps if s.orders and s.orders.orders_total]
        if not active:
            return cls((), (), ())

        def q(values: list[float]) -> tuple[float, ...]:
            return tuple(float(v) for v in np.quantile(np.array(values, dtype=float), [0.2, 0.4, 0.6, 0.8]))

        return cls(
            q([s.days_since_order or 0 for s in active]),
            q([s.orders.orders_12m for s in active]),
            q([s.orders.amount_12m for s in active]),
        )


@dataclass(frozen=True)
class TierRules:
    """Thresholds of the A/B/C/D tiers (seed 004 §7)."""

    a_min_monetary: int = 5
    a_min_years: float = 2.0
    b_min_monetary: int = 4
    b_min_frequency: int = 4
    growth: float = 0.3
    d_inactive_days: int = 180


class CustomerValue(Explained):
    """RFM scores, segment and tier of one customer, with the rules that placed it."""

    customer_id: int
    customer_name: str
    owner_id: int
    recency_days: int | None
    orders_12m: int
    amount_12m: float
    r: int
    f: int
    m: int
    segment: Segment
    segment_zh: str
    tier: Literal["A", "B", "C", "D"]
    tier_zh: str
    tier_rule: Reason


def _score(value: float, cuts: tuple[float, ...]) -> int:
    return 1 + bisect_right(list(cuts), value) if cuts else 3


def classify(snap: CustomerSnapshot, bp: Breakpoints, rules: TierRules = TierRules()) -> CustomerValue:
    """Compute RFM, segment and tier of one customer against the base's breakpoints."""
    o, c = snap.orders, snap.customer
    since = snap.days_since_order
    if o is None or o.orders_total == 0 or since is None:
        r = f = m = 0
    else:
        r = 6 - _score(float(since), bp.recency) if bp.recency else 3
        f, m = _score(o.orders_12m, bp.frequency), _score(o.amount_12m, bp.monetary)
        f, m = (1 if o.orders_12m == 0 else f), (1 if o.amount_12m == 0 else m)
    rfm = Reason(
        code="rfm",
        value=f"{r}{f}{m}",
        text_zh=f"RFM 评分 R{r}/F{f}/M{m}（5 为最好）",
        text_en=f"RFM R{r}/F{f}/M{m} (5 is best)",
    )
    on_time = (o.on_time_12m / o.due_12m) if o and o.due_12m else 1.0
    late_payer = bool(o and ((o.due_12m >= 3 and on_time < 0.6) or o.max_days_overdue > 30))
    usual = usual_level(snap) if o else None
    trend = (o.amount_recent / usual[1] - 1.0) if (o and usual and usual[1] > 0) else None
    new = bool(o and o.first_order and (snap.today - o.first_order).days < 365)
    reasons = [rfm]
    if r >= 4 and f >= 4 and m >= 4 and not late_payer:
        seg: Segment = "vip"
        reasons.append(
            Reason(
                code="vip",
                text_zh=f"订单频繁、金额大（12个月 {o.orders_12m} 单，{money(o.amount_12m)}），付款及时",
                text_en=f"frequent, large orders ({o.orders_12m} orders, {money(o.amount_12m)} "
                f"in 12 months), pays on time",
            )
        )
    elif late_payer or (trend is not None and trend <= -0.3) or (o and o.orders_total and r <= 1):
        seg = "risk"
        if late_payer:
            reasons.append(
                Reason(
                    code="late_payment",
                    value=round(on_time, 2),
                    text_zh=f"付款延迟：按时率 {on_time:.0%}，最长逾期 {o.max_days_overdue} 天",
                    text_en=f"late payer: {on_time:.0%} on time, up to {o.max_days_overdue} days overdue",
                )
            )
        if trend is not None and trend <= -0.3:
            reasons.append(
                Reason(
                    code="orders_declining",
                    value=round(trend, 3),
                    text_zh=f"订单金额下降 {pct(trend)}",
                    text_en=f"order value {pct(trend)} vs its usual level",
                )
            )
        if r <= 1:
            reasons.append(
                Reason(
                    code="inactive",
                    value=since,
                    text_zh=f"已 {since} 天未下单",
                    text_en=f"no order for {since} days",
                )
            )
    elif ((trend is not None and trend >= rules.growth) or new) and m <= 3 and r >= 3:
        seg = "potential"
        reasons.append(
            Reason(
                code="growing" if trend is not None and trend >= rules.growth else "new",
                value=None if trend is None else round(trend, 3),
                text_zh="新客户，当前订单较少"
                if trend is None or trend < rules.growth
                else f"增长趋势好（{pct(trend)}），但当前金额不大",
                text_en="new customer with small orders so far"
                if trend is None or trend < rules.growth
                else f"growing ({pct(trend)}) but still small",
            )
        )
    else:
        seg = "regular"
        reasons.append(Reason(code="regular", text_zh="稳定但增长有限", text_en="stable with limited growth"))
    years = ((snap.today - o.first_order).days / 365.25) if o and o.first_order else 0.0
    if since is None or since >= rules.d_inactive_days:
        tier, rule = (
            "D",
            Reason(
                code="tier_d",
                value=since,
                text_zh=f"长期无交易（{since or '从未'} 天未下单）",
                text_en=f"no transaction for a long time ({since if since is not None else 'never'} days)",
            ),
        )
    elif m >= rules.a_min_monetary and years >= rules.a_min_years:
        tier, rule = (
            "A",
            Reason(
                code="tier_a",
                value=round(o.amount_12m, 2),
                text_zh=f"年销售额高（{money(o.amount_12m)}，前20%）且合作 {years:.1f} 年",
                text_en=f"high annual sales ({money(o.amount_12m)}, top 20%), {years:.1f} years",
            ),
        )
    elif m >= rules.b_min_monetary or (f >= rules.b_min_frequency and m >= 3) or seg == "potential":
        tier, rule = (
            "B",
            Reason(
                code="tier_b",
                value=f"F{f}M{m}",
                text_zh=f"业绩稳定或潜力大（F{f}/M{m}，{SEGMENT_ZH[seg]}）",
                text_en=f"steady or high-potential business (F{f}/M{m}, {seg})",
            ),
        )
    else:
        tier, rule = (
            "C",
            Reason(
                code="tier_c",
                value=f"F{f}M{m}",
                text_zh=f"交易少、低频复购（F{f}/M{m}）",
                text_en=f"few, infrequent orders (F{f}/M{m})",
            ),
        )
    return CustomerValue(
        customer_id=c.id,
        customer_name=c.name,
        owner_id=c.owner_id,
        recency_days=since,
        orders_12m=o.orders_12m if o else 0,
        amount_12m=o.amount_12m if o else 0.0,
        r=r,
        f=f,
        m=m,
        segment=seg,
        segment_zh=SEGMENT_ZH[seg],
        tier=tier,
        tier_zh=TIER_ZH[tier],
        tier_rule=rule,
        reasons=[*reasons, rule],
    )


def customer_values(
    session: Session,
    *,
    today: dt.date,
    owner_ids: Sequence[int] | None = None,
    customer_ids: Sequence[int] | None = None,
    rules: TierRules = TierRules(),
) -> list[CustomerValue]:
    """Return RFM, segment and tier for the customers in scope (breakpoints over all customers), by value."""
    base = load_snapshots(session, today=today, with_intervals=False)
    bp = Breakpoints.from_snapshots(list(base.values()))
    scope = load_snapshots(session, today=today, owner_ids=owner_ids, customer_ids=customer_ids)
    out = [classify(s, bp, rules) for s in scope.values()]
    return sorted(out, key=lambda v: (v.tier, -v.amount_12m, v.customer_id))

"""The daily briefing of a rep: who to contact today and why, how and when, and what to emphasise.

Seed 000 §5: combine the customer profile, behaviour and predictions into a short,
ranked to-do list. Sources: due or overdue reorders, churn risk, overdue payments,
stalled or late deals, and leads going stale. Each item carries its reasons, the
customer's preferred channel and hours, and talking points (its top categories and a
cross-sell hint where it applies). Everything is aggregated in SQL for the rep only.
"""

from __future__ import annotations

import datetime as dt

from pydantic import BaseModel
from sqlalchemy.orm import Session

from assistant.analytics.churn import assess_churn
from assistant.analytics.features import load_snapshots
from assistant.analytics.lead_scoring import lead_scores
from assistant.analytics.next_purchase import predict_next_purchase
from assistant.analytics.pipeline import pipeline_status
from assistant.analytics.preferences import communication_preferences
from assistant.analytics.reasons import Explained, Reason, money
from assistant.crm.order_queries import top_categories

LEAD_PRIORITY = {"S": 70, "A": 55, "B": 35, "C": 15, "D": 5}


class Emphasis(BaseModel):
    """A talking point for the contact."""

    code: str
    text_zh: str
    text_en: str


class BriefingItem(Explained):
    """One entry of the to-do list: a customer (or a lead) to contact, with why, how and what.

    ``external_id`` and ``name`` are the customer's (or the lead's), ready to cite.
    """

    kind: str
    customer_id: int | None = None
    lead_id: int | None = None
    external_id: str | None = None
    name: str
    priority: int
    triggers: list[str]
    channel: str | None = None
    best_hours: tuple[int, int] | None = None
    language: str | None = None
    emphasis: list[Emphasis] = []
    record_ids: dict[str, list[int]] = {}


class DailyBriefing(Explained):
    """The briefing of one rep for one day."""

    rep_id: int
    today: dt.date
    items: list[BriefingItem]


def _add(
    items: dict[int, dict],
    cid: int,
    ext: str,
    name: str,
    trigger: str,
    priority: int,
    reasons: list[Reason],
    emphasis: Emphasis,
    records: tuple[str, int] | None = None,
) -> None:
    it = items.setdefault(
        cid,
        {
            "external_id": ext,
            "name": name,
            "priority": 0,
            "triggers": [],
            "reasons": [],
            "emphasis": [],
            "records": {},
        },
    )
    it["priority"] = max(it["priority"], priority) + (5 if it["triggers"] else 0)
    it["triggers"].append(trigger)
    it["reasons"].extend(reasons)
    it["emphasis"].append(emphasis)
    if records:
        it["records"].setdefault(records[0], []).append(records[1])


def daily_briefing(session: Session, *, rep_id: int, today: dt.date, limit: int = 10) -> DailyBriefing:
    """Build the rep's to-do list for ``today``: the ``limit`` most urgent contacts, ranked.

    Args:
        session: Database session.
        rep_id: The rep (user id) whose customers, deals and leads to use.
        today: The day of the briefing.
        limit: Maximum number of items.
    """
    snaps = load_snapshots(session, today=today, owner_ids=[rep_id])
    items: dict[int, dict] = {}
    for cid, s in snaps.items():
        ext, name = s.customer.external_id, s.customer.name
        churn = assess_churn(s)
        if churn.level in ("high", "medium") and not churn.lapsed:
            _add(
                items,
                cid,
                ext,
                name,
                f"churn_{churn.level}",
                80 if churn.level == "high" else 50,
                churn.reasons[:3],
                Emphasis(
                    code="retain",
                    text_zh="主动关怀，了解近期变化和不满，必要时准备优惠召回",
                    text_en="check in, learn what changed, prepare a win-back offer if needed",
                ),
            )
        pred = predict_next_purchase(s.intervals, today=today) if s.intervals else None
        if pred and pred.status in ("due", "overdue") and pred.days_until >= -pred.typical_gap_days:
            _add(
                items,
                cid,
                ext,
                name,
                "reorder_" + pred.status,
                round(45 + 25 * pred.confidence),
                pred.reasons[:2]
                + [
                    Reason(
                        code="expected_reorder",
                        value=pred.expected_date.isoformat(),
                        text_zh=f"预计补货日 {pred.expected_date}",
                        text_en=f"expected reorder {pred.expected_date}",
                    )
                ],
                Emphasis(
                    code="reorder",
                    text_zh="确认补货需求与数量，提前锁定交期",
                    text_en="confirm the reorder and quantities, secure the lead time",
                ),
            )
        o = s.orders
        if o and o.overdue_amount > 0 and o.max_days_overdue >= 7:
            _add(
                items,
                cid,
                ext,
                name,
                "overdue_payment",
                min(75, 40 + round(o.overdue_amount / 2000)),
                [
                    Reason(
                        code="overdue",
                        value=round(o.overdue_amount, 2),
                        text_zh=f"逾期未付 {money(o.overdue_amount)}，最长 {o.max_days_overdue} 天",
                        text_en=f"{money(o.overdue_amount)} overdue, oldest {o.max_days_overdue} days",
                    )
                ],
                Emphasis(
                    code="payment",
                    text_zh="礼貌提醒回款，确认付款计划",
                    text_en="politely remind about payment and agree a date",
                ),
            )
    status = pipeline_status(session, today=today, owner_ids=[rep_id], max_flagged=20)
    for deal in [*status.stalled, *status.past_close]:
        _add(
            items,
            deal.customer_id,
            deal.customer_external_id,
            deal.customer_name,
            "deal_attention",
            min(70, 40 + round(deal.amount / 5000)),
            deal.reasons,
            Emphasis(
                code="advance_deal",
                text_zh=f"推进商机「{deal.name}」：确认决策人、预算和时间表",
                text_en=f"move '{deal.name}' forward: confirm decision maker, budget, timeline",
            ),
            ("opportunities", deal.opportunity_id),
        )
    ranked = sorted(items.items(), key=lambda kv: (-kv[1]["priority"], kv[0]))
    leads = [s for s in lead_scores(session, today=today, owner_ids=[rep_id]) if s.stale and s.grade in "SAB"]
    lead_items = [
        BriefingItem(
            kind="lead",
            lead_id=s.lead_id,
            external_id=s.external_id,
            name=s.company_name,
            priority=LEAD_PRIORITY[s.grade],
            triggers=["lead_stale"],
            reasons=s.reasons[-1:] + s.reasons[:2],
            emphasis=[
                Emphasis(
                    code="first_contact",
                    text_zh="尽快跟进，确认需求与采购时间",
                    text_en="follow up now: confirm needs and buying timeline",
                )
            ],
        )
        for s in leads
    ]
    top = ranked[:limit]
    ids = [cid for cid, _ in top]
    prefs = communication_preferences(session, customer_ids=ids, today=today) if ids else {}
    cats = top_categories(session, customer_ids=ids, today=today) if ids else {}
    out = []
    for cid, it in top:
        pref = prefs.get(cid)
        emphasis = list({e.code: e for e in it["emphasis"]}.values())
        if cats.get(cid):
            names = "、".join(cats[cid][:2])
            emphasis.append(
                Emphasis(
                    code="products",
                    text_zh=f"重点推荐其常购品类：{names}",
                    text_en=f"focus on the categories it buys: {', '.join(cats[cid][:2])}",
                )
            )
        out.append(
            BriefingItem(
                kind="customer",
                customer_id=cid,
                external_id=it["external_id"],
                name=it["name"],
                priority=it["priority"],
                triggers=it["triggers"],
                reasons=it["reasons"] + (pref.reasons[:2] if pref else []),
                channel=pref.channel if pref else None,
                best_hours=pref.best_hours if pref else None,
                language=pref.language if pref else None,
                emphasis=emphasis,
                record_ids={"customers": [cid], **it["records"]},
            )
        )
    merged = sorted([*out, *lead_items], key=lambda i: -i.priority)[:limit]
    summary = Reason(
        code="briefing",
        value=len(merged),
        text_zh=f"今日建议联系 {len(merged)} 位（客户 {sum(i.kind == 'customer' for i in merged)}，"
        f"线索 {sum(i.kind == 'lead' for i in merged)}）",
        text_en=f"{len(merged)} contacts suggested today "
        f"({sum(i.kind == 'customer' for i in merged)} customers, "
        f"{sum(i.kind == 'lead' for i in merged)} leads)",
    )
    return DailyBriefing(rep_id=rep_id, today=today, items=merged, reasons=[summary])

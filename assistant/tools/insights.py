"""Customer and lead insight tools: the analytics results, scoped to the caller, with their reasons.

``churn_risk``, ``next_purchase``, ``lead_scores`` and ``daily_briefing``. The analytics
results carry the external ids and names the answers cite, so these tools only reshape
them. The pipeline and forecast tools are in :mod:`assistant.tools.pipeline`.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import select

from assistant.analytics.briefing import daily_briefing as build_briefing
from assistant.analytics.churn import churn_risks
from assistant.analytics.lead_scoring import lead_scores as score_leads
from assistant.analytics.next_purchase import NextPurchase, customers_due, next_purchases
from assistant.crm.lookup import Match
from assistant.crm.models import Customer
from assistant.tools import common as C
from assistant.tools import results as R
from assistant.tools.base import Call, ToolError, crm_tool
from assistant.tools.customers import place_filters
from assistant.tools.schemas import (
    ChurnRiskArgs,
    DailyBriefingArgs,
    LeadScoresArgs,
    NextPurchaseArgs,
)


def _one_customer(call: Call, ref: str | None) -> Match | None | R.Result:
    """Resolve the optional ``customer`` argument: None when absent, else the match or the result to return."""
    if not ref:
        return None
    return C.customer(call, ref)


@crm_tool("churn_risk")
def churn_risk(call: Call, args: ChurnRiskArgs) -> R.Result:
    """Churn risk of one customer, or the caller's at-risk customers, riskiest first."""
    found = _one_customer(call, args.customer)
    if isinstance(found, dict):
        return found
    ids = [found.id] if found else _placed(call, args)
    owners, rep = call.scope.owner_ids, None
    if args.rep_login and not found:  # "他有哪些客户快流失了" about a rep the caller may see
        rep = C.rep(call, args.rep_login)
        if isinstance(rep, dict):
            return rep
        owners = [rep.id]
    risks = [] if ids == [] else churn_risks(  # no customer in the place asked: none at risk there
        call.session,
        today=call.ctx.today,
        owner_ids=owners,
        customer_ids=ids,
        min_level="low" if found or args.level else "medium",
        include_lapsed=bool(found),
    )
    if args.level:
        risks = [r for r in risks if r.level == args.level]
    shown = risks[: args.limit]
    items = [
        {
            "customer": {"id": r.customer_external_id, "name": r.customer_name},
            "level": r.level,
            "score": r.score,
            "lapsed": r.lapsed,
            "days_since_order": r.days_since_order,
            "reasons": R.reasons_of(r.reasons),
        }
        for r in shown
    ]
    return R.ok(
        records=[R.record("customer", r.customer_external_id, r.customer_name) for r in shown],
        total=len(risks),
        risks=items,
        **({"rep": {"login": rep.login, "name": rep.name}} if rep else {}),
        **({"group": asked} if (asked := _asked(args)) and not found else {}),
    )


def _asked(args: ChurnRiskArgs) -> dict[str, str]:
    """Return the place / industry filters the call names ("my German customers")."""
    return {k: v for k, v in (("country", args.country), ("city", args.city), ("industry", args.industry)) if v}


def _placed(call: Call, args: ChurnRiskArgs) -> list[int] | None:
    """Return the ids of the customers in the place / industry asked (None: no such filter)."""
    filters = place_filters(args.country, args.city, args.industry)
    if not filters:
        return None
    return list(call.session.scalars(select(Customer.id).where(*filters)))


@crm_tool("next_purchase")
def next_purchase(call: Call, args: NextPurchaseArgs) -> R.Result:
    """Predict the next order of one customer, or the customers due to reorder within N days."""
    found = _one_customer(call, args.customer)
    if isinstance(found, dict):
        return found
    s, today, owners = call.session, call.ctx.today, call.scope.owner_ids
    if args.customers and not found:  # "which of those will reorder": only the customers just listed
        return _group_due(call, args)
    if found:
        preds = list(next_purchases(s, today=today, owner_ids=owners, customer_ids=[found.id]).values())
        if not preds:
            return R.ok(
                records=[R.record("customer", found.external_id, found.name)],
                total=0,
                predictions=[],
                note="fewer than two orders: no reorder rhythm yet",
                note_zh="订单少于两次，尚无法预测补货周期",
            )
    else:
        preds = customers_due(s, today=today, days=args.within_days, owner_ids=owners)
    shown = preds[: args.limit]
    return R.ok(
        records=[R.record("customer", p.customer_external_id, p.customer_name) for p in shown],
        total=len(preds),
        within_days=args.within_days,
        predictions=[_prediction(p) for p in shown],
    )


def _group_due(call: Call, args: NextPurchaseArgs) -> R.Result:
    """Return which of the named customers (in the caller's scope) are due to reorder within the window."""
    group, missing, first_miss = C.customers(call, args.customers or [])
    if not group:
        return first_miss or R.not_found("customer", ", ".join(args.customers or []))
    preds = customers_due(
        call.session, today=call.ctx.today, days=args.within_days, owner_ids=call.scope.owner_ids,
        customer_ids=list(group),
    )  # fmt: skip
    shown = preds[: args.limit]
    due = {p.customer_id for p in preds}
    return R.ok(
        records=[R.record("customer", p.customer_external_id, p.customer_name) for p in shown],
        total=len(preds), within_days=args.within_days, predictions=[_prediction(p) for p in shown],
        among=len(group), not_due=[m.name for i, m in group.items() if i not in due],
        **({"not_found": missing} if missing else {}),
    )  # fmt: skip


def _prediction(p: NextPurchase) -> dict[str, Any]:
    """Return one prediction as the tool reports it."""
    return {
        "customer": {"id": p.customer_external_id, "name": p.customer_name},
        "last_order": C.iso(p.last_order),
        "expected_date": C.iso(p.expected_date),
        "days_until": p.days_until,
        "status": p.status,
        "typical_gap_days": p.typical_gap_days,
        "confidence": p.confidence_level,
        "seasonal": p.seasonal,
        "reasons": R.reasons_of(p.reasons),
    }


@crm_tool("lead_scores")
def lead_scores(call: Call, args: LeadScoresArgs) -> R.Result:
    """Score and grade the caller's open leads and graded, best first."""
    scores = score_leads(call.session, today=call.ctx.today, owner_ids=call.scope.owner_ids)
    if args.grade:
        scores = [s for s in scores if s.grade == args.grade]
    shown = scores[: args.limit]
    items = [
        {
            "id": s.external_id,
            "company": s.company_name,
            "grade": s.grade,
            "score": s.score,
            "status": s.status,
            "stale": s.stale,
            "days_since_activity": s.days_since_activity,
            "reasons": R.reasons_of(s.reasons),
        }
        for s in shown
    ]
    return R.ok(
        records=[R.record("lead", s.external_id, s.company_name) for s in shown],
        total=len(scores),
        leads=items,
    )


@crm_tool("daily_briefing")
def daily_briefing(call: Call, args: DailyBriefingArgs) -> R.Result:
    """Build the caller's to-do list for a day: who to contact, why, how, when and what to say."""
    day = _day(call.ctx.today, args.date)
    br = build_briefing(call.session, rep_id=call.scope.user.id, today=day)
    items = []
    for it in br.items:
        items.append(
            {
                "kind": it.kind,
                "customer": {"id": it.external_id, "name": it.name} if it.customer_id else None,
                "lead": {"id": it.external_id, "name": it.name} if it.lead_id else None,
                "priority": it.priority,
                "triggers": it.triggers,
                "channel": it.channel,
                "best_hours": it.best_hours,
                "language": it.language,
                "emphasis": [{"text_zh": e.text_zh, "text_en": e.text_en} for e in it.emphasis],
                "reasons": R.reasons_of(it.reasons),
            }
        )
    records = [R.record("customer" if i.customer_id else "lead", i.external_id, i.name) for i in br.items]
    return R.ok(records=records, reasons=br.reasons, date=day.isoformat(), items=items)


def _day(today: dt.date, text: str | None) -> dt.date:
    t = (text or "today").strip().lower()
    if t in ("today", "今天"):
        return today
    if t in ("tomorrow", "明天"):
        return today + dt.timedelta(days=1)
    try:
        return dt.date.fromisoformat(t)
    except ValueError as exc:
        raise ToolError(
            f"date must be YYYY-MM-DD, today or tomorrow (got {text!r})", "日期格式应为 YYYY-MM-DD"
        ) from exc

"""Analytics tools: the analytics results, scoped to the caller, with their reasons.

``churn_risk``, ``next_purchase``, ``pipeline_status``, ``sales_forecast``, ``lead_scores``
and ``daily_briefing``.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from assistant.analytics.briefing import daily_briefing as build_briefing
from assistant.analytics.churn import churn_risks
from assistant.analytics.forecast import sales_forecast as forecast
from assistant.analytics.lead_scoring import lead_scores as score_leads
from assistant.analytics.next_purchase import customers_due, next_purchases
from assistant.analytics.pipeline import pipeline_status as pipeline
from assistant.crm.models import Customer, Lead
from assistant.tools import common as C
from assistant.tools import results as R
from assistant.tools.base import Call, ToolError, crm_tool
from assistant.tools.schemas import (
    ChurnRiskArgs,
    DailyBriefingArgs,
    LeadScoresArgs,
    NextPurchaseArgs,
    PipelineStatusArgs,
    SalesForecastArgs,
)


def _ext_ids(call: Call, ids: list[int]) -> dict[int, str]:
    if not ids:
        return {}
    return dict(
        call.session.execute(select(Customer.id, Customer.external_id).where(Customer.id.in_(ids))).all()
    )


def _one_customer(call: Call, ref: str | None) -> list[int] | None | R.Result:
    if not ref:
        return None
    found = C.customer(call, ref)
    return found if isinstance(found, dict) else [found.id]


@crm_tool("churn_risk")
def churn_risk(call: Call, args: ChurnRiskArgs) -> R.Result:
    """Churn risk of one customer, or the caller's at-risk customers, riskiest first."""
    ids = _one_customer(call, args.customer)
    if isinstance(ids, dict):
        return ids
    risks = churn_risks(
        call.session,
        today=call.ctx.today,
        owner_ids=call.scope.owner_ids,
        customer_ids=ids,
        min_level="low" if ids or args.level else "medium",
        include_lapsed=bool(ids),
    )
    if args.level:
        risks = [r for r in risks if r.level == args.level]
    ext = _ext_ids(call, [r.customer_id for r in risks[: args.limit]])
    shown = risks[: args.limit]
    items = [
        {
            "customer": {"id": ext[r.customer_id], "name": r.customer_name},
            "level": r.level,
            "score": r.score,
            "lapsed": r.lapsed,
            "days_since_order": r.days_since_order,
            "reasons": R.reasons_of(r.reasons),
        }
        for r in shown
    ]
    return R.ok(
        records=[R.record("customer", ext[r.customer_id], r.customer_name) for r in shown],
        total=len(risks),
        risks=items,
    )


@crm_tool("next_purchase")
def next_purchase(call: Call, args: NextPurchaseArgs) -> R.Result:
    """Predict the next order of one customer, or the customers due to reorder within N days."""
    ids = _one_customer(call, args.customer)
    if isinstance(ids, dict):
        return ids
    s, today, owners = call.session, call.ctx.today, call.scope.owner_ids
    if ids:
        preds = list(next_purchases(s, today=today, owner_ids=owners, customer_ids=ids).values())
        if not preds:
            name = s.get(Customer, ids[0])
            return R.ok(
                records=[R.record("customer", name.external_id, name.display_name)] if name else [],
                total=0,
                predictions=[],
                note="fewer than two orders: no reorder rhythm yet",
                note_zh="订单少于两次，尚无法预测补货周期",
            )
    else:
        preds = customers_due(s, today=today, days=args.within_days, owner_ids=owners)
    shown = preds[: args.limit]
    ext = _ext_ids(call, [p.customer_id for p in shown])
    items = [
        {
            "customer": {"id": ext[p.customer_id], "name": p.customer_name},
            "last_order": C.iso(p.last_order),
            "expected_date": C.iso(p.expected_date),
            "days_until": p.days_until,
            "status": p.status,
            "typical_gap_days": p.typical_gap_days,
            "confidence": p.confidence_level,
            "seasonal": p.seasonal,
            "reasons": R.reasons_of(p.reasons),
        }
        for p in shown
    ]
    return R.ok(
        records=[R.record("customer", ext[p.customer_id], p.customer_name) for p in shown],
        total=len(preds),
        within_days=args.within_days,
        predictions=items,
    )


def _deal_flags(flags: list, ext: dict[int, str], k: int = 5) -> list[dict[str, object]]:
    return [
        {
            "id": f.external_id,
            "name": f.name,
            "customer": {"id": ext.get(f.customer_id), "name": f.customer_name},
            "stage": f.stage,
            "amount_usd": C.money(f.amount),
            "days_in_stage": f.days_in_stage,
            "days_past_close": f.days_past_close,
            "reasons": R.reasons_of(f.reasons),
        }
        for f in flags[:k]
    ]


@crm_tool("pipeline_status")
def pipeline_status(call: Call, args: PipelineStatusArgs) -> R.Result:
    """Summarise the pipeline of the caller, their team or everyone over a period."""
    owners = C.owners_for_scope(call, args.scope)
    p = C.period(call, args.period, "this_quarter")
    st = pipeline(
        call.session,
        today=call.ctx.today,
        owner_ids=owners,
        period_start=p.start,
        period_end=min(p.end, call.ctx.today),
    )
    flags = [*st.stalled[:5], *st.past_close[:5]]
    ext = _ext_ids(call, [f.customer_id for f in flags])
    records = list({f.external_id: R.record("deal", f.external_id, f.name) for f in flags}.values())
    attention = {
        "stalled": _deal_flags(st.stalled, ext),
        "stalled_total": len(st.stalled),
        "past_close": _deal_flags(st.past_close, ext),
        "past_close_total": len(st.past_close),
    }
    if args.stalled_only:
        return R.ok(records=records, scope=args.scope, period=p.to_dict(), currency=C.currency(), **attention)
    stages = [
        {
            "stage": s.stage,
            "stage_zh": s.stage_zh,
            "count": s.count,
            "amount": s.amount,
            "weighted": s.weighted_amount,
            "count_week_ago": s.count_week_ago,
            "conversion_to_next": s.conversion_to_next,
        }
        for s in st.stages
    ]
    return R.ok(
        records=records,
        reasons=st.reasons,
        scope=args.scope,
        period=p.to_dict(),
        currency=C.currency(),
        open_count=st.open_count,
        open_amount=st.open_amount,
        weighted_amount=st.weighted_amount,
        open_amount_week_ago=st.open_amount_week_ago,
        new_deals=st.new_deals,
        won_count=st.won_count,
        won_amount=st.won_amount,
        lost_count=st.lost_count,
        lost_amount=st.lost_amount,
        win_rate=st.win_rate,
        stages=stages,
        **attention,
    )


@crm_tool("sales_forecast")
def sales_forecast(call: Call, args: SalesForecastArgs) -> R.Result:
    """Forecast a future (or the current) month or quarter for the requested scope."""
    owners = C.owners_for_scope(call, args.scope)
    p = C.period(call, args.period, "next_month")
    today = call.ctx.today
    if p.kind not in ("month", "quarter"):
        raise ToolError(
            f"a forecast is for a month or a quarter, not {p.label}", "预测的时间范围须为某个月或某个季度"
        )
    if p.end < today.replace(day=1):
        raise ToolError(
            f"{p.label} is in the past; ask pipeline_status or the order history for actuals",
            f"{p.label} 已经过去，无法预测；可查询实际业绩",
        )
    horizon = (p.end.year * 12 + p.end.month) - (today.year * 12 + today.month) + 1
    if horizon > 12:
        raise ToolError("the forecast reaches at most 12 months ahead", "预测最多覆盖未来 12 个月")
    fc = forecast(call.session, today=today, horizon_months=horizon, owner_ids=owners)
    key = f"{p.start.year}Q{(p.start.month - 1) // 3 + 1}" if p.kind == "quarter" else f"{p.start:%Y-%m}"
    entries = fc.quarters if p.kind == "quarter" else fc.months
    entry = next((e for e in entries if e.period == key), None)
    months = [
        m.model_dump() for m in fc.months if p.start <= dt.date.fromisoformat(m.period + "-01") <= p.end
    ]
    if entry is None:  # defensive: every month and quarter in the horizon has an entry
        raise ToolError(f"no forecast for {p.label}", f"无法预测 {p.label}")
    return R.ok(
        reasons=fc.reasons,
        scope=args.scope,
        period=p.to_dict(),
        currency=C.currency(),
        forecast=entry.forecast,
        low=entry.low,
        high=entry.high,
        history_part=entry.history_forecast,
        pipeline_part=entry.pipeline_weighted,
        actual_to_date=entry.actual_to_date,
        months=months if p.kind == "quarter" else [],
        backtest_mape=fc.backtest_mape,
        seasonal=fc.seasonal,
    )


@crm_tool("lead_scores")
def lead_scores(call: Call, args: LeadScoresArgs) -> R.Result:
    """Score and grade the caller's open leads and graded, best first."""
    scores = score_leads(call.session, today=call.ctx.today, owner_ids=call.scope.owner_ids)
    if args.grade:
        scores = [s for s in scores if s.grade == args.grade]
    shown = scores[: args.limit]
    ext = (
        dict(
            call.session.execute(
                select(Lead.id, Lead.external_id).where(Lead.id.in_([s.lead_id for s in shown]))
            ).all()
        )
        if shown
        else {}
    )
    items = [
        {
            "id": ext.get(s.lead_id),
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
        records=[R.record("lead", ext.get(s.lead_id), s.company_name) for s in shown],
        total=len(scores),
        leads=items,
    )


@crm_tool("daily_briefing")
def daily_briefing(call: Call, args: DailyBriefingArgs) -> R.Result:
    """Build the caller's to-do list for a day: who to contact, why, how, when and what to say."""
    day = _day(call.ctx.today, args.date)
    br = build_briefing(call.session, rep_id=call.scope.user.id, today=day)
    ext = _ext_ids(call, [i.customer_id for i in br.items if i.customer_id])
    items = []
    for it in br.items:
        items.append(
            {
                "kind": it.kind,
                "customer": {"id": ext.get(it.customer_id), "name": it.name} if it.customer_id else None,
                "lead": {"id": it.lead_id, "name": it.name} if it.lead_id else None,
                "priority": it.priority,
                "triggers": it.triggers,
                "channel": it.channel,
                "best_hours": it.best_hours,
                "language": it.language,
                "emphasis": [{"text_zh": e.text_zh, "text_en": e.text_en} for e in it.emphasis],
                "reasons": R.reasons_of(it.reasons),
            }
        )
    records = [
        R.record("customer", ext[i.customer_id], i.name)
        if i.customer_id
        else R.record("lead", i.lead_id, i.name)
        for i in br.items
    ]
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

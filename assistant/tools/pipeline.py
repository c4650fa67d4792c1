"""Pipeline and forecast tools: ``pipeline_status`` and ``sales_forecast`` for the caller, their team or everyone."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import true

from assistant.analytics.deal_flags import DealFlag, flag_deals
from assistant.analytics.forecast import sales_forecast as forecast
from assistant.analytics.pipeline import pipeline_status as pipeline
from assistant.crm.models import Opportunity
from assistant.tools import common as C
from assistant.tools import results as R
from assistant.tools import teams
from assistant.tools.base import Call, ToolError, crm_tool
from assistant.tools.pipeline_top import deal_brief, largest_open, open_by_rep
from assistant.tools.schemas import PipelineStatusArgs, SalesForecastArgs


def _deal_flags(flags: list[DealFlag], k: int = 5) -> list[dict[str, object]]:
    return [
        {
            **deal_brief(f),
            "days_in_stage": f.days_in_stage,
            "days_past_close": f.days_past_close,
            "reasons": R.reasons_of(f.reasons),
        }
        for f in flags[:k]
    ]

LISTED_STUCK = 12  # deals listed when the stuck/overdue deals are the whole question


@crm_tool("pipeline_status")
def pipeline_status(call: Call, args: PipelineStatusArgs) -> R.Result:
    """Summarise the pipeline of the caller, their team, everyone, or one rep over a period."""
    rep_info: dict[str, str] | None = None
    if args.rep_login:  # one rep's deals: only a rep the caller may see (else a clear denial)
        rep = C.rep(call, args.rep_login)
        if isinstance(rep, dict):
            return rep
        owners: list[int] | None = [rep.id]
        rep_info = {"login": rep.login, "name": rep.name}
    elif args.team:  # "欧美组的管道": that team's reps (a manager: only their own team)
        named = teams.named_team_owners(call, args.team)
        if isinstance(named, dict):
            return named
        owners = named[1]
    else:
        owners = C.owners_for_scope(call, args.scope)
    scope = "rep" if rep_info else "team" if args.team else args.scope
    p = C.period(call, args.period, "this_quarter")
    st = pipeline(
        call.session,
        today=call.ctx.today,
        owner_ids=owners,
        period_start=p.start,
        period_end=min(p.end, call.ctx.today),
        max_flagged=None,  # counts and "the longest stuck" over every flagged deal, not the 50 largest
    )
    if (
        args.customers
    ):  # "do Shenghe and Hengjia have open deals?": those customers' open deals, largest first
        return _customers_deals(call, args, owners, scope, rep_info)
    if args.stage:  # "what's sitting in negotiation": the open deals in that stage, largest first
        deals = flag_deals(call.session, Opportunity.stage == args.stage, call.ctx.today, owners, limit=50)
        return R.ok(
            records=[R.record("deal", f.external_id, f.name) for f in deals[:10]],
            scope=scope, rep=rep_info, stage=args.stage, currency=C.currency(), total=len(deals),
            amount_usd=C.money(sum(f.amount for f in deals)), deals=_deal_flags(deals, 10),
        )  # fmt: skip
    # "stuck deals": the longest without a stage change first
    stalled = sorted(st.stalled, key=lambda f: (-f.days_in_stage, -f.amount))
    k = LISTED_STUCK if args.stalled_only else 5  # "which deals are stuck?": the list is the answer
    flags = [*stalled[:k], *st.past_close[:k]]
    records = list({f.external_id: R.record("deal", f.external_id, f.name) for f in flags}.values())
    attention = {
        "stalled": _deal_flags(stalled, k),
        "stalled_total": len(st.stalled),
        "past_close": _deal_flags(st.past_close, k),
        "past_close_total": len(st.past_close),
        "longest_stuck": _deal_flags(stalled, 1),
    }
    if args.stalled_only:
        return R.ok(
            records=records, scope=scope, rep=rep_info, period=p.to_dict(), currency=C.currency(), **attention
        )
    biggest = flag_deals(call.session, true(), call.ctx.today, owners, limit=3)  # "my biggest deal"
    records += [
        R.record("deal", f.external_id, f.name)
        for f in biggest[:1]
        if f.external_id not in {r["id"] for r in records}
    ]
    per_rep = (
        open_by_rep(call.session, owners) if scope != "rep" and (owners is None or len(owners) > 1) else []
    )
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
        scope=scope,
        rep=rep_info,
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
        largest_open=largest_open(biggest),
        **({"open_by_rep": per_rep} if per_rep else {}),
        **attention,
    )


def _customers_deals(
    call: Call,
    args: PipelineStatusArgs,
    owners: list[int] | None,
    scope: str,
    rep_info: dict[str, str] | None,
) -> R.Result:
    """Return the open deals of the named customers in the caller's scope, and which of them have none."""
    found, missing, first_miss = C.customers(call, args.customers or [])
    ids = {i: (m.external_id, m.name) for i, m in found.items()}
    if not ids:
        return first_miss or R.not_found("customer", ", ".join(args.customers or []))
    deals = flag_deals(call.session, Opportunity.customer_id.in_(list(ids)), call.ctx.today, owners, limit=50)
    count = {ext: sum(1 for f in deals if f.customer_external_id == ext) for ext, _ in ids.values()}
    return R.ok(
        records=[R.record("deal", f.external_id, f.name) for f in deals[:10]],
        scope=scope, rep=rep_info, currency=C.currency(), total=len(deals),
        amount_usd=C.money(sum(f.amount for f in deals)), deals=_deal_flags(deals, 10),
        customers=[{"id": ext, "name": n, "open_deals": count[ext]} for ext, n in ids.values()],
        without_deals=[n for ext, n in ids.values() if not count[ext]],
        **({"not_found": missing} if missing else {}),
    )  # fmt: skip


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

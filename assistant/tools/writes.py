"""Write tools: ``log_activity``, ``save_summary`` and ``update_deal_stage``, each confirmed first.

A write tool resolves and validates everything, then pauses the graph with
``interrupt({"tool", "args", "summary", "summary_zh", "check"})``. The run resumes with
``{"approved": bool, "check": <the check shown>}``; the tool then runs again from the
start in a fresh session: it re-reads the record (still there, still in scope, the
transition still valid), refuses if what it would write differs from what the user
approved, and writes in one transaction. A rejection writes nothing. Outside a graph
run the tool returns ``needs_confirmation`` instead of writing.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from langgraph.types import interrupt

from assistant.crm.models import OPEN_STAGES, PLANNED, Activity, Customer, Opportunity, StageChange
from assistant.crm.vocabulary import ACTIVITY_TYPE_ZH, STAGE_PROBABILITY, STAGE_ZH
from assistant.db import utcnow
from assistant.tools import common as C
from assistant.tools import results as R
from assistant.tools.base import Call, ToolError, crm_tool
from assistant.tools.schemas import LogActivityArgs, SaveSummaryArgs, UpdateDealStageArgs
from assistant.tools.summaries import summarize_for, summary_view

ACTIVITY_CHANNEL = {
    "call": "phone",
    "email": "email",
    "chat": "wecom",
    "meeting": "offline",
    "visit": "offline",
    "inquiry": "other",
    "note": "other",
}


def confirm(
    tool: str, args: dict[str, Any], summary: str, summary_zh: str, check: dict[str, Any]
) -> R.Result | None:
    """Ask the user to approve a write; None when approved and unchanged, else the result to return."""
    payload = {
        "tool": tool,
        "args": {k: v for k, v in args.items() if v is not None},
        "summary": summary,
        "summary_zh": summary_zh,
        "check": check,
    }
    try:
        answer = interrupt(payload)
    except RuntimeError:  # not inside a graph run: nothing to pause, so nothing is written
        return {
            "status": "needs_confirmation",
            "action": tool,
            **{k: payload[k] for k in ("args", "summary", "summary_zh")},
        }
    approved = answer is True or (isinstance(answer, dict) and answer.get("approved") is True)
    if not approved:
        return R.cancelled(tool)
    if isinstance(answer, dict) and answer.get("check") not in (None, check):
        raise ToolError(
            "The record changed after you confirmed; nothing was written. Please check and ask again.",
            "确认后记录已发生变化，未写入任何内容，请核对后重试。",
        )
    return None


def _when(text: str | None, today: dt.date) -> dt.datetime:
    """Return when the activity happened: ``text``, or the conversation's today at the current time."""
    if not text:
        return dt.datetime.combine(today, utcnow().time().replace(microsecond=0))
    try:
        value = dt.datetime.fromisoformat(text.strip())
    except ValueError as exc:
        raise ToolError(
            f"occurred_at must be YYYY-MM-DD or YYYY-MM-DDTHH:MM (got {text!r})",
            "时间格式应为 YYYY-MM-DD 或 YYYY-MM-DDTHH:MM",
        ) from exc
    if len(text.strip()) == 10:
        value = value.replace(hour=12)
    return value.replace(tzinfo=None)


PLAN_HORIZON_DAYS = 90
"""How far ahead a follow-up may be planned; a later date is most likely mistyped."""


def _planned(args: LogActivityArgs, when: dt.datetime, today: dt.date) -> tuple[str, str, dt.datetime, bool]:
    """Return the type, content and time to log; a future date is a planned follow-up.

    "明天打电话跟进报价" has not happened yet: it is logged today as a note that names the plan
    and its date ("计划跟进（2026-12-01，电话）：…"), never as a call that took place.
    """
    if when.date() <= today:
        return args.type, args.content, when, False
    if when.date() > today + dt.timedelta(days=PLAN_HORIZON_DAYS):  # "2027-12-01" for "12-01": a typo, not a plan
        raise ToolError(
            f"{when:%Y-%m-%d} is more than {PLAN_HORIZON_DAYS} days ahead; nothing was logged. "
            f"Please check the date (a plan may be at most {PLAN_HORIZON_DAYS} days ahead).",
            f"{when:%Y-%m-%d} 距今超过 {PLAN_HORIZON_DAYS} 天，未记录。请核对日期（跟进计划最多提前 {PLAN_HORIZON_DAYS} 天）。",
        )
    kind = ACTIVITY_TYPE_ZH.get(args.type, args.type)
    content = f"计划跟进（{when:%Y-%m-%d}，{kind}）/ Planned {args.type} on {when:%Y-%m-%d}: {args.content}"
    return "note", content, _when(None, today), True


@crm_tool("log_activity")
def log_activity(call: Call, args: LogActivityArgs) -> R.Result:
    """Log an interaction with a customer in scope, after confirmation."""
    found = C.customer(call, args.customer)
    if isinstance(found, dict):
        return found
    planned_at = _when(args.occurred_at, call.ctx.today)
    kind, content, when, planned = _planned(args, planned_at, call.ctx.today)
    snippet = args.content if len(args.content) <= 60 else args.content[:60] + "…"
    stop = confirm(
        "log_activity",
        args.model_dump(),
        f"Log a follow-up plan for {found.name} ({args.type} on {planned_at:%Y-%m-%d}): {snippet}"
        if planned
        else f"Log a {args.type} with {found.name} on {when:%Y-%m-%d}: {snippet}",
        f"为 {found.name} 记录一条跟进计划（{planned_at:%Y-%m-%d} {ACTIVITY_TYPE_ZH[args.type]}）：{snippet}"
        if planned
        else f"为 {found.name} 记录一条{ACTIVITY_TYPE_ZH[args.type]}（{when:%Y-%m-%d}）：{snippet}",
        {"customer_id": found.id, "owner_id": found.owner_id},
    )
    if stop:
        return stop
    act = Activity(
        customer_id=found.id,
        rep_id=call.scope.user.id,
        type=kind,
        direction=PLANNED if planned else "inbound" if kind == "inquiry" else "outbound",
        channel=ACTIVITY_CHANNEL[kind],
        occurred_at=when,
        content=content,
        source="assistant",
    )
    call.session.add(act)
    call.session.flush()
    return R.ok(
        records=[
            R.record("customer", found.external_id, found.name),
            R.record("activity", act.id, kind),
        ],
        written={
            "activity_id": act.id,
            "customer": found.name,
            "type": kind,
            "planned_for": planned_at.date().isoformat() if planned else None,
            "plan": {"type": args.type, "content": snippet} if planned else None,
            "occurred_at": when.isoformat(timespec="minutes"),
        },
    )


@crm_tool("save_summary")
def save_summary(call: Call, args: SaveSummaryArgs) -> R.Result:
    """Summarise a conversation and store it on the customer, after confirmation."""
    from assistant.summaries import SaveError
    from assistant.summaries import save_summary as store

    found = C.customer(call, args.customer)
    if isinstance(found, dict):
        return found
    summary = summarize_for(call, args.text, found.id)
    view = summary_view(summary, args.text)
    note = " ".join(args.text.split())
    quoted = len(note) <= 300 and "\n" not in args.text.strip()  # a one-line note is saved word for word: show it
    stop = confirm(
        "save_summary",
        {"customer": args.customer},
        f"Save this summary to {found.name}: {summary.headline}" + (f"\nNote: {note}" if quoted else ""),
        f"把以下摘要保存到 {found.name}：{summary.headline}" + (f"\n原文：{note}" if quoted else ""),
        {"customer_id": found.id, "owner_id": found.owner_id},
    )
    if stop:
        return stop if stop["status"] != "needs_confirmation" else {**stop, "summary_preview": view}
    try:
        act = store(
            call.session, customer_id=found.id, rep_id=call.scope.user.id, summary=summary, content=args.text
        )
    except SaveError as exc:
        raise ToolError(str(exc), "摘要未保存：" + str(exc)) from exc
    call.session.flush()
    return R.ok(
        records=[
            R.record("customer", found.external_id, found.name),
            R.record("activity", act.id, "summary"),
        ],
        written={"activity_id": act.id, "customer": found.name},
        summary=view,
    )


@crm_tool("update_deal_stage")
def update_deal_stage(call: Call, args: UpdateDealStageArgs) -> R.Result:
    """Move one open deal in scope to another stage, after confirmation."""
    found = C.deal(call, args.deal, open_only=True)
    if isinstance(found, dict):
        return found
    deal = call.session.get(Opportunity, found.id, populate_existing=True)
    if deal is None or not call.scope.allows_owner(deal.owner_id):
        return R.not_found("deal", args.deal)
    if deal.stage not in OPEN_STAGES:
        raise ToolError(
            f"{deal.external_id} is already closed ({deal.stage}); closed deals cannot be moved",
            f"{deal.external_id} 已关闭（{STAGE_ZH[deal.stage]}），不能再变更阶段",
        )
    if deal.stage == args.stage:
        raise ToolError(
            f"{deal.external_id} is already in {args.stage}",
            f"{deal.external_id} 已处于{STAGE_ZH[args.stage]}",
        )
    customer = call.session.get(Customer, deal.customer_id)
    cname = customer.display_name if customer else ""
    stop = confirm(
        "update_deal_stage",
        args.model_dump(),
        f"Move {deal.external_id} {deal.name} ({cname}) from {deal.stage} to {args.stage}",
        f"将商机 {deal.external_id} {deal.name}（{cname}）从{STAGE_ZH[deal.stage]}改为{STAGE_ZH[args.stage]}（{args.stage}）",
        {"deal_id": deal.id, "from_stage": deal.stage, "owner_id": deal.owner_id},
    )
    if stop:
        return stop
    now, previous = utcnow(), deal.stage
    deal.stage, deal.probability, deal.stage_changed_at = args.stage, STAGE_PROBABILITY[args.stage], now
    if args.stage in ("won", "lost"):
        deal.closed_at = now
    call.session.add(
        StageChange(
            opportunity_id=deal.id,
            from_stage=previous,
            to_stage=args.stage,
            changed_at=now,
            changed_by_id=call.scope.user.id,
        )
    )
    call.session.flush()
    return R.ok(
        records=[R.record("deal", deal.external_id, deal.name)],
        written={
            "deal": deal.external_id,
            "from_stage": previous,
            "to_stage": args.stage,
            "probability": deal.probability,
        },
    )

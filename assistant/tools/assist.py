"""Tools wired to the other areas: scripts, summaries and compliance.

``suggest_scripts`` (话术库), ``summarize_conversation`` (summaries), ``sensitive_alerts``
and ``scan_text`` (compliance).

These are allowed for QA (scripts, summaries, alerts, scanning: no customer financials).
Alerts are scoped like everything else: QA and admins see every alert, a manager their
team's, a rep their own.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from assistant.crm.models import OPEN_STAGES, Customer, Opportunity
from assistant.crm.sql import day_start
from assistant.identity import find_login
from assistant.tools import common as C
from assistant.tools import results as R
from assistant.tools.base import Call, ToolError, crm_tool
from assistant.tools.schemas import (
    ScanTextArgs,
    SensitiveAlertsArgs,
    SuggestScriptsArgs,
    SummarizeConversationArgs,
)


def summary_view(summary: object) -> dict[str, object]:
    """Return a compact :class:`~assistant.summaries.SalesSummary` for the model (no quote offsets)."""
    s = summary  # SalesSummary; typed loosely to keep the summaries import lazy
    return {
        "headline": s.headline,
        "language": s.language,
        "date": C.iso(s.conversation_date),  # type: ignore[attr-defined]
        "needs": [n.text for n in s.needs],  # type: ignore[attr-defined]
        "progress": [p.text for p in s.progress],  # type: ignore[attr-defined]
        "risks": [{"text": r.text, "severity": r.severity} for r in s.risks],  # type: ignore[attr-defined]
        "next_steps": [{"text": n.text, "due": C.iso(n.due)} for n in s.next_steps],  # type: ignore[attr-defined]
        "sentiment": s.sentiment.label,  # type: ignore[attr-defined]
    }


@crm_tool("suggest_scripts")
def suggest_scripts(call: Call, args: SuggestScriptsArgs) -> R.Result:
    """Scripts for the situation, personalised by the customer's tags and open deal stage when given."""
    from knowledge.suggest import suggest_scripts as suggest

    tags: list[str] = []
    stage = None
    records = []
    if args.customer and call.ctx.role != "qa":
        found = C.customer(call, args.customer)
        if isinstance(found, dict):
            return found
        cust = call.session.get(Customer, found.id)
        tags = list(cust.tags or []) if cust else []
        stage = call.session.scalar(
            select(Opportunity.stage)
            .where(Opportunity.customer_id == found.id, Opportunity.stage.in_(OPEN_STAGES))
            .order_by(Opportunity.expected_close_date)
            .limit(1)
        )
        records.append(R.record("customer", found.external_id, found.name))
    try:
        hits = suggest(
            args.query, scenario=args.scenario, stage=stage, customer_tags=tags, k=3, session=call.session
        )
    except ValueError as exc:
        raise ToolError(str(exc), "无法检索话术：" + str(exc)) from exc
    records += [R.record("script", h.id, h.title) for h in hits]
    if not hits:
        return R.not_found("script", args.query)
    return R.ok(
        records=records,
        scripts=[
            {
                "id": h.id,
                "title": h.title,
                "scenario": h.scenario,
                "language": h.language,
                "text": h.text,
                "reason": h.reason,
            }
            for h in hits
        ],
    )


@crm_tool("summarize_conversation")
def summarize_conversation(call: Call, args: SummarizeConversationArgs) -> R.Result:
    """Summarise pasted text (nothing is saved; use save_summary to keep it)."""
    from assistant.summaries import SummaryError, latest_summary, summarize_text

    previous, records = None, []
    if args.customer and call.ctx.role != "qa":
        found = C.customer(call, args.customer)
        if isinstance(found, dict):
            return found
        previous = latest_summary(call.session, customer_id=found.id)
        records.append(R.record("customer", found.external_id, found.name))
    try:
        summary = summarize_text(args.text, today=call.ctx.today, previous=previous)
    except SummaryError as exc:
        raise ToolError(str(exc), "无法生成摘要：" + str(exc)) from exc
    return R.ok(records=records, summary=summary_view(summary))


@crm_tool("sensitive_alerts")
def sensitive_alerts(call: Call, args: SensitiveAlertsArgs) -> R.Result:
    """Compliance alerts within the caller's scope, newest first."""
    from assistant.compliance import list_alerts

    since = until = None
    if args.period:
        p = C.period(call, args.period, "last_7_days")
        since, until = day_start(p.start), day_start(p.end + dt.timedelta(days=1))
    allowed = call.scope.alert_owner_ids
    rep_ids: list[int | None] = [None]
    if args.rep_login:
        rep_user = find_login(call.session, args.rep_login)
        rep = rep_user.id if rep_user else None
        if rep is None or (allowed is not None and rep not in allowed):
            return R.not_found("rep", args.rep_login)
        rep_ids = [rep]
    elif allowed is not None:
        rep_ids = list(allowed)
    alerts = []
    for rid in rep_ids:
        alerts += list_alerts(
            call.session,
            severity=args.severity,
            category=args.category,
            rep_id=rid,
            since=since,
            until=until,
            status=args.status,
            limit=args.limit,
        )
    alerts.sort(key=lambda a: (a.occurred_at, a.id), reverse=True)
    alerts = alerts[: args.limit]
    reps = C.logins(call, (a.rep_id for a in alerts))
    items = [
        {
            "id": a.id,
            "at": a.occurred_at.isoformat(timespec="minutes"),
            "rep": reps.get(a.rep_id),
            "category": a.category,
            "severity": a.severity,
            "term": a.term,
            "matched": a.matched,
            "status": a.status,
            "context": (a.highlighted or a.context or "")[:120],
        }
        for a in alerts
    ]
    return R.ok(
        records=[R.record("alert", a.id, f"{a.category}/{a.severity}") for a in alerts],
        total=len(items),
        alerts=items,
    )


@crm_tool("scan_text")
def scan_text(call: Call, args: ScanTextArgs) -> R.Result:
    """Scan a draft for sensitive words and contact leaks (pure check, nothing stored)."""
    from assistant.compliance import scan_text as scan

    return R.ok(**scan(args.text).to_dict())

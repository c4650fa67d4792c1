"""The summary tool: ``summarize_conversation`` (pasted text → needs, progress, risks, next steps).

Nothing is saved here (``save_summary`` in :mod:`assistant.tools.writes` keeps one, after
confirmation). Allowed for QA; a QA caller's ``customer`` is ignored. :func:`summary_view`
is the compact form of a summary both tools return.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from assistant.tools import common as C
from assistant.tools import results as R
from assistant.tools.base import Call, ToolError, crm_tool
from assistant.tools.schemas import SummarizeConversationArgs

if TYPE_CHECKING:
    from assistant.summaries import SalesSummary


def summary_view(summary: SalesSummary) -> dict[str, Any]:
    """Return a compact :class:`~assistant.summaries.SalesSummary` for the model (no quote offsets)."""
    return {
        "headline": summary.headline,
        "language": summary.language,
        "date": C.iso(summary.conversation_date),
        "needs": [n.text for n in summary.needs],
        "progress": [p.text for p in summary.progress],
        "risks": [{"text": r.text, "severity": r.severity} for r in summary.risks],
        "next_steps": [{"text": n.text, "due": C.iso(n.due)} for n in summary.next_steps],
        "sentiment": summary.sentiment.label,
        "since_last_time": _changes_view(summary),
    }


def _changes_view(summary: SalesSummary) -> dict[str, Any] | None:
    """Return what changed since the customer's previous summary (None without one), for the model."""
    ch = summary.changes
    if ch is None:
        return None
    return {
        "previous_date": C.iso(ch.previous_date),
        "needs_changed": [n.text for n in summary.needs if n.status == "changed"],
        "needs_dropped": ch.needs_dropped,
        "risks_new": ch.risks_new,
        "risks_resolved": ch.risks_resolved,
        "last_steps": [{"action": s.action, "status": s.status, "evidence": s.evidence} for s in ch.steps],
    }


@crm_tool("summarize_conversation")
def summarize_conversation(call: Call, args: SummarizeConversationArgs) -> R.Result:
    """Summarise pasted text (nothing is saved; use save_summary to keep it)."""
    from assistant.summaries import SummaryError, summarize_text, summary_history

    previous, activities, records = None, [], []
    if args.customer and call.ctx.role != "qa":
        found = C.customer(call, args.customer)
        if isinstance(found, dict):
            return found
        previous, activities = summary_history(call.session, customer_id=found.id, text=args.text)
        records.append(R.record("customer", found.external_id, found.name))
    try:
        summary = summarize_text(args.text, today=call.ctx.today, previous=previous, activities=activities)
    except SummaryError as exc:
        raise ToolError(str(exc), "无法生成摘要：" + str(exc)) from exc
    return R.ok(records=records, summary=summary_view(summary))

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
    }


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

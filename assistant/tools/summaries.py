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
from assistant.tools.summary_points import key_facts_view, open_points

if TYPE_CHECKING:
    from assistant.summaries import Catalog, SalesSummary


def summary_view(summary: SalesSummary, text: str = "") -> dict[str, Any]:
    """Return a compact :class:`~assistant.summaries.SalesSummary` for the model (no quote offsets).

    With the summarised ``text``, also the utterances that left something open ("价格还要再谈").
    """
    return {
        "headline": summary.headline,
        "language": summary.language,
        "date": C.iso(summary.conversation_date),
        "needs": [n.text for n in summary.needs],
        "progress": [p.text for p in summary.progress],
        "risks": [{"text": r.text, "severity": r.severity} for r in summary.risks],
        "next_steps": [
            {"text": n.text, "due": C.iso(n.due), "due_text": n.due_text} for n in summary.next_steps
        ],
        "key_facts": key_facts_view(summary),
        "open_points": open_points(text) if text else [],
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


def summarize_for(
    call: Call, text: str, customer_id: int | None = None, catalog: Catalog | None = None
) -> SalesSummary:
    """Summarise ``text`` as the caller: the CRM's products and people, and the customer's history.

    Speakers are told apart with the caller and the company's users on our side and the
    customer's contacts on theirs; with a customer, the summary is compared with their previous
    one (never one of ``text`` itself) and last time's next steps with the activities since.

    Raises:
        ToolError: the text is empty or too long.
    """
    from assistant.crm.models import Customer
    from assistant.summaries import Catalog, SummaryError, summarize_text, summary_history
    from assistant.summaries.speakers import Directory

    customer = call.session.get(Customer, customer_id) if customer_id is not None else None
    previous, activities = (
        summary_history(call.session, customer_id=customer.id, text=text) if customer else (None, [])
    )
    try:
        return summarize_text(
            text,
            today=call.ctx.today,
            catalog=catalog or Catalog.from_session(call.session),
            previous=previous,
            activities=activities,
            we_names=(call.scope.user.display_name,),
            directory=Directory.from_crm(call.session, user=call.scope.user, customer=customer),
        )
    except SummaryError as exc:
        raise ToolError(str(exc), "无法生成摘要：" + str(exc)) from exc


@crm_tool("summarize_conversation")
def summarize_conversation(call: Call, args: SummarizeConversationArgs) -> R.Result:
    """Summarise pasted text (nothing is saved; use save_summary to keep it)."""
    found, records = None, []
    if args.customer and call.ctx.role != "qa":
        found = C.customer(call, args.customer)
        if isinstance(found, dict):
            return found
        records.append(R.record("customer", found.external_id, found.name))
    from assistant.summaries import Catalog

    catalog = Catalog.from_session(call.session)  # built once: the summary and its product list share it
    view = summary_view(summarize_for(call, args.text, found.id if found else None, catalog), args.text)
    return R.ok(records=records, summary={**view, "products": mentioned_products(call, args.text, catalog)})


def mentioned_products(call: Call, text: str, catalog: Catalog | None = None) -> list[str]:
    """Return the catalogue products the chat names, in order, each once ("办公椅", "bookshelves").

    ``catalog``: the one already built for this call (default: built from the session).
    """
    from assistant.summaries import Catalog

    seen: dict[str, str] = {}
    for m in (catalog or Catalog.from_session(call.session)).find(text):
        if m.kind == "product":
            seen.setdefault(m.sku or m.name, m.text)
    return list(seen.values())

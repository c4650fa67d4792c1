"""The agent's tools: typed, identity from the run context, scope-checked, audited, compact JSON.

Contract (shared with the graph, the OpenAI-compatible models and the offline engine):

* **Names and arguments** — :data:`assistant.tools.schemas.TOOL_ARGS` maps each tool name
  to its pydantic argument model; the model's docstring is the tool description. Read
  tools: ``find_customers``, ``customer_profile``, ``churn_risk``, ``next_purchase``,
  ``recommend_products``, ``pipeline_status``, ``sales_forecast``, ``lead_scores``,
  ``daily_briefing``, ``suggest_scripts``, ``summarize_conversation``,
  ``team_performance`` (per-rep revenue/orders/won deals/activities, rankings, comparisons),
  ``receivables`` (open and overdue orders, last invoice paid?), ``order_history`` (a
  customer's orders in a period with products, last order, a year ago), ``compliance_stats``
  (alert counts per rep/category/month with the trend), ``sensitive_alerts``, ``scan_text``. Write tools (confirmed through a LangGraph
  interrupt): ``log_activity``, ``save_summary``, ``update_deal_stage``.
* **Identity** — never an argument: the graph is invoked with
  ``context=AssistantContext(...)`` (:mod:`assistant.identity`) and each tool reads
  it from the injected ``ToolRuntime``.
* **Scope** — one rule (:func:`assistant.identity.scope_for`): rep → own
  customers and deals; manager → their team; admin → all; QA → only ``sensitive_alerts``,
  ``compliance_stats``, ``scan_text``, ``summarize_conversation``, ``suggest_scripts`` (other
  tools: ``denied``). A record outside the scope is reported exactly like a missing one
  (``not_found``; a customer name not among the caller's lists ``near_matches``, labelled as
  such, never substituted); a rep outside the caller's scope is ``denied``.
* **Results** — a ``ToolMessage`` whose content is a JSON object (serialised once) and whose
  ``artifact`` is the same object as plain data (:mod:`assistant.tools.messages`), with ``status`` ∈ ok | not_found | ambiguous |
  denied | error | needs_confirmation | cancelled; see :mod:`assistant.tools.results` for
  the shapes (``records`` to cite, analytics ``reasons`` with ``text_zh``/``text_en``,
  ``candidates`` when ambiguous, bilingual ``message``/``message_zh`` otherwise).
  Results are fitted to ``TOOL_RESULT_TOKEN_BUDGET`` tokens: items are shortened first
  (top reasons only), and only then are trailing items dropped, which
  ``"truncated": {"field", "shown", "total"}`` reports.
* **Confirmation** — a write tool interrupts with ``{"tool", "args", "summary",
  "summary_zh", "check"}``; resume with ``{"approved": bool, "check": <same check>}``.
* **Audit** — every call (ok, denied, not_found, error, cancelled) writes an ``AuditLog``
  row: user, role, channel, tool, arguments, cited record ids, outcome.
"""

from __future__ import annotations

from functools import lru_cache

from langchain_core.tools import BaseTool

from assistant.tools.schemas import QA_TOOLS, TOOL_ARGS, WRITE_TOOLS

__all__ = ["QA_TOOLS", "TOOL_ARGS", "WRITE_TOOLS", "all_tools", "get_tool"]


@lru_cache(maxsize=1)
def _registry() -> dict[str, BaseTool]:
    from assistant.tools import (
        compliance,
        compliance_stats,
        customers,
        insights,
        order_history,
        performance,
        pipeline,
        receivables,
        scripts,
        summaries,
        writes,
    )

    tools = [
        customers.find_customers,
        customers.customer_profile,
        insights.churn_risk,
        insights.next_purchase,
        customers.recommend_products,
        pipeline.pipeline_status,
        pipeline.sales_forecast,
        insights.lead_scores,
        insights.daily_briefing,
        scripts.suggest_scripts,
        summaries.summarize_conversation,
        performance.team_performance,
        receivables.receivables,
        order_history.order_history,
        compliance_stats.compliance_stats,
        compliance.sensitive_alerts,
        compliance.scan_text,
        writes.log_activity,
        writes.save_summary,
        writes.update_deal_stage,
    ]
    registry = {t.name: t for t in tools}
    missing = set(TOOL_ARGS) - set(registry)
    if missing:  # pragma: no cover - a programming error caught by the tests
        raise RuntimeError(f"tools declared without an implementation: {sorted(missing)}")
    return registry


def all_tools() -> list[BaseTool]:
    """Every agent tool, in the order of :data:`TOOL_ARGS`."""
    reg = _registry()
    return [reg[name] for name in TOOL_ARGS]


def get_tool(name: str) -> BaseTool:
    """Return the tool called ``name``.

    Raises:
        KeyError: when there is no such tool.
    """
    return _registry()[name]

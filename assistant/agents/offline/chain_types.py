"""Which tool can follow which in a two-step request, read from the tool schemas.

A first step's result names records of some kinds (a customer, a list of customers, a rep, a
deal, an alert category, a text, a scope); a second tool can take a record of a kind when its
argument schema (:data:`assistant.tools.schemas.TOOL_ARGS`) has the field that holds it
(``customer``, ``customers``, ``rep_login``, ``deal``, ``category``, ``text``, ``query``,
``scope``). Two tools pair when the first yields a kind the second takes, so any compatible
pair chains — not only the pairs someone listed. :func:`slot_fields` keeps a subject to the
fields the second tool has; :func:`needs_subject` says whether the second tool cannot run
without one (a required ``customer`` or ``deal``: "再算下今年下了多少" has nobody of its own).
"""

from __future__ import annotations

from functools import cache

from assistant.tools.schemas import TOOL_ARGS

YIELDS: dict[str, frozenset[str]] = {  # the kinds of record each tool's result names (chain_steps reads them)
    "find_customers": frozenset({"customer", "customers"}),
    "customer_profile": frozenset({"customer"}),
    "churn_risk": frozenset({"customer", "customers"}),
    "next_purchase": frozenset({"customer", "customers"}),
    "recommend_products": frozenset({"customer", "name"}),
    "pipeline_status": frozenset({"customer", "deal"}),
    "sales_forecast": frozenset({"scope"}),
    "lead_scores": frozenset({"name"}),
    "daily_briefing": frozenset({"customer", "name"}),
    "summarize_conversation": frozenset({"customer", "text", "summary"}),
    "team_performance": frozenset({"rep"}),
    "receivables": frozenset({"customer", "customers"}),
    "order_history": frozenset({"customer"}),
    "compliance_stats": frozenset({"rep", "category"}),
    "sensitive_alerts": frozenset({"customer", "text"}),
    "scan_text": frozenset({"text", "name"}),
}
FIELD_KIND = {  # schema field -> the kind of record it holds
    "customer": "customer", "customers": "customers", "rep_login": "rep", "deal": "deal",
    "category": "category", "text": "text", "scope": "scope",
}  # fmt: skip
FREE_TEXT = {"suggest_scripts": "query"}  # a free-text situation can be about any named record
ALSO = {"customers": "customer"}  # a list of customers also takes one customer
SUBJECT_KEYS = ("customer", "customers", "rep_login", "deal", "category", "text")
NOT_AFTER: dict[str, frozenset[str]] = {  # kinds a second tool never takes from a first step
    "sensitive_alerts": frozenset({"text", "customer"}),  # an alert list is about reps and categories
    "summarize_conversation": frozenset({"text", "customer"}),  # a summary needs a pasted chat
    "churn_risk": frozenset({"customers"}),
}


@cache
def takes(tool: str) -> frozenset[str]:
    """Return the kinds of record ``tool``'s arguments can hold (empty for an unknown tool)."""
    schema = TOOL_ARGS.get(tool)
    if schema is None:
        return frozenset()
    kinds = {FIELD_KIND[f] for f in schema.model_fields if f in FIELD_KIND}
    kinds |= {ALSO[k] for k in list(kinds) if k in ALSO}
    if FREE_TEXT.get(tool) in schema.model_fields:
        kinds |= {"customer", "name", "text", "deal"}
    if tool == "save_summary":  # saved only what a summary of a pasted chat gave
        kinds = {"summary"}
    return frozenset(kinds - NOT_AFTER.get(tool, frozenset()))


def pairs(first: str | None, second: str | None) -> bool:
    """Whether ``second`` can take its subject from ``first``'s result (by the kinds they share)."""
    if not first or not second or first == second:
        return False
    return bool(YIELDS.get(first, frozenset()) & takes(second))


def seconds_after(first: str) -> frozenset[str]:
    """Every tool that can follow ``first``."""
    return frozenset(t for t in TOOL_ARGS if pairs(first, t))


def firsts_before(second: str) -> frozenset[str]:
    """Every tool whose result can feed ``second``."""
    return frozenset(t for t in YIELDS if pairs(t, second))


@cache
def needs_subject(tool: str) -> bool:
    """Whether ``tool`` requires a record to be about (a required customer or deal field, or one of customer(s))."""
    schema = TOOL_ARGS.get(tool)
    if schema is None:
        return False
    if getattr(schema, "NEEDS_CUSTOMER", False):  # order_history: one customer, or several
        return True
    return any(f.is_required() for name, f in schema.model_fields.items() if name in ("customer", "deal"))


@cache
def slot_fields(tool: str) -> frozenset[str]:
    """Return the subject fields ``tool``'s schema has (a subject's other keys are not its arguments)."""
    schema = TOOL_ARGS.get(tool)
    fields = {k for k in SUBJECT_KEYS if schema is not None and k in schema.model_fields}
    return frozenset(fields | {ALSO[k] for k in fields if k in ALSO})  # one customer goes into a list

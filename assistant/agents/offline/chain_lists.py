"""Two-step readings the split of :mod:`chains` does not give on its own.

* :func:`implicit` — one clause that names a customer filter (a place, an industry) and asks a
  tool that takes a list of customers but has no such filter ("which of my UAE customers are due to
  reorder", "我阿联酋的客户今年各下了多少单"): the filter is :func:`find_customers`'s, so that
  list comes first and the asked tool runs on it. Which tool can filter by place is read from the
  tool schemas, not listed.
* :func:`moves` — a part that moves a deal to a stage ("把金额最大的那个推到赢单"): a stage change.
* :func:`lists_counted` — "how many alerts …? show me the high ones": the second step lists what the
  first counted, under the same filters, so it runs even when the count found no record to pick.
* :func:`both_sure` — two parts that are two questions of their own (no connective needed).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from assistant.agents.offline import intents
from assistant.agents.offline.chain_parts import ASKS, ONE, asks
from assistant.agents.offline.chain_types import pairs, takes
from assistant.agents.offline.entities import Mentions, only_names, only_names_rep
from assistant.agents.offline.stage_words import stages_of
from assistant.text import lazy_re
from assistant.tools.schemas import TOOL_ARGS

LISTED = "find_customers"
BOTH_SURE = 0.9  # two questions, each routed this surely to its own tool, are two asks (no connective needed)
CUSTOMERS = lazy_re.compile(r"客户|顾客|买家|\b(?:customers|clients|accounts|buyers)\b", re.I)
EACH = lazy_re.compile(r"每个|每一个|每家|每一家|逐个|分别|挨个|各(?=[\u4e00-\u9fff]{0,3}(?:下|买|订|采购|多少|几))|\beach\b|\bevery\b", re.I)
ORDERS = lazy_re.compile(  # "各下了多少单" / "how much did they order": each one's order totals
    r"下了?(?:多少|几)(?:单|笔|次)|(?:订|买|采购|拿)了?多少|\bhow (?:much|many)\b.{0,30}\b(?:order|bought|buy|purchas)\w*",
    re.I,
)
_FILTERS = ("country", "city", "industry")

Router = Callable[[str], tuple[str | None, float]]
Ranker = Callable[[str], list[tuple[str, float]]]


def filters_itself(tool: str) -> bool:
    """Whether ``tool``'s schema takes a place or industry filter of its own (``churn_risk``, ``receivables`` …)."""
    schema = TOOL_ARGS.get(tool)
    return schema is not None and any(f in schema.model_fields for f in _FILTERS)


def _on_list(tool: str | None) -> bool:
    """Whether ``tool`` takes a list of customers and cannot filter them by place or industry itself."""
    return bool(tool) and tool != LISTED and "customers" in takes(str(tool)) and not filters_itself(str(tool))


def implicit(text: str, route: Router, rank: Ranker | None, filters: Callable[[str], bool] | None) -> tuple[str, bool] | None:
    """Return ``(second tool, each)`` when one clause asks a list tool about a filtered customer list, else None."""
    if filters is None or not CUSTOMERS.search(text) or not filters(text):
        return None
    tool = route(text)[0]
    if tool and tool != LISTED and filters_itself(tool):
        return None  # "which of my UAE customers owe us money": receivables filters by place itself
    if ORDERS.search(text) and EACH.search(text) and _on_list("order_history"):
        tool = "order_history"  # "各下了多少单": each one's orders (read as a rep's order count otherwise)
    if not _on_list(tool) and rank is not None:
        tool = next((t for t, p in rank(text)[:2] if p >= 0.05 and _on_list(t)), tool)
    if not _on_list(tool) or not pairs(LISTED, tool):
        return None
    return str(tool), bool(EACH.search(text))


def place_only(tool1: str | None, tool2: str | None, first: str, filters: Callable[[str], bool] | None) -> bool:
    """Whether "my German customers | which might churn" is one ask: the second tool filters by place itself.

    Only a tool that could not take the list anyway: ``receivables`` takes it ("…客户里，哪几家还欠款": listed first).
    """
    if tool1 != LISTED or not tool2 or "customers" in takes(tool2):
        return False
    return filters_itself(tool2) and filters is not None and filters(first)


def filtered(m: Mentions) -> bool:
    """Whether spotted mentions name a customer filter (a place or an industry) and no one customer."""
    return bool(m.countries or m.cities or m.industries) and not m.customer


def readers(spot: Callable[[str], Mentions]) -> dict[str, Callable[[str], bool]]:
    """Return :func:`chains.detect`'s readings of a part from its spotted mentions (rep only, a customer, names only, a filter)."""
    return {
        "only_rep": lambda part: only_names_rep(spot(part)),
        "names_customer": lambda part: bool(spot(part).customer),
        "bare": lambda part: only_names(part, spot(part)),
        "filters": lambda part: filtered(spot(part)),
    }


def moves(part: str) -> bool:
    """Whether a part moves a deal to a stage ("推到赢单", "move it to won")."""
    return stages_of(part)[0] is not None


def lists_counted(first_tool: str, second_tool: str, text: str) -> bool:
    """Whether the second step lists the alerts the first counted (same filters), not one record it ranked."""
    return first_tool == "compliance_stats" and second_tool == "sensitive_alerts" and not ONE.search(text)


def both_sure(
    first: str, second: str, routed: tuple[str | None, str | None], probs: tuple[float, float], settled: tuple[str, str]
) -> bool:
    """Whether two parts are two questions of their own: each asks, and rules and classifier agree on its tool."""
    if routed != settled or min(probs) < BOTH_SURE or not (ASKS.search(first) and asks(second)):
        return False
    parts = ((first, routed[0]), (second, routed[1]))
    return all(intents.best_tool(intents.tool_scores(part))[0] == tool for part, tool in parts)

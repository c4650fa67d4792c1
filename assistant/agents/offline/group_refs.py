"""Follow-ups about the group of customers the last answer listed ("这两家谁还有钱没结", "those — any overdue?").

After a list of customers (by place, industry, churn risk, the day's briefing …), a request that
refers to them as a group ("这几家里", "这两家", "他们", "any of them") applies its tool to
exactly that list: :func:`to_group` puts the listed ids into the tool's ``customers`` argument
(each tool resolves them in the caller's scope again, so a list never reaches past it).
:func:`group_tool` switches an elliptical follow-up to the tool it asks for ("那他们今年一共下了多少"
after a receivables answer is an order total, not money owed).
"""

from __future__ import annotations

import re
from typing import Any

from assistant.agents.offline.followups import Memory, has_pronoun, record_ref
from assistant.text import lazy_re

GROUP_TOOLS = ("receivables", "order_history", "next_purchase", "pipeline_status")
"""Tools whose ``customers`` argument takes a whole list."""
LISTS = ("find_customers", "churn_risk", "next_purchase", "lead_scores", "daily_briefing")
"""Tools whose answer lists customers."""
THOSE = lazy_re.compile(
    r"这些|那些|这几家|那几家|其中|这(?:两|俩|三|四|五|六|七|八|九|十|\d+)\s*(?:家|位|个客户|个(?![天周月年星小钟]))?(?![天周月年星]|个?月|个?小时)|"
    r"那(?:两|俩|三|四|五|\d+)\s*(?:家|位|个客户)|"
    r"上面(?:这|那)?(?:些|几家)?|刚才(?:这|那)?(?:些|几家)|列出来的|名单上|^(?:这|那)?(?:里面|里头|里边|当中|中间)|"
    r"\b(?:those|these|any of them|of them|among them|both of them|either of them|the (?:two|three|four|five) of them|"
    r"(?:these|those) (?:two|three|four|five|\d+)|that list)\b",
    re.I,
)
ORDER_TOTAL = lazy_re.compile(
    r"下了多少|下单(?:总额|金额|多少)|订了多少|买了多少|采购(?:了多少|额)|订单(?:总额|金额)|一共下了|总共下了|"
    r"\bhow much (?:did|have|has) (?:they|he|she|it|\w+) (?:order|bought|buy|spend|spent)|\border(?:ed)? totals?\b|"
    r"\btotal (?:orders?|order value|purchases?|spend)\b|\bhow much (?:business|revenue) (?:did|have) (?:they|we)\b",
    re.I,
)
_OWES = lazy_re.compile(
    r"欠|没结|未结|结清|回款|收款|应收|逾期|账期|\bowe|\boverdue|\bunpaid|\boutstanding|\bpaid\b", re.I
)
_PLURAL = lazy_re.compile(r"他们|她们|它们|他俩|她俩|\b(?:they|them|their|theirs)\b", re.I)
_ONE = lazy_re.compile(
    r"第\s*(?:[一二两三四五六七八九十]|\d+)\s*(?:个|家|位)|\bthe (?:first|second|third|last) one\b", re.I
)


def listed_group(memory: Memory) -> list[str]:
    """Return the customers the conversation is about as a group: the last list, or the last group call's."""
    carried = memory.last_args.get("customers") if memory.last_tool in GROUP_TOOLS else None
    if isinstance(carried, list) and len(carried) > 1:
        return [str(c) for c in carried][:20]  # "这两家谁还有钱没结" then "那他们今年一共下了多少": the same two
    if len(memory.listed) < 2 or memory.last_tool not in LISTS:
        return []
    return [record_ref(c) for c in memory.listed if c.get("id") or c.get("name")][:20]


def refers_to_group(text: str, memory: Memory, tool: str = "") -> bool:
    """Whether ``text`` refers to the customers the last answer listed (or the last call asked about), as a group.

    Only a plural reference means the group ("这几家", "他们", "them"); "它最近一单" / "他手上" is one
    customer or a rep. Money owed keeps any pronoun ("他们谁还欠钱", "who of them owes").
    """
    if _ONE.search(text) or not listed_group(memory):
        return False
    return bool(THOSE.search(text) or _PLURAL.search(text) or (tool == "receivables" and has_pronoun(text)))


def to_group(tool: str, args: dict[str, Any], text: str, memory: Memory) -> bool:
    """Point a group tool at the listed customers when ``text`` refers to them; return whether it did."""
    if (
        tool not in GROUP_TOOLS
        or args.get("customer")
        or args.get("customers")
        or not refers_to_group(text, memory)
    ):
        return False
    args["customers"] = listed_group(memory)
    for key in ("scope", "country", "city", "industry", "rep_login"):
        args.pop(key, None)  # the list already is the filter
    return True


def group_tool(last_tool: str, text: str) -> str | None:
    """Return the tool a follow-up asks for when it is not the last one ("那他们今年一共下了多少" → order_history)."""
    if last_tool != "order_history" and ORDER_TOTAL.search(text) and not _OWES.search(text):
        if last_tool in (
            "receivables",
            "customer_profile",
            "churn_risk",
            "next_purchase",
            "recommend_products",
            *LISTS,
        ):
            return "order_history"
    return None

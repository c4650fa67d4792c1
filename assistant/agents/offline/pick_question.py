"""A reply to "which one do you mean?" that picks a record and asks its own question.

"上海那家，最近下过单吗" answers the engine's question (the Shanghai one) and asks about orders;
"the second one - do they owe us anything?" picks by place in the list and asks about money.
The pick names the customer; the question's own intent (receivables, order history, …) wins
over the tool of the ambiguous call (often the profile of "X最近咋样"). A reply with no question
of its own ("汉堡那家", "the Lyon one") re-issues the pending call.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from assistant.agents.offline.entities import Mentions
from assistant.text import lazy_re
from assistant.tools.schemas import TOOL_ARGS

# Tools a picked customer can be the subject of (a search, a write, a report are not).
ABOUT_ONE = (
    "customer_profile", "churn_risk", "next_purchase", "recommend_products", "receivables",
    "order_history", "pipeline_status", "suggest_scripts",
)  # fmt: skip
_LEAD = lazy_re.compile(r"^\s*(?:the\s+|就是|是|要|选)?\s*", re.I)
_PICK_TAIL = lazy_re.compile(
    r"\s*(?:的)?(?:那一?家|那一?个|这一?家|这一?个|那位)|\s+(?:one|office|account|branch|company)\b",
    re.I,
)
_ORDINAL_LEAD = lazy_re.compile(
    r"^\s*(?:第\s*(?:[一二两三四五六七八九十]|\d+)\s*(?:个|家|位)?|(?:the\s+)?(?:first|second|third|fourth|last)"
    r"(?:\s+one)?|#?\d(?=\s*[,，.。:：;；\s]))",
    re.I,
)
_SEPARATORS = " \t,，.。:：;；!！-–—~、"
_HAN = lazy_re.compile(r"[\u4e00-\u9fff]")


def pick_end(text: str, mentions: Mentions | None) -> int | None:
    """Return where a leading pick ends ("德国那家", "the tokyo one", "第二个"), or None without one."""
    ordinal = _ORDINAL_LEAD.match(text)
    if ordinal:
        return ordinal.end()
    for start, end in sorted(mentions.spans if mentions else []):
        if _LEAD.fullmatch(text[:start]) and (tail := _PICK_TAIL.match(text, end)):
            return tail.end()
    return None


def residual_question(text: str, mentions: Mentions | None) -> str | None:
    """Return the question after a leading pick ("他们还欠多少钱" of "汉堡那家，他们还欠多少钱"), if one."""
    end = pick_end(text, mentions)
    if end is None:
        return None
    rest = text[end:].strip(_SEPARATORS)
    enough = len(_HAN.findall(rest)) >= 3 if _HAN.search(rest) else len(rest.split()) >= 3
    return rest if enough else None


def own_question(
    text: str,
    mentions: Mentions | None,
    pending_tool: str,
    route: Callable[[str], tuple[str | None, float]],
) -> tuple[str, str] | None:
    """Return ``(tool, question)`` when the pick carries a question for another tool about one customer.

    Args:
        text: The reply ("the tokyo one. when did they last order").
        mentions: What it mentions (the spans of the place or name that picks).
        pending_tool: The tool of the ambiguous call the reply answers.
        route: Routes a text to a tool (rules and classifier), None below the threshold.
    """
    rest = residual_question(text, mentions)
    if rest is None:
        return None
    tool, _ = route(rest)
    if tool is None or tool == pending_tool or tool not in ABOUT_ONE:
        return None
    return tool, rest


def put_customer(tool: str, args: dict[str, Any], value: str) -> dict[str, Any]:
    """Set the picked customer on ``args`` (``customer`` or a one-item ``customers``, as the tool takes)."""
    fields = TOOL_ARGS[tool].model_fields
    if "customer" in fields:
        args["customer"] = value
        args.pop("customers", None)
    elif "customers" in fields:
        args["customers"] = [value]
    return args

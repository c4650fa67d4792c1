"""Conversation memory for follow-ups: what the previous turns asked and what came back.

Reads the message history (the checkpointer's, trimmed to the token budget) and keeps
what a follow-up can refer to: the last tool call and its arguments, the last customer
talked about, the records the last answer listed (for "第二个" / "the first one"), and
a pending ambiguity whose candidates the user may now pick from.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any

from langchain_core.messages import AIMessage, BaseMessage, HumanMessage, ToolMessage

from assistant.agents.offline.deal_superlatives import asks_biggest_deal
from assistant.agents.offline.period_shift import BEFORE_THAT
from assistant.text import lazy_re
from assistant.text.numerals import read_int
from assistant.tools.messages import result_of as structured_result

ALERT_TOOLS = ("sensitive_alerts", "compliance_stats")
"""Tools whose answers list alerts, newest first (a count lists a rep's latest)."""

PRONOUN = lazy_re.compile(
    r"他们?|她们?|它|这家|那家|该客户|这个客户|那个客户|这位|那位|对方|其|"
    r"\b(he|she|him|her|his|hers|their|them|they|it|its|this (customer|account|client|one)|that (customer|account|client|one))\b",
    re.I,
)  # fmt: skip
_ORDINAL = lazy_re.compile(
    r"第\s*([一二两三四五六七八九十]|\d+)\s*(?:个|家|位|条)?|\b(first|second|third|fourth|fifth|last)\b|#\s*(\d+)|"
    r"^\s*(\d+)\s*[.)、]?\s*$|\b(\d+)(?:st|nd|rd|th)\b",
    re.I,
)
ORDINAL_ONLY = lazy_re.compile(  # a message that is only a pick from the last list ("第二个")
    r"^\s*(第\s*([一二两三四五六七八九十]|\d+)\s*(个|家|位|条)?(吧|呢)?|(the )?(first|second|third|fourth|fifth|last)( one)?|"
    r"#?\d{1,2}|\d+(st|nd|rd|th)( one)?)[\s。.!！?？]*$",
    re.I,
)
_EN_ORD = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "last": -1}
FOLLOWUP_CUE = lazy_re.compile(
    r"呢[？?!！。.\s]*$|^(那|那么|还有|再|换成|改成|如果是)|^\s*(and|what about|how about|same for|now|and for|what if)\b|\binstead\b",
    re.I,
)


@dataclass
class Memory:
    """What earlier turns of the conversation established.

    Attributes:
        last_tool: Name of the most recent tool call.
        last_args: Its arguments.
        last_customer: The customer most recently referred to (an argument or a single cited record).
        listed: Customers (records) the last answer listed, in order.
        pending: The call whose result was ambiguous, with ``candidates``, awaiting the user's pick.
        pasted: The last conversation text the user pasted for a summary (for "保存这个总结到鑫和").
        choices: The options of the engine's last clarifying question (``options``, the ``request``).
        turns: Number of earlier user turns.
        last_rep: The rep most recently named in a call, or first in a ranking ("把他的违规消息给我看看").
        deals: The deal ids the last list of deals showed, in order ("第一个推进到谈判" picks from them).
        alerts: The alert ids the last alert list showed, newest first ("show me the latest one").
        top_category: The largest category of the last count of alerts by category ("最多的那类").
    """

    last_tool: str | None = None
    last_args: dict[str, Any] = field(default_factory=dict)
    last_customer: str | None = None
    listed: list[dict[str, Any]] = field(default_factory=list)
    pending: dict[str, Any] | None = None
    pasted: str | None = None
    turns: int = 0
    choices: dict[str, Any] | None = None
    last_rep: str | None = None
    deals: list[str] = field(default_factory=list)
    alerts: list[int] = field(default_factory=list)
    top_category: str | None = None


def parse_result(content: Any) -> dict[str, Any]:
    """Parse a ToolMessage's content (a JSON string per the tool contract) into a dict.

    Only for messages without a structured artifact (written by another tool or an older version).
    """
    if isinstance(content, dict):
        return content
    if isinstance(content, list):  # content blocks
        content = "".join(b.get("text", "") if isinstance(b, dict) else str(b) for b in content)
    try:
        data = json.loads(content)
    except (TypeError, ValueError):
        return {"status": "error", "message": str(content), "message_zh": str(content)}
    return data if isinstance(data, dict) else {"status": "ok", "data": data}


def result_of(message: ToolMessage) -> dict[str, Any]:
    """Return a ToolMessage's result: the structured artifact a tool attached, else its parsed content."""
    return structured_result(message) or parse_result(message.content)


def read_memory(messages: list[BaseMessage]) -> Memory:
    """Build the :class:`Memory` of everything before the last user message."""
    mem = Memory()
    calls: dict[str, tuple[str, dict[str, Any]]] = {}
    asked = ""
    for msg in messages:
        if isinstance(msg, HumanMessage):
            mem.turns, asked = mem.turns + 1, str(msg.content)
        elif isinstance(msg, AIMessage) and not msg.tool_calls:
            meta = (msg.response_metadata or {}).get("offline") or {}
            mem.choices = (
                {"options": meta["options"], "request": meta.get("request", "")}
                if meta.get("options")
                else None
            )
        elif isinstance(msg, AIMessage) and msg.tool_calls:
            mem.choices = None
            for call in msg.tool_calls:
                calls[call["id"]] = (call["name"], dict(call["args"]))
                mem.last_tool, mem.last_args = call["name"], dict(call["args"])
                if call["name"] in ("summarize_conversation", "save_summary") and call["args"].get("text"):
                    mem.pasted = call["args"]["text"]
                ref = call["args"].get("customer") or call["args"].get("query")
                if ref and call["name"] not in ("suggest_scripts",):
                    mem.last_customer = ref
                if isinstance(call["args"].get("rep_login"), str):
                    mem.last_rep = call["args"]["rep_login"]
            mem.pending = None
        elif isinstance(msg, ToolMessage):
            _absorb(mem, result_of(msg), calls.get(msg.tool_call_id or ""))
            _single_out(mem, result_of(msg), calls.get(msg.tool_call_id or ""), asked)
    return mem


_RANKED_CUSTOMERS = ("receivables", "churn_risk", "next_purchase")  # answers that list customers, the first on top
_ONE_TOP = lazy_re.compile(
    r"(?:谁|哪家|哪个客户|哪位客户).{0,12}最(?:多|大|高|久|严重)|\b(?:who|which (?:customer|client|account|one))\b.{0,30}"
    r"\b(?:the )?(?:most|biggest|largest|highest|longest)\b",
    re.I,
)


def _single_out(mem: Memory, result: dict[str, Any], call: tuple[str, dict[str, Any]] | None, asked: str) -> None:
    """After "which is my biggest deal?" the pipeline's largest open deal is the one in focus ("who's the contact there")."""
    customers = [r for r in result.get("records") or [] if isinstance(r, dict) and r.get("type") == "customer"]
    if call and call[0] in _RANKED_CUSTOMERS and len(customers) > 1 and _ONE_TOP.search(asked):
        mem.last_customer = str(customers[0].get("id") or customers[0].get("name"))  # "谁欠款最多" then "它…"
        owed = [c for c in result.get("customers") or [] if isinstance(c, dict) and isinstance(c.get("customer"), dict)]
        if call[0] == "receivables" and owed and not re.search(r"逾期|过期|超期|overdue|late|past due", asked, re.I):
            most = max(owed, key=lambda c: c.get("open_usd") or 0)  # owes the most: the largest open amount
            mem.last_customer = str(most["customer"].get("id") or most["customer"].get("name"))
    top = (result.get("largest_open") or [None])[0] if call and call[0] == "pipeline_status" else None
    if isinstance(top, dict) and isinstance(top.get("customer"), dict) and asks_biggest_deal(asked):
        mem.last_customer = str(top["customer"].get("id") or top["customer"].get("name"))
        mem.listed, mem.deals = [{"type": "customer", **top["customer"]}], [str(top.get("id"))]


def _place(row: dict[str, Any]) -> dict[str, Any]:  # what a pick by place reads of a listed row
    return {k: row[k] for k in ("city", "country", "industry") if row.get(k)}


def _absorb(mem: Memory, result: dict[str, Any], call: tuple[str, dict[str, Any]] | None) -> None:
    status = result.get("status")
    if status == "ambiguous" and call:
        mem.pending = {
            "tool": call[0],
            "args": call[1],
            "candidates": result.get("candidates") or [],
            "query": result.get("query"),
        }
        mem.listed = list(result.get("candidates") or [])
        mem.deals = []  # the candidates are the list shown now, not an earlier answer's deals
        return
    records = [r for r in result.get("records") or [] if isinstance(r, dict)]
    alerts = [a.get("id") for a in result.get("alerts") or [] if isinstance(a, dict)]  # only alerts the answer showed
    shown = [int(i) for i in alerts if isinstance(i, int)] if call and call[0] in ALERT_TOOLS else []
    one = call[1].get("alert_id") if call else None  # "第二条的原文" opens one alert of the list: the list stays
    mem.alerts = mem.alerts if one is not None and one in mem.alerts and shown == [one] else shown
    groups = [g for g in result.get("groups") or [] if isinstance(g, dict) and g.get("key")]
    if call and call[0] == "compliance_stats" and result.get("group_by") == "category" and groups:
        mem.top_category = str(groups[0]["key"])  # counts come largest first
    reps = [r["id"] for r in records if r.get("type") == "rep" and r.get("id") not in (None, "", "-")]
    if reps:
        mem.last_rep = str(reps[0])  # a ranking's first rep, or the one rep reported on
    customers = [r for r in records if r.get("type") == "customer"]
    if len(customers) == 1:
        mem.last_customer = customers[0].get("name") or mem.last_customer
    mem.deals = []  # unless this answer lists deals, an earlier answer's are no longer what "the first one" means
    if customers:  # with each one's place and industry as shown (kept by a later list of the same records)
        known = {r.get("id"): r for r in mem.listed if r.get("id")}
        shown = {r.get("id"): _place(r) for r in result.get("customers") or [] if isinstance(r, dict)}
        mem.listed = [{**known.get(c.get("id"), {}), **shown.get(c.get("id"), {}), **c} for c in customers]
    elif deals := _deal_customers(result):  # "log a note on the first one" after a list of deals
        mem.listed = deals
        mem.deals = _deal_ids(result)


def _deal_customers(result: dict[str, Any]) -> list[dict[str, Any]]:
    """Return the customers of a listed set of deals, in the order shown (stuck deals first)."""
    for key in ("deals", "stalled"):
        rows = [d["customer"] for d in result.get(key) or [] if isinstance(d, dict) and isinstance(d.get("customer"), dict)]
        if rows:
            return [{"type": "customer", **c} for c in rows]
    return []


def _deal_ids(result: dict[str, Any]) -> list[str]:
    """Return the ids of a listed set of deals, in the order :func:`_deal_customers` reads them."""
    for key in ("deals", "stalled"):
        ids = [str(d["id"]) for d in result.get(key) or [] if isinstance(d, dict) and d.get("id")]
        if ids:
            return ids
    return []


def is_followup_shaped(text: str) -> bool:
    """Whether a message reads like an elliptical follow-up ("那上个月呢？", "and last quarter?")."""
    text = text.strip()  # "and the quarter before that?": the previous period, one step back
    return bool(FOLLOWUP_CUE.search(text)) or (len(text) <= 40 and bool(BEFORE_THAT.search(text)))


def has_pronoun(text: str) -> bool:
    """Whether the message refers back to someone ("他的联系人", "their contacts")."""
    return bool(PRONOUN.search(text))


def record_ref(row: dict[str, Any]) -> str:
    """Return how a tool argument names a listed record: its id, else its name."""
    return str(row.get("id") or row.get("name"))


def pick_ordinal(text: str, items: list[dict[str, Any]]) -> dict[str, Any] | None:
    """Return the item a reply like "第二个" / "the first one" / "2" picks from ``items``, if any."""
    if not items:
        return None
    m = _ORDINAL.search(text)
    if not m:
        return None
    raw = next(g for g in m.groups() if g)
    n = _EN_ORD.get(raw.lower()) or read_int(raw) or 0
    if n == -1:
        return items[-1]
    return items[n - 1] if 1 <= n <= len(items) else None


def pick_by_attribute(items: list[dict[str, Any]], wanted: list[str]) -> dict[str, Any] | None:
    """Return the one record in the country, city or industry named ("the Marseille one", "德国那家"), if exactly one."""
    values = {str(v).lower() for v in wanted}
    if not values:
        return None
    hits = [row for row in items if values & {str(row.get(k) or "").lower() for k in ("country", "city", "industry")}]
    return hits[0] if len(hits) == 1 else None


_POINTER = lazy_re.compile(  # "the Lyon one", "that retail one", "里昂那家", "德国的那位": a place or trade pointing at a record
    r"\b(?:the|that|this)\s+(?:[\w-]+\s+){0,3}(?:one|ones|account|customer|client)\b|"
    r"(?:那|这)(?:一)?(?:家|个|位|边那家)",
    re.I,
)


def picks_listed(memory: Memory, m: Any, text: str) -> dict[str, Any] | None:
    """Return the record of the last list that a pointer at a place or industry picks ("the Lyon one"), if exactly one.

    Without a pointer word the place is the question's market ("what sells best in Lyon?"), not a pick.
    """
    if not memory.listed or not _POINTER.search(text):
        return None
    return pick_by_attribute(memory.listed, [*m.countries, *m.cities, *m.industries])


def pick_by_name(text: str, items: list[dict[str, Any]]) -> dict[str, Any] | None:
    """Return the single item whose name, id or detail (city, contact) the reply mentions, if exactly one."""
    low = text.lower()
    hits = []
    for item in items:
        values = [str(v) for k, v in item.items() if k != "type" and v]
        if any(v.lower() in low or (len(low) >= 2 and low in v.lower()) for v in values):
            hits.append(item)
    return hits[0] if len(hits) == 1 else None


_NEWEST = lazy_re.compile(
    r"最新(?:的)?(?:那|一)?(?:条|个)|最近(?:的)?那(?:条|个)|第一条|\b(?:the )?(?:latest|newest|most recent|first|top)(?: one| alert)?\b",
    re.I,
)


def newest_alert(text: str, memory: Memory) -> int | None:
    """Return the newest alert of the last alert list when a short follow-up asks for it ("show me the latest one")."""
    if not memory.alerts or memory.last_tool not in ALERT_TOOLS or len(text) > 40 or not _NEWEST.search(text):
        return None
    return memory.alerts[0]

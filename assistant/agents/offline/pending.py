"""Answers to the engine's own questions: a pick among ambiguous records, or among the options it offered."""

from __future__ import annotations

from typing import Any

from assistant.agents.offline.entities import Mentions
from assistant.agents.offline.followups import (
    Memory,
    pick_by_attribute,
    pick_by_name,
    pick_ordinal,
    record_ref,
)
from assistant.agents.offline.pick_question import pick_end
from assistant.text.language import is_short


def from_pending(
    text: str, memory: Memory, mentions: Mentions | None = None
) -> tuple[str, dict[str, Any]] | None:
    """Re-issue an ambiguous call with the candidate the user picked ("第二个", "上海那家", "the indian one").

    ``mentions`` (the places and industries the reply names) pick the one candidate in that country,
    city or industry ("德国那家", "做建材的那个"), but only in a short reply: a new request that happens to
    name a place is not an answer to the question, unless the reply opens with the pick ("汉堡那家，…").
    """
    if not memory.pending:
        return None
    candidates = memory.pending["candidates"]
    choice = (
        pick_ordinal(text, candidates)
        or pick_by_name(text, candidates)
        or (_by_attribute(candidates, mentions) if is_short(text, 14, 8) or pick_end(text, mentions) else None)
    )
    if not choice:
        return None
    args = dict(memory.pending["args"])
    value = record_ref(choice)
    key = _ambiguous_key(memory.pending["tool"], args, candidates, memory.pending.get("query"))
    if key == "rep_logins":  # one of several named reps was ambiguous: replace that one
        query = memory.pending.get("query")
        names = [str(v) for v in args.get(key) or []]
        args[key] = [value if v == query else v for v in names] if query in names else [*names, value]
    else:
        args[key] = value
    return memory.pending["tool"], args


def picked_value(args: dict[str, Any], memory: Memory) -> str | None:
    """Return the customer a pick put in ``args`` (None when the ambiguity was a deal or a rep)."""
    pending = memory.pending or {}
    key = _ambiguous_key(pending.get("tool", ""), dict(pending.get("args") or {}), pending.get("candidates") or [],
                         pending.get("query"))  # fmt: skip
    value = args.get(key) if key in ("customer", "query") else None
    return str(value) if value else None


def _by_attribute(candidates: list[dict[str, Any]], m: Mentions | None) -> dict[str, Any] | None:
    """Return the one candidate in the country, city or industry the reply names, if exactly one."""
    return pick_by_attribute(candidates, [*m.countries, *m.cities, *m.industries]) if m is not None else None


def _ambiguous_key(tool: str, args: dict[str, Any], candidates: list[dict[str, Any]], query: Any) -> str:
    """Return the argument that held the ambiguous reference: a deal, a rep, a customer or a search query."""
    if tool == "update_deal_stage":
        return "deal"
    if candidates and all(c.get("type") == "rep" for c in candidates):
        holders = [k for k in _REP_KEYS if k in args]
        exact = [k for k in holders if args[k] == query or (isinstance(args[k], list) and query in args[k])]
        return (exact or holders or ["rep_login"])[0]
    return "customer" if "customer" in args else "query"


_REP_KEYS = ("rep_login", "owner_login", "rep_logins")


def from_choices(text: str, memory: Memory) -> str | None:
    """Return the tool the user picked ("2", "第一个") from the options of the last clarifying question."""
    if not memory.choices:
        return None
    items = [{"tool": t} for t in memory.choices["options"]]
    choice = pick_ordinal(text, items)
    return str(choice["tool"]) if choice else None

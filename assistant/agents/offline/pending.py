"""Answers to the engine's own questions: a pick among ambiguous records, or among the options it offered."""

from __future__ import annotations

from typing import Any

from assistant.agents.offline.followups import Memory, pick_by_name, pick_ordinal


def from_pending(text: str, memory: Memory) -> tuple[str, dict[str, Any]] | None:
    """Re-issue an ambiguous call with the candidate the user picked ("第二个", "上海那家")."""
    if not memory.pending:
        return None
    candidates = memory.pending["candidates"]
    choice = pick_ordinal(text, candidates) or pick_by_name(text, candidates)
    if not choice:
        return None
    args = dict(memory.pending["args"])
    key = (
        "deal"
        if memory.pending["tool"] == "update_deal_stage"
        else ("customer" if "customer" in args else "query")
    )
    args[key] = str(choice.get("id") or choice.get("name"))
    return memory.pending["tool"], args


def from_choices(text: str, memory: Memory) -> str | None:
    """Return the tool the user picked ("2", "第一个") from the options of the last clarifying question."""
    if not memory.choices:
        return None
    items = [{"tool": t} for t in memory.choices["options"]]
    choice = pick_ordinal(text, items)
    return str(choice["tool"]) if choice else None

"""What one turn produced: the answer, the tool calls behind it and a pending confirmation."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from typing import Any

from langchain_core.messages import AIMessage, BaseMessage, ToolMessage

from assistant.tools.messages import result_of


@dataclass
class AgentReply:
    """What a channel renders: the answer, the tool calls behind it and a pending confirmation."""

    answer: str
    conversation_id: str
    tool_calls: list[dict[str, Any]] = field(default_factory=list)
    pending_confirmation: dict[str, Any] | None = None

    def to_dict(self) -> dict[str, Any]:
        """JSON form (``crm-assistant ask --json``)."""
        return asdict(self)


def answer_text(messages: Sequence[BaseMessage]) -> str:
    """Return the text of the last AI message among ``messages`` ("" when there is none)."""
    last = next((m for m in reversed(messages) if isinstance(m, AIMessage)), None)
    if last is None:
        return ""
    c = last.content
    return c if isinstance(c, str) else "".join(p.get("text", "") for p in c if isinstance(p, dict))


def tool_calls(messages: Sequence[BaseMessage], *, start: int = 0) -> list[dict[str, Any]]:
    """List the tool calls answered since ``start``: ``[{"name", "args", "result"}]``."""
    asked = {tc["id"]: tc for m in messages if isinstance(m, AIMessage) for tc in m.tool_calls}
    out = []
    for m in messages[start:]:
        if isinstance(m, ToolMessage):
            tc = asked.get(m.tool_call_id, {"name": m.name, "args": {}})
            out.append({"name": tc["name"], "args": tc["args"], "result": tool_result(m)})
    return out


def tool_result(message: ToolMessage) -> Any:
    """Return the structured result of a tool call: its artifact, else (an older message) its parsed content."""
    result = result_of(message)
    if result is not None:
        return result
    try:
        return json.loads(str(message.content))
    except ValueError:
        return message.content

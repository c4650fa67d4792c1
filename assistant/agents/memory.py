"""Conversation memory kept within a token budget (tiktoken, offline encoding).

Before every model call the history is trimmed to ``HISTORY_TOKEN_BUDGET``: the current
turn (from the last human message on) is always kept, older turns are dropped oldest
first and whole turns at a time, so an AI tool call is never separated from its
``ToolMessage`` results. Tool results themselves are already trimmed to the per-result
budget by the tools.
"""

from __future__ import annotations

import json
from collections.abc import Sequence

from langchain_core.messages import AIMessage, BaseMessage, HumanMessage

from assistant.tokens import count_tokens

PER_MESSAGE_OVERHEAD = 4  # role and separators, as in OpenAI's chat format accounting


def message_tokens(messages: Sequence[BaseMessage]) -> int:
    """Count the tokens of ``messages``: text content, tool-call arguments and a per-message overhead."""
    total = 0
    for m in messages:
        content = m.content if isinstance(m.content, str) else json.dumps(m.content, ensure_ascii=False)
        total += PER_MESSAGE_OVERHEAD + count_tokens(content)
        if isinstance(m, AIMessage):
            for tc in m.tool_calls:
                total += count_tokens(tc["name"]) + count_tokens(json.dumps(tc["args"], ensure_ascii=False))
    return total


def trim_history(messages: Sequence[BaseMessage], budget: int) -> list[BaseMessage]:
    """Return the most recent messages that fit ``budget`` tokens, keeping the current turn whole.

    Older turns are kept newest first, whole (from a human message on), while they fit;
    history ends on an AI message (a turn cut short is left out). Every message is counted
    once, so trimming is linear in the history's length.
    """
    last_human = max((i for i, m in enumerate(messages) if isinstance(m, HumanMessage)), default=0)
    current = list(messages[last_human:])
    older = list(messages[:last_human])
    last_ai = max((i for i, m in enumerate(older) if isinstance(m, AIMessage)), default=-1)
    older = older[: last_ai + 1]
    if not older:  # a new conversation: nothing to trim, nothing to count
        return current
    room = budget - message_tokens(current)
    if room <= 0:
        return current
    kept_from, used = len(older), 0
    for i in range(len(older) - 1, -1, -1):
        used += message_tokens([older[i]])
        if used > room:
            break
        if isinstance(older[i], HumanMessage):
            kept_from = i
    return [*older[kept_from:], *current]

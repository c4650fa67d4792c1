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

from langchain_core.messages import AIMessage, BaseMessage, HumanMessage, trim_messages

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
    """Return the most recent messages that fit ``budget`` tokens, keeping the current turn whole."""
    last_human = max((i for i, m in enumerate(messages) if isinstance(m, HumanMessage)), default=0)
    current = list(messages[last_human:])
    older = list(messages[:last_human])
    room = budget - message_tokens(current)
    if not older or room <= 0:
        return current
    kept = trim_messages(
        older,
        max_tokens=room,
        token_counter=message_tokens,
        strategy="last",
        start_on="human",
        end_on="ai",
        allow_partial=False,
    )
    return [*kept, *current]

"""Answer scanning: the assistant's own answers go through the compliance scanner like a rep's message.

Words the answer quotes from tool results (a customer's chat, an alert under review) are
not the assistant's and are skipped, so only what the model itself wrote can raise an alert.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from typing import Any

from assistant.compliance import record_message
from assistant.db import get_engine, session_scope, utcnow
from assistant.identity import AssistantContext


def quoted_text(calls: Iterable[Mapping[str, Any]]) -> str:
    """Join the tool results of a turn into one text (what the answer may quote)."""
    return "\n".join(
        c["result"] if isinstance(c["result"], str) else json.dumps(c["result"], ensure_ascii=False)
        for c in calls
    )


def scan_answer(ctx: AssistantContext, answer: str, calls: list[dict[str, Any]]) -> int:
    """Scan the assistant's own answer for compliance; returns the alerts created.

    Args:
        ctx: Whose conversation it is (the alert's rep and channel).
        answer: The answer the assistant wrote.
        calls: The turn's tool calls ``[{"name", "args", "result"}]``; their results are quoted text.
    """
    if not answer.strip():
        return 0
    with session_scope(get_engine()) as session:
        alerts = record_message(
            session,
            rep_id=ctx.user_id,
            customer_id=None,
            channel=(ctx.channel or "cli")[:16],
            direction="outbound",
            text=answer,
            occurred_at=utcnow(),
            source="assistant",
            quoted=quoted_text(calls),
        )
    return len(alerts)

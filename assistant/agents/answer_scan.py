"""Answer scanning: the assistant's own wording is checked, and never held against the person who asked.

An answer is the assistant's text, not the asker's: an alert from it is stored with no rep
(``rep_id`` None, source ``assistant``), so a rep's or QA user's record never shows a
violation they did not write. Only wording counts (lexicon terms and rules): contact
details, ids and dates in an answer come from CRM records and are not a leak by the
assistant, so the contact detectors are skipped. Words the answer quotes from tool results
(a customer's chat, an alert under review) are not the assistant's either and are skipped.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from typing import Any

from assistant.compliance import record_message
from assistant.db import get_engine, session_scope, utcnow
from assistant.identity import AssistantContext

WORDING_RULES = frozenset({"lexicon", "combo"})


def quoted_text(calls: Iterable[Mapping[str, Any]]) -> str:
    """Join the tool results of a turn into one text (what the answer may quote)."""
    return "\n".join(
        c["result"] if isinstance(c["result"], str) else json.dumps(c["result"], ensure_ascii=False)
        for c in calls
    )


def scan_answer(ctx: AssistantContext, answer: str, calls: list[dict[str, Any]]) -> int:
    """Scan the assistant's own answer; returns the alerts created (none are the asker's).

    Args:
        ctx: Whose conversation it is (only the channel is recorded; the asker is not the author).
        answer: The answer the assistant wrote.
        calls: The turn's tool calls ``[{"name", "args", "result"}]``; their results are quoted text.
    """
    if not answer.strip():
        return 0
    with session_scope(get_engine()) as session:
        alerts = record_message(
            session,
            rep_id=None,
            customer_id=None,
            channel=(ctx.channel or "cli")[:16],
            direction="outbound",
            text=answer,
            occurred_at=utcnow(),
            source="assistant",
            quoted=quoted_text(calls),
            rules=WORDING_RULES,
            semantic=False,
        )
    return len(alerts)

"""Concurrent turns of one conversation run one after the other, and each reply cites its own write.

Regression for 24 concurrent ``ask … "帮我记录一下：…" --yes`` on SQLite that saved 16 rows for 19
"saved" replies, cited other turns' activity ids and saved one twice: the message and its approval
are one turn holding the conversation (``Assistant.turn``), and a reply is built from its own run.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor

import pytest
from sqlalchemy import Engine, select

from assistant.agents.locks import ConversationBusyError, ConversationLock, conversation_lock
from assistant.agents.reply import AgentReply
from assistant.agents.service import Assistant, close_default_assistants, default_assistant
from assistant.crm.models import Activity
from assistant.db import session_scope, utcnow
from assistant.identity import AssistantContext
from tests.tools.conftest import customer_of

Ctx = Callable[..., AssistantContext]


def _log_and_approve(assistant: Assistant, ctx: AssistantContext, text: str) -> AgentReply:
    """What ``crm-assistant ask … --yes`` does: the message and its approval in one turn."""
    with assistant.turn(ctx) as cid:
        reply = assistant.handle_message(ctx, text, conversation_id=cid)
        if reply.pending_confirmation:
            reply = assistant.confirm(ctx, cid, True)
    return reply


def _written(reply: AgentReply) -> int | None:
    for call in reply.tool_calls:
        result = call["result"]
        if call["name"] == "log_activity" and isinstance(result, dict) and result.get("status") == "ok":
            return int(result["written"]["activity_id"])
    return None


def test_concurrent_write_turns_in_one_conversation_each_cite_their_own_row(
    demo: Engine, ctx_for: Ctx
) -> None:
    ctx = ctx_for("rep01")
    name = customer_of(demo, "rep01").display_name
    texts = [f"帮我记录一下：今天和{name}电话沟通了，确认第{i}批样品的交期" for i in range(6)]
    with session_scope(demo) as s:
        before = {a.id for a in s.scalars(select(Activity))}
    assistant = default_assistant()
    try:
        with ThreadPoolExecutor(max_workers=len(texts)) as pool:
            replies = list(pool.map(lambda t: _log_and_approve(assistant, ctx, t), texts))
    finally:
        close_default_assistants()
    with session_scope(demo) as s:
        new = {a.id: a.content for a in s.scalars(select(Activity)) if a.id not in before}
    ids = [_written(r) for r in replies]
    assert all(i is not None for i in ids), [r.answer for r in replies]
    assert len(new) == len(ids) == len(set(ids))  # row count equals success count, no duplicates
    for text, rid, reply in zip(texts, ids, replies, strict=True):
        assert rid in new and new[rid] in text  # the row this reply cites is the one it wrote
        assert str(rid) in reply.answer or name in reply.answer


def test_other_conversations_do_not_wait(demo: Engine) -> None:
    held, other_done = threading.Event(), threading.Event()

    def hold() -> None:
        with conversation_lock(demo, "cli:a:1"):
            held.set()
            other_done.wait(5)

    t = threading.Thread(target=hold)
    t.start()
    held.wait(5)
    with conversation_lock(demo, "cli:b:1", wait=0.5):
        other_done.set()
    t.join()
    assert other_done.is_set()  # cli:b:1 was taken while cli:a:1 was held
    with conversation_lock(demo, "cli:a:1", wait=0):  # and cli:a:1 is free again once its holder left
        pass


def test_a_held_conversation_is_busy_and_a_crashed_holders_lease_expires(demo: Engine) -> None:
    with conversation_lock(demo, "cli:a:1"):
        start = time.monotonic()
        with pytest.raises(ConversationBusyError), conversation_lock(demo, "cli:a:1", wait=0.3):
            pass
        assert time.monotonic() - start >= 0.3
    with session_scope(demo) as s:  # a holder that died mid-turn: its row stays, its lease runs out
        s.add(
            ConversationLock(
                conversation_id="cli:a:1", holder="dead", acquired_at=utcnow(), expires_at=utcnow()
            )
        )
    with conversation_lock(demo, "cli:a:1", wait=2):
        with session_scope(demo) as s:
            assert s.get(ConversationLock, "cli:a:1").holder != "dead"
    with session_scope(demo) as s:
        assert s.get(ConversationLock, "cli:a:1") is None  # released on exit


def test_postgres_lock_is_exclusive_and_released(pg_engine: Engine) -> None:
    with conversation_lock(pg_engine, "web:x:1"):
        with pytest.raises(ConversationBusyError), conversation_lock(pg_engine, "web:x:1", wait=0.2):
            pass
        with conversation_lock(pg_engine, "web:y:1", wait=0.2):
            pass
    with conversation_lock(pg_engine, "web:x:1", wait=0):
        pass

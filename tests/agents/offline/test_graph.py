"""The engine inside the real graph, with the real tools, on a small demo company."""

import datetime as dt

import pytest
from langgraph.checkpoint.memory import InMemorySaver
from sqlalchemy import Engine

from assistant.agents.offline import OfflineChatModel
from assistant.agents.offline import gazetteer as G
from assistant.agents.service import Assistant, create_assistant
from assistant.crm.demo import generate_demo
from assistant.db import session_scope
from assistant.identity import context_for

TODAY = dt.date(2025, 6, 30)


@pytest.fixture
def assistant(engine: Engine) -> Assistant:
    generate_demo(engine, customers=40, today=TODAY)
    G.clear_cache()
    built, _ = create_assistant(OfflineChatModel(use_embeddings=False), InMemorySaver())
    return built


def test_pipeline_then_follow_up(assistant: Assistant, engine: Engine) -> None:
    with session_scope(engine) as s:
        ctx = context_for(s, "rep01", today=TODAY, chat_id="t1")
    first = assistant.handle_message(ctx, "我本季度的管道")
    assert first.tool_calls[0]["name"] == "pipeline_status"
    assert "管道" in first.answer and "$" in first.answer and "2025-04-01" in first.answer
    second = assistant.handle_message(ctx, "and last quarter?")
    assert second.tool_calls[0]["args"] == {"period": "last_quarter", "scope": "me"}
    assert "2025-01-01" in second.answer and "Pipeline" in second.answer


def test_permission_probe_is_refused_politely(assistant: Assistant, engine: Engine) -> None:
    with session_scope(engine) as s:
        ctx = context_for(s, "rep01", today=TODAY, chat_id="t2")
    reply = assistant.handle_message(ctx, "团队下个月能做多少")
    assert reply.tool_calls[0]["result"]["status"] == "denied"
    assert reply.answer.startswith("抱歉")

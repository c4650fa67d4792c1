"""Helpers for agent tests: an assistant compiled around a fake model with an in-memory saver."""

from __future__ import annotations

from langgraph.checkpoint.memory import InMemorySaver

from assistant.agents.graph import build_graph
from assistant.agents.service import Assistant
from tests.fakes.chat_model import FakeToolCallingModel


def fake_assistant(*script: object, saver: InMemorySaver | None = None) -> tuple[Assistant, FakeToolCallingModel]:
    """Compile a fresh graph around a fake model replaying ``script``."""
    model = FakeToolCallingModel(script=list(script))
    graph = build_graph(model).compile(checkpointer=saver or InMemorySaver())
    return Assistant(graph), model

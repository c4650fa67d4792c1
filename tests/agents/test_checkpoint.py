"""The checkpointer: SQLite file by default, PostgreSQL when the database is PostgreSQL."""

from __future__ import annotations

from langchain_core.messages import AIMessage
from sqlalchemy import Engine

from assistant.agents.checkpoint import CHECKPOINT_FILE, open_checkpointer, postgres_conninfo
from assistant.agents.graph import build_graph
from assistant.agents.service import Assistant
from assistant.config import get_settings
from assistant.identity import AssistantContext
from tests.fakes.chat_model import FakeToolCallingModel

CTX = AssistantContext(1, "rep01", "rep", 1, "zh", "cli", "t", __import__("datetime").date(2025, 6, 15))


def _two_turns(url: str | None) -> list[str]:
    with open_checkpointer(url=url) as saver:
        Assistant(build_graph(FakeToolCallingModel(script=[AIMessage("一")]), tools=[]).compile(checkpointer=saver)
                  ).handle_message(CTX, "第一句")
    model = FakeToolCallingModel(script=[AIMessage("二")])
    with open_checkpointer(url=url) as saver:
        Assistant(build_graph(model, tools=[]).compile(checkpointer=saver)).handle_message(CTX, "第二句")
    return [m.content for m in model.sent[0][1:]]


def test_sqlite_file_keeps_the_conversation(engine: Engine) -> None:  # engine: where turns take their lock
    assert _two_turns(None) == ["第一句", "一", "第二句"]
    assert (get_settings().data_dir / CHECKPOINT_FILE).is_file()


def test_postgres_keeps_the_conversation(pg_engine: Engine, engine: Engine) -> None:
    assert _two_turns(pg_engine.url.render_as_string(hide_password=False)) == ["第一句", "一", "第二句"]


def test_postgres_conninfo_drops_the_driver() -> None:
    assert postgres_conninfo("postgresql+psycopg://u:p@h:5432/db") == "postgresql://u:p@h:5432/db"

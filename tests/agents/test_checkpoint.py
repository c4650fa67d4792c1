"""The checkpointer: SQLite file by default, PostgreSQL when the database is PostgreSQL."""

from __future__ import annotations

from langchain_core.messages import AIMessage
from sqlalchemy import Engine, inspect

from assistant.agents.checkpoint import CHECKPOINT_FILE, open_checkpointer, postgres_conninfo
from assistant.agents.graph import build_graph
from assistant.agents.service import Assistant
from assistant.config import get_settings
from assistant.identity import AssistantContext
from tests.fakes.chat_model import FakeToolCallingModel

CTX = AssistantContext(1, "rep01", "rep", 1, "zh", "cli", "t", __import__("datetime").date(2025, 6, 15))


def _two_turns(url: str | None) -> list[str]:
    with open_checkpointer(url=url) as saver:
        Assistant(
            build_graph(FakeToolCallingModel(script=[AIMessage("一")]), tools=[]).compile(checkpointer=saver)
        ).handle_message(CTX, "第一句")
    model = FakeToolCallingModel(script=[AIMessage("二")])
    with open_checkpointer(url=url) as saver:
        Assistant(build_graph(model, tools=[]).compile(checkpointer=saver)).handle_message(CTX, "第二句")
    return [m.content for m in model.sent[0][1:]]


def test_the_configured_database_keeps_the_conversation(engine: Engine) -> None:
    """SQLite: a checkpoint file in DATA_DIR; PostgreSQL: LangGraph's tables in the CRM database."""
    assert _two_turns(None) == ["第一句", "一", "第二句"]
    on_sqlite = engine.dialect.name == "sqlite"
    assert (get_settings().data_dir / CHECKPOINT_FILE).is_file() is on_sqlite
    assert inspect(engine).has_table("checkpoints") is not on_sqlite


def test_postgres_keeps_the_conversation_in_another_database(pg_engine: Engine, engine: Engine) -> None:
    assert _two_turns(pg_engine.url.render_as_string(hide_password=False)) == ["第一句", "一", "第二句"]
    assert inspect(pg_engine).has_table("checkpoints")


def test_every_postgres_url_form_opens_the_saver(pg_engine: Engine) -> None:
    url = pg_engine.url.render_as_string(hide_password=False).split("://", 1)[1]
    for scheme in ("postgres", "postgresql", "postgresql+psycopg"):
        with open_checkpointer(url=f"{scheme}://{url}") as saver:
            assert type(saver).__name__ == "PostgresSaver"


def test_postgres_conninfo_drops_the_driver() -> None:
    assert postgres_conninfo("postgresql+psycopg://u:p@h:5432/db") == "postgresql://u:p@h:5432/db"


def test_processes_opening_a_new_postgres_checkpointer_at_once_do_not_deadlock(pg_engine: Engine) -> None:
    """Migrations hold an advisory lock: concurrent setups (CREATE INDEX CONCURRENTLY) deadlocked in CI."""
    from concurrent.futures import ThreadPoolExecutor

    url = pg_engine.url.render_as_string(hide_password=False)

    def open_once(_: int) -> str:
        with open_checkpointer(url=url) as saver:
            return type(saver).__name__

    with ThreadPoolExecutor(4) as pool:
        assert list(pool.map(open_once, range(4))) == ["PostgresSaver"] * 4
    assert inspect(pg_engine).has_table("checkpoint_migrations")

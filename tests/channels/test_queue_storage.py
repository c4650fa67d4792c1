"""The queue's storage follows the deployment: SQLite file, PostgreSQL (the CRM database) or Redis."""

from __future__ import annotations

from pathlib import Path

from huey import PostgresHuey, RedisHuey, SqliteHuey
from sqlalchemy import Engine, inspect

from assistant.config import get_settings
from channels.queue import make_huey


def test_sqlite_file_by_default(tmp_path: Path) -> None:
    huey = make_huey(get_settings().model_copy(update={"database_url": f"sqlite:///{tmp_path}/crm.db"}))
    assert isinstance(huey, SqliteHuey)
    assert (get_settings().data_dir / "queue.db").is_file()


def test_redis_when_configured() -> None:
    huey = make_huey(get_settings().model_copy(update={"redis_url": "redis://127.0.0.1:6390/0"}))
    assert isinstance(huey, RedisHuey)  # built lazily: no connection until used


def test_postgres_storage_in_the_crm_database(pg_engine: Engine) -> None:
    url = "postgres://" + pg_engine.url.render_as_string(hide_password=False).split("://", 1)[1]
    huey = make_huey(get_settings().model_copy(update={"database_url": url}))
    assert isinstance(huey, PostgresHuey)
    assert {"huey_task", "huey_kv", "huey_schedule"} <= set(inspect(pg_engine).get_table_names())

    @huey.task()
    def double(x: int) -> int:
        return 2 * x

    result = double(21)
    assert huey.pending_count() == 1
    task = huey.dequeue()
    assert task is not None and huey.pending_count() == 0
    huey.execute(task)
    assert result.get() == 42
    assert huey.dequeue() is None  # taken once: nothing left for a second worker
    huey.storage.close()

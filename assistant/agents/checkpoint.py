"""The checkpointer that keeps each conversation's memory in the database.

SQLite file ``<DATA_DIR>/checkpoints.sqlite`` by default; LangGraph's PostgresSaver in
the CRM database when ``DATABASE_URL`` is PostgreSQL, on a connection pool that survives a
database restart. Tables are created on open.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator

from langgraph.checkpoint.base import BaseCheckpointSaver

from assistant.config import Settings, get_settings, libpq_url

CHECKPOINT_FILE = "checkpoints.sqlite"
POOL_SIZE = 8  # PostgreSQL connections of one process's checkpointer (server threads and queue workers)


def postgres_conninfo(url: str) -> str:
    """Turn a SQLAlchemy PostgreSQL URL into a libpq connection string (drop the ``+driver``)."""
    return libpq_url(url)


@contextlib.contextmanager
def open_checkpointer(
    settings: Settings | None = None, *, url: str | None = None
) -> Iterator[BaseCheckpointSaver]:
    """Open (and set up) the configured checkpointer; closes its connection on exit.

    Args:
        settings: Settings to use (default: the current ones).
        url: A PostgreSQL URL to use instead of ``DATABASE_URL`` (tests).
    """
    s = settings or get_settings()
    target = url or s.database_url
    if target.startswith("postgres"):
        from langgraph.checkpoint.postgres import PostgresSaver
        from psycopg.rows import dict_row
        from psycopg_pool import ConnectionPool

        # A pool, not one connection: a connection broken by a database restart is checked and
        # replaced when next taken (one long-lived connection stayed closed for good), and the
        # worker threads of a process do not queue behind one connection.
        with ConnectionPool(
            postgres_conninfo(target),
            min_size=1,
            max_size=POOL_SIZE,
            kwargs={"autocommit": True, "prepare_threshold": 0, "row_factory": dict_row},
            check=ConnectionPool.check_connection,
            open=True,
        ) as pool:
            saver = PostgresSaver(pool)
            saver.setup()
            yield saver
        return
    from langgraph.checkpoint.sqlite import SqliteSaver

    s.data_dir.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(s.data_dir / CHECKPOINT_FILE, check_same_thread=False, timeout=30)
    try:
        conn.execute("PRAGMA journal_mode=WAL")
        saver = SqliteSaver(conn)
        saver.setup()
        yield saver
    finally:
        conn.close()

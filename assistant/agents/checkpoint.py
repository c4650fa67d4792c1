"""The checkpointer that keeps each conversation's memory in the database.

SQLite file ``<DATA_DIR>/checkpoints.sqlite`` by default; LangGraph's PostgresSaver in
the CRM database when ``DATABASE_URL`` is PostgreSQL, on a connection pool that survives a
database restart. Tables are created on open.
"""

from __future__ import annotations

import contextlib
import sqlite3
import time
from collections.abc import Iterator
from typing import TYPE_CHECKING

from langgraph.checkpoint.base import BaseCheckpointSaver

from assistant.config import Settings, get_settings, libpq_url
from assistant.db import enable_wal

if TYPE_CHECKING:
    from psycopg_pool import ConnectionPool

CHECKPOINT_FILE = "checkpoints.sqlite"
POOL_SIZE = 8  # PostgreSQL connections of one process's checkpointer (server threads and queue workers)


SETUP_LOCK = 0x636B7074  # advisory lock key ("ckpt") held while the checkpoint tables are migrated


def _setup_once(pool: ConnectionPool, saver: BaseCheckpointSaver) -> None:
    """Run the saver's migrations while holding an advisory lock, one process at a time.

    LangGraph's migrations include ``CREATE INDEX CONCURRENTLY``: two processes opening the
    checkpointer at once on a new database both ran them and deadlocked (CI: "ShareLock on
    virtual transaction"). The lock is polled with ``pg_try_advisory_lock`` rather than awaited:
    a session blocked in ``pg_advisory_lock`` is itself an open transaction, which the holder's
    concurrent index build would wait for, and neither would ever finish.
    """
    with pool.connection() as conn:
        while not conn.execute("select pg_try_advisory_lock(%s) as ok", (SETUP_LOCK,)).fetchone()["ok"]:
            time.sleep(0.05)
        try:
            saver.setup()  # type: ignore[attr-defined]
        finally:
            conn.execute("select pg_advisory_unlock(%s)", (SETUP_LOCK,))


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
            _setup_once(pool, saver)
            yield saver
        return
    from langgraph.checkpoint.sqlite import SqliteSaver

    s.data_dir.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(s.data_dir / CHECKPOINT_FILE, check_same_thread=False, timeout=30)
    try:
        enable_wal(conn)
        saver = SqliteSaver(conn)
        saver.setup()
        yield saver
    finally:
        conn.close()

"""The bottom of the house: the declarative ``Base``, ``utcnow``, engines and sessions.

Every model module (CRM, compliance, script library) declares its tables on :class:`Base`
from here, so no package has to import another's models to get a base class. One engine
per database URL per process; SQLite gets foreign keys, WAL and a busy timeout so the
server, the CLI and job workers can share the file. Schema creation (Alembic) lives in
:mod:`assistant.migrations`, above the packages whose tables it creates.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import sqlite3
import time
from collections.abc import Iterator
from decimal import Decimal
from functools import lru_cache
from pathlib import Path
from typing import Any

from sqlalchemy import JSON, Engine, MetaData, Numeric, create_engine, event
from sqlalchemy.orm import DeclarativeBase, Session, sessionmaker

from assistant.config import get_settings, normalise_database_url

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

Money = Numeric(14, 2)


def utcnow() -> dt.datetime:
    """Return the current UTC time without tzinfo (stored naive, always UTC)."""
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


class Base(DeclarativeBase):
    """Declarative base with a naming convention so migrations are stable across databases."""

    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map = {dict[str, Any]: JSON, list[Any]: JSON, Decimal: Money}


def _sqlite_file(url: str) -> Path | None:
    """Return the file path of an SQLite URL, or None for memory/other databases."""
    prefix = "sqlite:///"
    if not url.startswith(prefix) or url in {"sqlite://", "sqlite:///:memory:"}:
        return None
    return Path(url[len(prefix) :])


def get_engine(url: str | None = None) -> Engine:
    """Return the (cached) engine for ``url``, default the configured ``DATABASE_URL``.

    ``postgres://``, ``postgresql://`` and ``postgresql+psycopg://`` give the same engine.
    """
    return _engine(normalise_database_url(url or get_settings().database_url))


@lru_cache(maxsize=16)
def _engine(url: str) -> Engine:
    path = _sqlite_file(url)
    if path is not None:
        path.parent.mkdir(parents=True, exist_ok=True)
    kwargs: dict[str, object] = {"future": True}
    if url.startswith("sqlite"):
        kwargs["connect_args"] = {"check_same_thread": False, "timeout": 30}
    else:
        kwargs["pool_pre_ping"] = True
    engine = create_engine(url, **kwargs)
    if url.startswith("sqlite"):
        event.listen(engine, "connect", _sqlite_pragmas)
    return engine


_WAL_STEP = 0.05  # seconds between two tries
_WAL_FLOOR, _WAL_CAP = 2.5, 60.0  # seconds: the retry budget without a busy timeout, and at most


def wal_budget(conn: Any) -> float:
    """Return how long :func:`enable_wal` keeps trying on ``conn``: its busy timeout, within 2.5–60 s.

    A connection opened with ``timeout=30`` (the checkpointer) is meant to wait 30 s for a lock,
    so the WAL switch waits as long; one without a known timeout gets the 2.5 s floor.
    """
    try:
        ms = float(conn.execute("PRAGMA busy_timeout").fetchone()[0] or 0)
    except (sqlite3.Error, AttributeError, IndexError, TypeError, ValueError):
        ms = 0.0
    return min(max(ms / 1000, _WAL_FLOOR), _WAL_CAP)


def enable_wal(conn: Any, attempts: int | None = None) -> None:
    """Put a SQLite database in WAL mode, waiting out another process that is doing the same.

    Switching to WAL takes an exclusive lock, and SQLite can answer "database is locked" at once
    (without its busy timeout) when two processes open a fresh file together. WAL is persistent,
    so the switch is skipped when the file is already in WAL and retried otherwise, for as long
    as the connection's busy timeout (:func:`wal_budget`).

    Args:
        conn: A DB-API ``sqlite3`` connection.
        attempts: How many times to try (50 ms apart); by default as many as fit in :func:`wal_budget`.
    """
    budget = wal_budget(conn) if attempts is None else attempts * _WAL_STEP
    tries = attempts if attempts is not None else max(1, round(budget / _WAL_STEP))
    deadline = time.monotonic() + budget  # a try that itself waits on the lock counts against the budget too
    for attempt in range(tries):
        try:
            if str(conn.execute("PRAGMA journal_mode").fetchone()[0]).lower() == "wal":
                return
            conn.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or attempt == tries - 1 or time.monotonic() >= deadline:
                raise
            time.sleep(_WAL_STEP)


def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    dbapi_conn.execute("PRAGMA foreign_keys=ON")
    enable_wal(dbapi_conn)
    dbapi_conn.execute("PRAGMA synchronous=NORMAL")


@lru_cache(maxsize=8)
def _factory(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(engine, expire_on_commit=False)


@contextlib.contextmanager
def session_scope(engine: Engine | None = None) -> Iterator[Session]:
    """Open a session that commits on success and rolls back on any error."""
    session = _factory(engine or get_engine())()
    try:
        yield session
        session.commit()
    except BaseException:
        session.rollback()
        raise
    finally:
        session.close()

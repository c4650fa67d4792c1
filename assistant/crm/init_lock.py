"""One ``crm-assistant init`` at a time per database: a lock around schema upgrade and demo load.

Two inits started together on a fresh database used to race: both ran the migrations and
both began loading the demo company, and the losers died with a traceback. With the lock
the second waits, then finds the schema current and the customers present, and says so.
SQLite uses an advisory file lock next to the database file; PostgreSQL a session-level
``pg_advisory_lock`` held on its own connection.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path

from sqlalchemy import Engine, text

# An arbitrary 64-bit key naming "crm-assistant init" among PostgreSQL advisory locks.
PG_LOCK_KEY = 0x63726D5F696E6974


@contextlib.contextmanager
def init_lock(engine: Engine) -> Iterator[None]:
    """Hold the init lock of ``engine``'s database for the duration of the block (waits for it)."""
    if engine.dialect.name == "postgresql":
        with engine.connect() as conn:
            conn.execute(text("SELECT pg_advisory_lock(:key)"), {"key": PG_LOCK_KEY})
            conn.commit()
            try:
                yield
            finally:
                conn.execute(text("SELECT pg_advisory_unlock(:key)"), {"key": PG_LOCK_KEY})
                conn.commit()
        return
    database = engine.url.database
    if engine.dialect.name != "sqlite" or not database or database == ":memory:":
        yield
        return
    with _file_lock(Path(database).with_name(Path(database).name + ".init.lock")):
        yield


@contextlib.contextmanager
def _file_lock(path: Path) -> Iterator[None]:
    """Hold an exclusive advisory lock on ``path`` (created if missing); no-op where ``fcntl`` is absent."""
    try:
        import fcntl
    except ImportError:  # pragma: no cover - Windows: no advisory locks; inits must not overlap there
        yield
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("a+") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)

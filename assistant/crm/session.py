"""Engines and sessions for the CRM database, and schema creation through Alembic.

One engine per database URL per process. SQLite gets foreign keys, WAL and a
busy timeout so the server, CLI and job workers can share the file.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path

from sqlalchemy import Engine, create_engine, event, inspect
from sqlalchemy.orm import Session, sessionmaker

from assistant.config import get_settings

MIGRATIONS_DIR = Path(__file__).with_name("migrations")


def _sqlite_file(url: str) -> Path | None:
    """Return the file path of an SQLite URL, or None for memory/other databases."""
    prefix = "sqlite:///"
    if not url.startswith(prefix) or url in {"sqlite://", "sqlite:///:memory:"}:
        return None
    return Path(url[len(prefix) :])


def get_engine(url: str | None = None) -> Engine:
    """Return the (cached) engine for ``url``, default the configured ``DATABASE_URL``."""
    return _engine(url or get_settings().database_url)


@lru_cache(maxsize=16)
def _engine(url: str) -> Engine:
    if url.startswith("postgresql://"):
        url = "postgresql+psycopg://" + url[len("postgresql://") :]
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


def _sqlite_pragmas(dbapi_conn, _record) -> None:  # noqa: ANN001 - DB-API objects are untyped
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.close()


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


def alembic_config(url: str):  # noqa: ANN201 - alembic.config.Config, imported lazily
    """Build an Alembic config pointing at the packaged migrations for ``url``."""
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return cfg


def upgrade_schema(engine: Engine | None = None) -> None:
    """Create or upgrade the schema to the newest migration."""
    from alembic import command

    engine = engine or get_engine()
    cfg = alembic_config(engine.url.render_as_string(hide_password=False))
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")


def schema_exists(engine: Engine | None = None) -> bool:
    """Whether the CRM tables exist in the database."""
    return inspect(engine or get_engine()).has_table("customers")

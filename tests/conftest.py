"""Shared fixtures: each database test on SQLite and on PostgreSQL (when configured), network guard."""

from __future__ import annotations

import contextlib
import os
import shutil
import socket
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine, create_engine, text
from sqlalchemy.orm import Session

from assistant.config import normalise_database_url, override_settings
from assistant.db import get_engine, session_scope
from assistant.migrations import upgrade_schema
from tests.databases import BACKENDS, MIGRATED, Builder, PgServer, Templates, pg_base_url, unique_name

_real_connect = socket.socket.connect


def _guarded_connect(self: socket.socket, address: object) -> object:
    """Allow loopback and Unix sockets only: unit tests never reach the network (or a real LLM)."""
    if isinstance(address, tuple) and address:
        host = str(address[0])
        if not (host.startswith("127.") or host in {"::1", "localhost"}):
            raise RuntimeError(f"network access to {host} is blocked in tests (use a fake or a local server)")
    return _real_connect(self, address)


@pytest.fixture(autouse=True)
def _no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(socket.socket, "connect", _guarded_connect)


@pytest.fixture(autouse=True)
def _isolated_settings(tmp_path: Path) -> Iterator[None]:
    """Point the data directory and database at a per-test temporary folder."""
    data = tmp_path / "data"
    with override_settings(
        environment="test", data_dir=data, database_url=f"sqlite:///{data}/crm.db", llm_provider="offline"
    ):
        yield


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PgServer | None]:
    """The ``TEST_DATABASE_URL`` server, or None when it is unset."""
    base = pg_base_url()
    server = PgServer(base) if base else None
    yield server
    if server is not None:
        server.close()


@pytest.fixture(scope="session")
def db_templates(tmp_path_factory: pytest.TempPathFactory, pg_server: PgServer | None) -> Iterator[Templates]:
    """The session's template databases (migrated schema, demo companies), on each backend."""
    templates = Templates(tmp_path_factory.mktemp("db-templates"), pg_server)
    yield templates
    templates.close()


@pytest.fixture(scope="session", params=BACKENDS)
def db_backend(request: pytest.FixtureRequest) -> str:
    """Every test that uses a database runs on SQLite and on PostgreSQL (skipped when unset)."""
    if request.param == "postgres" and not pg_base_url():
        pytest.skip("TEST_DATABASE_URL is not set")
    return str(request.param)


@pytest.fixture
def clone_db(
    db_backend: str, db_templates: Templates, pg_server: PgServer | None, tmp_path: Path, request: pytest.FixtureRequest
) -> Callable[..., Engine]:
    """Make this test's database, the configured ``DATABASE_URL``, a copy of a session template.

    ``clone_db()`` copies the migrated schema; ``clone_db(name, build)`` a template that
    ``build(engine)`` seeded once per session and backend. Called again (by a fixture that
    seeds the test's ``engine`` before anything used it), it replaces the database's content
    in place: the URL and the engine object stay the same.
    """
    pg_name: list[str] = []

    def clone(name: str = MIGRATED, build: Builder | None = None) -> Engine:
        if db_backend == "sqlite":
            target = tmp_path / "data" / "crm.db"
            url = f"sqlite:///{target}"
            get_engine(url).dispose()
            for stale in target.parent.glob("crm.db*"):
                stale.unlink()
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy(db_templates.sqlite(name, build), target)
            return get_engine(url)
        assert pg_server is not None
        template = db_templates.postgres(name, build)
        if pg_name:
            pg_server.drop(pg_name[0])
        else:
            pg_name.append(unique_name())
            configured = override_settings(database_url=normalise_database_url(pg_server.url_of(pg_name[0])))
            configured.__enter__()

            def drop() -> None:
                configured.__exit__(None, None, None)
                pg_server.drop(pg_name[0])

            request.addfinalizer(drop)
        return get_engine(pg_server.create(pg_name[0], template=template))

    return clone


@pytest.fixture
def engine(clone_db: Callable[..., Engine]) -> Engine:
    """A fresh, migrated database for one test — SQLite, then PostgreSQL — and the configured default."""
    return clone_db()


@pytest.fixture
def session(engine: Engine) -> Iterator[Session]:
    """A session on the per-test database that commits at the end of the test."""
    with session_scope(engine) as s:
        yield s


@contextlib.contextmanager
def throwaway_pg(prefix: str = "t") -> Iterator[Engine]:
    """Create a migrated PostgreSQL database on ``TEST_DATABASE_URL``, drop it afterwards; skip when unset."""
    base_url = os.environ.get("TEST_DATABASE_URL")
    if not base_url:
        pytest.skip("TEST_DATABASE_URL is not set")
    base_url = base_url.replace("postgresql://", "postgresql+psycopg://", 1)
    name = f"{prefix}_{uuid.uuid4().hex[:12]}"
    admin = create_engine(base_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    eng = create_engine(base_url.rsplit("/", 1)[0] + f"/{name}")
    upgrade_schema(eng)
    try:
        yield eng
    finally:
        eng.dispose()
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture
def pg_engine(pg_server: PgServer | None, db_templates: Templates) -> Iterator[Engine]:
    """A throwaway migrated PostgreSQL database (not the configured one); skipped only when unset."""
    if pg_server is None:
        pytest.skip("TEST_DATABASE_URL is not set")
    db = unique_name()
    pg_server.create(db, template=db_templates.postgres(MIGRATED))
    yield get_engine(pg_server.url_of(db))
    pg_server.drop(db)

"""Shared fixtures: a fresh migrated database per test, PostgreSQL when configured, network guard."""

from __future__ import annotations

import contextlib
import os
import socket
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine, create_engine, text
from sqlalchemy.orm import Session

from assistant.config import override_settings
from assistant.db import get_engine, session_scope
from assistant.migrations import upgrade_schema

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


@pytest.fixture
def engine(tmp_path: Path) -> Engine:
    """A fresh, migrated SQLite database for one test (also the configured default)."""
    eng = get_engine(f"sqlite:///{tmp_path}/data/crm.db")
    upgrade_schema(eng)
    return eng


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
def pg_engine() -> Iterator[Engine]:
    """A throwaway PostgreSQL database on ``TEST_DATABASE_URL``; skipped only when it is unset."""
    with throwaway_pg() as eng:
        yield eng

"""Test databases on both backends: SQLite files and throwaway PostgreSQL databases.

Every database a test gets is a copy of a *template* built once per session and backend:
``migrated`` (the schema from the Alembic migrations) and any named template a fixture
builds on top of it (a demo company, say). On SQLite a template is a file that is copied;
on PostgreSQL it is a database cloned with ``CREATE DATABASE x TEMPLATE y`` (a fraction of a
second, against ~1.5 s to migrate and seconds to seed). Each PostgreSQL database has a unique
name on the shared ``TEST_DATABASE_URL`` server and is dropped when its test ends.
"""

from __future__ import annotations

import os
import shutil
import threading
import uuid
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import Engine, create_engine, make_url, text

from assistant.config import normalise_database_url, override_settings
from assistant.db import get_engine
from assistant.migrations import upgrade_schema

BACKENDS = ("sqlite", "postgres")
MIGRATED = "migrated"
Builder = Callable[[Engine], object]


def pg_base_url() -> str | None:
    """The PostgreSQL server the tests may use (``TEST_DATABASE_URL``), or None."""
    return os.environ.get("TEST_DATABASE_URL") or None


def unique_name(prefix: str = "t") -> str:
    """A database name no other test (or other helper's session) uses."""
    return f"{prefix}_{uuid.uuid4().hex[:12]}"


class PgServer:
    """Create, clone and drop uniquely named databases on one PostgreSQL server."""

    def __init__(self, base_url: str) -> None:
        """Connect to ``base_url``'s maintenance database (autocommit, for CREATE/DROP DATABASE)."""
        self.base_url = base_url
        self.admin = create_engine(normalise_database_url(base_url), isolation_level="AUTOCOMMIT")

    def url_of(self, name: str) -> str:
        """The URL of database ``name``, spelt like ``TEST_DATABASE_URL`` (the app normalises it)."""
        return make_url(self.base_url).set(database=name).render_as_string(hide_password=False)

    def create(self, name: str, template: str | None = None) -> str:
        """Create database ``name`` (a copy of ``template`` when given); returns its URL."""
        clause = f' TEMPLATE "{template}"' if template else ""
        with self.admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"{clause}'))
        return self.url_of(name)

    def drop(self, name: str) -> None:
        """Close this process's pooled connections to ``name`` and drop it (other sessions are ended)."""
        get_engine(self.url_of(name)).dispose()
        with self.admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))

    def close(self) -> None:
        """Release the maintenance connection."""
        self.admin.dispose()


class Templates:
    """The session's template databases, built on first use, one per (backend, name)."""

    def __init__(self, folder: Path, pg: PgServer | None) -> None:
        """Keep SQLite templates in ``folder``; PostgreSQL templates on ``pg`` (None: SQLite only)."""
        self.folder = folder
        self.pg = pg
        self._built: dict[tuple[str, str], str] = {}
        self._lock = threading.Lock()

    def sqlite(self, name: str, build: Builder | None = None) -> Path:
        """The path of SQLite template ``name`` (``build`` seeds it on a copy of the migrated one)."""
        with self._lock:
            return Path(self._sqlite(name, build))

    def postgres(self, name: str, build: Builder | None = None) -> str:
        """The database name of PostgreSQL template ``name``."""
        with self._lock:
            return self._postgres(name, build)

    def _sqlite(self, name: str, build: Builder | None) -> str:
        key = ("sqlite", name)
        if key not in self._built:
            path = self.folder / f"{name}.db"
            if name == MIGRATED:
                _migrate(f"sqlite:///{path}")
            else:
                shutil.copy(self._sqlite(MIGRATED, None), path)
                _seed(f"sqlite:///{path}", build, self.folder / name)
            self._built[key] = str(path)
        return self._built[key]

    def _postgres(self, name: str, build: Builder | None) -> str:
        if self.pg is None:
            raise RuntimeError("TEST_DATABASE_URL is not set")
        key = ("postgres", name)
        if key not in self._built:
            db = unique_name(f"tpl_{name[:20]}")
            if name == MIGRATED:
                _migrate(self.pg.create(db))
            else:
                _seed(self.pg.create(db, template=self._postgres(MIGRATED, None)), build, self.folder / name)
            get_engine(self.pg.url_of(db)).dispose()  # a template must have no open connection
            self._built[key] = db
        return self._built[key]

    def close(self) -> None:
        """Drop the PostgreSQL templates."""
        if self.pg is not None:
            for (backend, _name), db in self._built.items():
                if backend == "postgres":
                    self.pg.drop(db)
            self.pg.close()


def _migrate(url: str) -> None:
    eng = create_engine(normalise_database_url(url))
    upgrade_schema(eng)
    eng.dispose()


def _seed(url: str, build: Builder | None, data_dir: Path) -> None:
    """Run ``build`` on the database at ``url``, with it as the configured database meanwhile."""
    if build is None:
        return
    with override_settings(database_url=url, data_dir=data_dir):
        build(get_engine(url))
    get_engine(url).dispose()

"""Reliability tests: real processes against PostgreSQL on loopback, each bounded in time.

They need ``TEST_DATABASE_URL`` (skipped without it), except the restart test, which starts
its own PostgreSQL with ``initdb``/``pg_ctl``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from sqlalchemy import Engine

from tests.databases import PgServer, Templates, pg_base_url, unique_name


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark every test here ``reliability`` (they run in ``make test``; ``-m 'not reliability'`` skips them)."""
    for item in items:
        if "tests/reliability/" in item.nodeid.replace("\\", "/"):
            item.add_marker(pytest.mark.reliability)


@pytest.fixture(scope="session")
def db_backend() -> str:
    """Reliability tests run on PostgreSQL only."""
    if not pg_base_url():
        pytest.skip("TEST_DATABASE_URL is not set")
    return "postgres"


@pytest.fixture
def pg_empty(pg_server: PgServer | None) -> Iterator[str]:
    """The URL of a brand-new, empty PostgreSQL database (no schema)."""
    if pg_server is None:
        pytest.skip("TEST_DATABASE_URL is not set")
    name = unique_name("t_rel")
    url = pg_server.create(name)
    yield url
    pg_server.drop(name)


@pytest.fixture
def pg_demo(clone_db: Callable[..., Engine], db_templates: Templates) -> Engine:
    """A 40-customer demo company on PostgreSQL, the configured database."""
    from tests.channels.demo_company import build_demo40

    return clone_db("demo40", build_demo40)

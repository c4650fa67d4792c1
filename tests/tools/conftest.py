"""Fixtures for tool and agent tests: a small demo company, generated once and copied per test."""

from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import Engine, create_engine, select

from assistant.crm.demo import generate_demo
from assistant.crm.models import Customer
from assistant.db import get_engine, session_scope
from assistant.identity import AssistantContext, context_for
from assistant.migrations import upgrade_schema

TODAY = dt.date(2025, 6, 15)


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A migrated SQLite file holding a 60-customer demo company as of :data:`TODAY`."""
    path = tmp_path_factory.mktemp("demo") / "crm.db"
    eng = create_engine(f"sqlite:///{path}")
    upgrade_schema(eng)
    generate_demo(eng, seed=7, customers=60, today=TODAY)
    eng.dispose()
    return path


@pytest.fixture
def demo(demo_template: Path, tmp_path: Path) -> Engine:
    """This test's own copy of the demo company, as the configured database."""
    target = tmp_path / "data" / "crm.db"
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copy(demo_template, target)
    return get_engine(f"sqlite:///{target}")


@pytest.fixture
def ctx_for(demo: Engine) -> Callable[..., AssistantContext]:
    """Build the run context of a demo login (CLI channel, :data:`TODAY`)."""

    def make(login: str, **kw: object) -> AssistantContext:
        with session_scope(demo) as s:
            return context_for(s, login, today=TODAY, **kw)

    return make


def customer_of(engine: Engine, owner_login: str, *, other_than: str | None = None) -> Customer:
    """A demo customer owned by ``owner_login`` (detached, attributes loaded)."""
    from assistant.crm.models import User

    with session_scope(engine) as s:
        owner = s.scalar(select(User).where(User.login == owner_login))
        assert owner is not None
        stmt = select(Customer).where(Customer.owner_id == owner.id).order_by(Customer.id)
        rows = [c for c in s.scalars(stmt) if c.external_id != other_than]
        assert rows, f"{owner_login} owns no customer in the demo"
        c = rows[0]
        _ = (c.contacts, c.owner)
        s.expunge_all()
        return c

"""Fixtures for tool and agent tests: a small demo company, generated once per backend and copied per test."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from sqlalchemy import Engine, select

from assistant.crm.demo import generate_demo
from assistant.crm.models import Customer
from assistant.db import session_scope
from assistant.identity import AssistantContext, context_for

TODAY = dt.date(2025, 6, 15)


def build_demo(engine: Engine) -> None:
    """Seed a 60-customer demo company as of :data:`TODAY` (once per session and backend)."""
    generate_demo(engine, seed=7, customers=60, today=TODAY)


@pytest.fixture
def demo(clone_db: Callable[..., Engine]) -> Engine:
    """This test's own copy of the demo company (SQLite, then PostgreSQL), as the configured database."""
    return clone_db("demo60", build_demo)


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

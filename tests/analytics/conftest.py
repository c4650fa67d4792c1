"""Fixtures of the analytics tests: a row builder on the per-test SQLite or PostgreSQL database."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from crm_builder import CRM
from sqlalchemy import Engine
from sqlalchemy.orm import Session

from assistant.db import session_scope


@pytest.fixture
def crm(session: Session) -> CRM:
    return CRM(session)


@pytest.fixture
def pg_crm(pg_engine: Engine) -> Iterator[CRM]:
    with session_scope(pg_engine) as s:
        yield CRM(s)

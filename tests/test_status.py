"""The server's self-report: counts and health come from the configured database."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Engine

from assistant import status
from assistant.crm.models import Customer, User
from assistant.db import session_scope


def test_counts_and_health_read_the_configured_database(engine: Engine) -> None:
    assert status.counts() == status.Counts(users=0, customers=0, orders=0)
    with session_scope(engine) as s:
        rep = User(login="rep01", display_name="Rep", role="rep")
        s.add(rep)
        s.flush()
        s.add(
            Customer(
                external_id="C00001",
                name_zh="鑫和贸易",
                country="CN",
                industry="retail",
                owner_id=rep.id,
                created_date=dt.date(2025, 1, 1),
            )
        )
    assert status.counts() == status.Counts(users=1, customers=1, orders=0)
    assert status.health() == {"status": "ok", "customers": 1, "llm_provider": "offline"}


def test_database_label_hides_credentials() -> None:
    from assistant.config import override_settings

    with override_settings(database_url="postgresql://u:secret@db:5432/crm"):
        assert status.database_label() == "db:5432/crm"

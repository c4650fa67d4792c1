"""DATABASE_URL: ``postgres://``, ``postgresql://`` and ``postgresql+psycopg://`` name the same database."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine, text

from assistant.config import Settings, libpq_url, normalise_database_url
from assistant.db import get_engine

FORMS = ("postgres://u:p@db:5432/crm", "postgresql://u:p@db:5432/crm", "postgresql+psycopg://u:p@db:5432/crm")


@pytest.mark.parametrize("url", FORMS)
def test_every_postgres_form_becomes_psycopg3(url: str) -> None:
    assert Settings(database_url=url).database_url == "postgresql+psycopg://u:p@db:5432/crm"
    assert normalise_database_url(url) == "postgresql+psycopg://u:p@db:5432/crm"
    assert libpq_url(url) == "postgresql://u:p@db:5432/crm"


def test_sqlite_and_psycopg2_spellings() -> None:
    assert normalise_database_url("sqlite:///./data/crm.db") == "sqlite:///./data/crm.db"
    assert normalise_database_url(" postgresql+psycopg2://h/db ") == "postgresql+psycopg://h/db"


def test_the_three_forms_share_one_engine_that_connects(pg_engine: Engine) -> None:
    rest = pg_engine.url.render_as_string(hide_password=False).split("://", 1)[1]
    engines = {id(get_engine(f"{scheme}://{rest}")) for scheme in ("postgres", "postgresql", "postgresql+psycopg")}
    assert len(engines) == 1
    with get_engine(f"postgres://{rest}").connect() as conn:
        assert conn.execute(text("select 1")).scalar() == 1

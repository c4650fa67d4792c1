"""The schema: migrations create every table, and match the models."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import Engine, inspect

from assistant.migrations import metadata


def _check(engine: Engine) -> None:
    tables = set(inspect(engine).get_table_names())
    assert set(metadata().tables) <= tables
    with engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), metadata())
    assert diff == [], f"models and migrations differ: {diff}"


def test_migrations_match_models_sqlite(engine: Engine) -> None:
    _check(engine)


def test_migrations_match_models_postgres(pg_engine: Engine) -> None:
    _check(pg_engine)


def test_migrations_form_one_line() -> None:
    from alembic.script import ScriptDirectory

    from assistant.migrations import alembic_config

    script = ScriptDirectory.from_config(alembic_config("sqlite://"))
    assert len(script.get_heads()) == 1, "migrations must form one line: set down_revision to the newest"

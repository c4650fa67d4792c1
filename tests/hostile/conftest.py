"""Hostile-input fixtures: a tiny CRM written as CSV, a database snapshot, and SQLite/PostgreSQL runs."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import Engine, select

from assistant.crm.csv_entities import ENTITIES
from assistant.crm.csv_io import import_csv
from assistant.db import get_engine
from assistant.migrations import upgrade_schema
from tests.tools.conftest import ctx_for, demo  # noqa: F401 - shared with the tool tests

WORLD = {
    "teams.csv": "name,region\n华东一组,East\n",
    "users.csv": (
        "login,display_name,role,team,email,language,telegram_user_id,active\n"
        "rep01,王磊,rep,华东一组,rep01@example.com,zh,,true\n"
        "rep02,李娜,rep,华东一组,,en,-100123,false\n"
    ),
    "customers.csv": (
        "external_id,name_zh,name_en,country,city,industry,owner_login,tier,tags,created_date\n"
        "C1,甲公司,Alpha Ltd,中国,宁波,retail,rep01,A,vip;eu,2025-01-02\n"
    ),
    "products.csv": "sku,name_zh,name_en,category,unit,unit_price,currency\nP1,杯子,Cup,kitchen,pcs,12.50,USD\n",
    "leads.csv": "external_id,company_name,source,created_at\nL1,Beta GmbH,web,2026-01-05 10:00:00\n",
    "opportunities.csv": (
        "external_id,customer_external_id,owner_login,name,amount,amount_usd,stage,probability,"
        "expected_close_date,created_at,stage_changed_at\n"
        "O1,C1,rep01,Cups,1000.00,1000.00,proposal,40,2026-03-01,2026-01-05 10:00:00,2026-01-06 10:00:00\n"
    ),
    "orders.csv": (
        "external_id,customer_external_id,owner_login,order_date,amount,amount_usd,payment_due_date\n"
        "R1,C1,rep01,2026-01-05,125.00,125.00,2026-02-05\n"
    ),
    "order_lines.csv": "order_external_id,sku,quantity,unit_price,amount\nR1,P1,10,12.50,125.00\n",
    "activities.csv": (
        "external_id,customer_external_id,rep_login,type,channel,occurred_at,content,response_minutes\n"
        "A1,C1,rep01,chat,wecom,2026-01-05 10:00:00,你好,5\n"
    ),
}


def write_world(directory: Path) -> Path:
    """Write the tiny CRM's CSV files into ``directory`` and return it."""
    directory.mkdir(parents=True, exist_ok=True)
    for name, content in WORLD.items():
        (directory / name).write_text(content, encoding="utf-8")
    return directory


def snapshot(engine: Engine) -> dict[str, list[tuple]]:
    """Every row of every CSV entity, in id order (to prove a rejected import changed nothing)."""
    with engine.connect() as conn:
        return {
            e.name: [tuple(r) for r in conn.execute(select(e.model.__table__).order_by(e.model.__table__.c.id))]
            for e in ENTITIES
        }


@pytest.fixture
def db(engine: Engine) -> Engine:
    """The per-test database: the same test runs on SQLite and on PostgreSQL (``engine`` is parametrised)."""
    return engine


@pytest.fixture
def world(db: Engine, tmp_path: Path) -> Engine:
    """``db`` (SQLite, then PostgreSQL) holding the tiny CRM."""
    import_csv(db, write_world(tmp_path / "world"))
    return db


@pytest.fixture
def lite_world(engine: Engine, tmp_path: Path) -> Engine:
    """The per-test database (SQLite, then PostgreSQL) holding the tiny CRM."""
    import_csv(engine, write_world(tmp_path / "world"))
    return engine


@pytest.fixture(scope="module")
def frozen_world(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    """A SQLite tiny CRM shared by a module's tests that only make imports that must be rejected."""
    folder = tmp_path_factory.mktemp("frozen")
    eng = get_engine(f"sqlite:///{folder}/crm.db")
    upgrade_schema(eng)
    import_csv(eng, write_world(folder / "world"))
    return eng

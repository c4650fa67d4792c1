"""Property: every export re-imports identically, for arbitrary Unicode in every entity's text fields.

One row per entity is written straight into a source database with generated text (U+2028/U+2029,
CR, LF, quotes, commas, semicolons, formula starts, padding, empty strings...), exported, imported
into a second database and exported again. NUL is excluded: the format refuses it (README, Limits).
"""

from __future__ import annotations

import datetime as dt
import filecmp
from decimal import Decimal
from pathlib import Path
from typing import Any

from alembic import command
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import Engine, String, delete, func, insert, select, update

from assistant.crm.csv_entities import ENTITIES
from assistant.crm.csv_io import export_csv, import_csv
from assistant.crm.csv_spec import Entity
from assistant.crm.models import Activity
from assistant.db import get_engine, session_scope
from assistant.migrations import alembic_config, upgrade_schema

NASTY = list("\u2028\u2029\r\n\"',;=+-@\t \x0b\x0c\x1c\x85\xa0\u3000名😀")
CHARS = st.one_of(
    st.sampled_from(NASTY), st.characters(exclude_categories=("Cs",), exclude_characters="\x00")
)
T0 = dt.datetime(2026, 1, 5, 10, 0)
FIXED: dict[
    str, dict[str, Any]
] = {  # the non-text columns of each entity's one row (every reference is id 1)
    "teams": {},
    "users": {"role": "rep", "team_id": 1, "telegram_user_id": -42, "active": False},
    "products": {"unit_price": Decimal("1.50")},
    "customers": {"owner_id": 1, "tier": "B", "created_date": dt.date(2025, 1, 2)},
    "contacts": {"customer_id": 1, "is_primary": True},
    "leads": {"status": "new", "owner_id": 1, "created_at": T0, "last_activity_at": None},
    "lead_events": {"lead_id": 1, "occurred_at": T0},
    "opportunities": {
        "customer_id": 1,
        "owner_id": 1,
        "amount": Decimal("10.00"),
        "amount_usd": Decimal("1.25"),
        "stage": "won",
        "probability": 100,
        "expected_close_date": dt.date(2026, 2, 1),
        "created_at": T0,
        "stage_changed_at": T0,
        "closed_at": T0,
    },
    "stage_changes": {
        "opportunity_id": 1,
        "from_stage": "proposal",
        "to_stage": "won",
        "changed_at": T0,
        "changed_by_id": 1,
    },
    "orders": {
        "customer_id": 1,
        "owner_id": 1,
        "order_date": dt.date(2026, 1, 5),
        "amount": Decimal("0.01"),
        "amount_usd": Decimal("999999999999.99"),
        "payment_due_date": dt.date(2026, 2, 5),
        "paid_date": None,
        "paid_amount_usd": Decimal("0.00"),
    },
    "order_lines": {
        "order_id": 1,
        "product_id": 1,
        "quantity": 0,
        "unit_price": Decimal("1.50"),
        "amount": Decimal("0.00"),
    },
    "activities": {
        "customer_id": 1,
        "contact_id": 1,
        "opportunity_id": 1,
        "rep_id": 1,
        "type": "chat",
        "direction": "inbound",
        "occurred_at": T0,
        "response_minutes": 0,
    },
}


def _text(entity: Entity, name: str, required: bool) -> st.SearchStrategy[str | None]:
    column = entity.model.__table__.c[name]
    size = min(column.type.length or 40, 40) if isinstance(column.type, String) else 40
    text = st.text(CHARS, max_size=size)
    # activities.external_id is nullable in the table but always set (models.new_activity_external_id)
    return st.one_of(st.none(), text) if column.nullable and not required else text


JSON_LEAF = st.one_of(
    st.text(CHARS, max_size=8), st.integers(-(10**12), 10**12), st.booleans(), st.none(),
    st.floats(allow_nan=False, allow_infinity=False),
)  # fmt: skip
JSON_OBJECT = st.dictionaries(
    st.text(CHARS, max_size=8), st.one_of(JSON_LEAF, st.lists(JSON_LEAF, max_size=3)), max_size=3
)
TAG = st.text(st.characters(exclude_categories=("Cs",), exclude_characters="\x00;"), min_size=1, max_size=8)


def _row(entity: Entity) -> st.SearchStrategy[dict[str, Any]]:
    """A strategy for one row of ``entity``: generated text fields plus its FIXED columns."""
    parts: dict[str, st.SearchStrategy[Any]] = {}
    for f in entity.fields:
        if f.kind == "str" and not f.ref and not f.choices:
            parts[f.target] = _text(entity, f.target, f.required)
    if entity.name == "customers":  # tags: ';'-separated, so no ';' and no surrounding white space
        parts["tags"] = st.lists(TAG.map(str.strip).filter(bool), max_size=3)
    if entity.name == "leads":
        parts["attributes"] = JSON_OBJECT
    if entity.name == "activities":
        parts["summary"] = st.one_of(st.none(), JSON_OBJECT)
    return st.fixed_dictionaries(parts).map(lambda generated: {"id": 1, **FIXED[entity.name], **generated})


WORLD = st.fixed_dictionaries({e.name: _row(e) for e in ENTITIES})


def _reset(engine: Engine, rows: dict[str, dict[str, Any]] | None = None) -> None:
    with engine.begin() as conn:
        for entity in reversed(ENTITIES):
            conn.execute(delete(entity.model.__table__))
        for entity in ENTITIES if rows else ():
            conn.execute(insert(entity.model.__table__), rows[entity.name])


def _csv_columns(engine: Engine, entity: Entity) -> dict[str, Any]:
    table = entity.model.__table__
    with engine.connect() as conn:
        row = conn.execute(select(table)).mappings().one()
    return {c: row[c] for c in ["id", *(f.target for f in entity.fields)]}


def test_every_export_reimports_identically(engine: Engine, tmp_path: Path) -> None:
    target = get_engine(f"sqlite:///{tmp_path}/target.db")
    upgrade_schema(target)

    @settings(max_examples=40, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow])
    @given(world=WORLD)
    def round_trip(world: dict[str, dict[str, Any]]) -> None:
        _reset(engine, world)
        _reset(target)
        export_csv(engine, tmp_path / "a")
        report = import_csv(target, tmp_path / "a")
        assert sum(report.inserted.values()) == len(ENTITIES)
        for entity in ENTITIES:
            assert _csv_columns(target, entity) == _csv_columns(engine, entity), entity.name
        export_csv(target, tmp_path / "b")
        for entity in ENTITIES:
            assert filecmp.cmp(tmp_path / "a" / entity.file, tmp_path / "b" / entity.file, shallow=False)
        again = import_csv(target, tmp_path / "b")  # and re-importing it changes nothing
        assert again.unchanged == again.updated

    round_trip()


def _log_like_the_assistant(engine: Engine) -> list[str]:
    """Save two activities the way tools/writes.py and summaries/store.py do (no external_id given)."""
    with session_scope(engine) as s:
        customer_id, rep_id = s.execute(select(Activity.customer_id, Activity.rep_id).limit(1)).one()
        acts = [
            Activity(customer_id=customer_id, rep_id=rep_id, type="note", channel="other",
                     occurred_at=T0, content=text, source="assistant")
            for text in ("客户要样品", 'follow up, "quote" next week')
        ]  # fmt: skip
        s.add_all(acts)
        s.flush()
        return [str(a.external_id) for a in acts]


def test_activities_logged_by_the_assistant_export_and_import_back(
    lite_world: Engine, tmp_path: Path
) -> None:
    ids = _log_like_the_assistant(lite_world)
    assert all(i.startswith("ACT-") and len(i) <= 40 for i in ids) and len(set(ids)) == 2
    export_csv(lite_world, tmp_path / "out")
    again = import_csv(lite_world, tmp_path / "out")
    # the same rows, matched by their ids
    assert again.inserted["activities"] == 0 and again.unchanged == again.updated
    target = get_engine(f"sqlite:///{tmp_path}/target.db")
    upgrade_schema(target)
    import_csv(target, tmp_path / "out")
    with target.connect() as conn:
        assert set(ids) <= set(conn.execute(select(Activity.external_id)).scalars())


def test_the_migration_names_activities_saved_earlier_without_external_id(
    lite_world: Engine, tmp_path: Path
) -> None:
    with lite_world.begin() as conn:
        conn.execute(update(Activity).values(external_id=None))  # what the assistant saved before 0007
        count = conn.execute(select(func.count()).select_from(Activity)).scalar_one()
    cfg = alembic_config(lite_world.url.render_as_string(hide_password=False))
    with lite_world.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0006")
        command.upgrade(cfg, "head")
    with lite_world.connect() as conn:
        named = conn.execute(select(Activity.external_id)).scalars().all()
    assert len(named) == count and None not in named and len(set(named)) == count
    export_csv(lite_world, tmp_path / "out")
    assert import_csv(lite_world, tmp_path / "out").inserted["activities"] == 0

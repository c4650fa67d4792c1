"""CSV export/import: round trip, upsert, and all-or-nothing rejection of bad rows."""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import Engine

from assistant.crm.csv_io import ImportFailed, export_csv, import_csv
from assistant.crm.demo import generate_demo
from assistant.crm.stats import db_stats
from assistant.db import get_engine
from assistant.migrations import upgrade_schema

TODAY = dt.date(2026, 11, 25)


def _stats(engine: Engine) -> dict:
    data = db_stats(engine)
    data.pop("database")
    return data


def _build(engine: Engine) -> None:
    generate_demo(engine, customers=40, today=TODAY)


@pytest.fixture
def exported(engine: Engine, clone_db: Callable[..., Engine], tmp_path: Path) -> Path:
    clone_db("csv40", _build)  # the demo is generated once per session and backend
    out = tmp_path / "export"
    export_csv(engine, out)
    return out


def _fresh(tmp_path: Path, name: str) -> Engine:
    eng = get_engine(f"sqlite:///{tmp_path}/{name}.db")
    upgrade_schema(eng)
    return eng


def _rewrite(path: Path, row_index: int, column: str, value: str) -> int:
    """Change one cell of a CSV file; returns the 1-based line number of that row."""
    with path.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
        fieldnames = list(rows[0].keys())
    rows[row_index][column] = value
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=fieldnames)
        writer.writeheader()
        writer.writerows(rows)
    return row_index + 2


def test_round_trip_reproduces_stats(engine: Engine, exported: Path, tmp_path: Path) -> None:
    target = _fresh(tmp_path, "copy")
    report = import_csv(target, exported)
    assert report.inserted["customers"] == 40
    assert _stats(target) == _stats(engine)


def test_round_trip_on_postgres(engine: Engine, exported: Path, pg_engine: Engine) -> None:
    import_csv(pg_engine, exported)
    assert _stats(pg_engine)["counts"] == _stats(engine)["counts"]
    assert _stats(pg_engine)["orders"] == _stats(engine)["orders"]


def test_reimport_updates_instead_of_duplicating(engine: Engine, exported: Path) -> None:
    before = _stats(engine)
    report = import_csv(engine, exported)
    assert sum(report.inserted.values()) == 0
    assert report.updated["orders"] == before["counts"]["orders"]
    assert _stats(engine) == before


def test_upsert_changes_a_field(engine: Engine, exported: Path) -> None:
    path = exported / "customers.csv"
    _rewrite(path, 0, "city", "宁波")
    import_csv(engine, path)
    from sqlalchemy import select

    from assistant.crm.models import Customer

    with engine.connect() as conn:
        assert conn.scalar(select(Customer.city).where(Customer.external_id == "C00001")) == "宁波"


@pytest.mark.parametrize(
    ("file", "row", "column", "value", "message"),
    [
        ("orders.csv", 5, "amount_usd", "12,3x", "is not a valid decimal"),
        ("customers.csv", 3, "owner_login", "rep99", "unknown user 'rep99'"),
        ("customers.csv", 7, "country", "", "is required but empty"),
        ("opportunities.csv", 2, "stage", "maybe", "is not one of"),
        ("order_lines.csv", 9, "sku", "NOPE-1", "unknown product 'NOPE-1'"),
        ("orders.csv", 4, "order_date", "2026-13-01", "is not a valid date"),
    ],
)
def test_one_broken_row_rejects_everything(
    exported: Path, tmp_path: Path, file: str, row: int, column: str, value: str, message: str
) -> None:
    line = _rewrite(exported / file, row, column, value)
    target = _fresh(tmp_path, "target")
    empty = _stats(target)
    with pytest.raises(ImportFailed) as err:
        import_csv(target, exported)
    text = str(err.value)
    assert f"{file}:{line}: column '{column}'" in text
    assert message in text
    assert _stats(target) == empty  # nothing half-written, not even the files before the bad one


def test_bom_and_single_file(engine: Engine, tmp_path: Path) -> None:
    path = tmp_path / "teams.csv"
    path.write_text("\ufeffname,region\n华南组,South China\n", encoding="utf-8")
    report = import_csv(engine, path)
    assert report.inserted == {"teams": 1}


def test_bad_header_and_unknown_file(engine: Engine, tmp_path: Path) -> None:
    path = tmp_path / "teams.csv"
    path.write_text("name,colour\nA,red\n", encoding="utf-8")
    with pytest.raises(ImportFailed, match=r"teams.csv:1: header: unknown column\(s\) \['colour'\]"):
        import_csv(engine, path)
    other = tmp_path / "stuff.csv"
    other.write_text("a\n1\n", encoding="utf-8")
    with pytest.raises(ImportFailed, match="unknown entity file"):
        import_csv(engine, other)


def test_not_utf8(engine: Engine, tmp_path: Path) -> None:
    path = tmp_path / "teams.csv"
    path.write_bytes("name,region\n华南组,x\n".encode("gbk"))
    with pytest.raises(ImportFailed, match="not UTF-8"):
        import_csv(engine, path)


def test_duplicate_keys_in_one_file(engine: Engine, tmp_path: Path) -> None:
    path = tmp_path / "teams.csv"
    path.write_text("name,region\nA,x\nA,y\n", encoding="utf-8")
    with pytest.raises(ImportFailed, match=r"teams.csv:3: duplicate key \('A',\) \(also on line 2\)"):
        import_csv(engine, path)

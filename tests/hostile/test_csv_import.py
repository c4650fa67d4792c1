"""Hostile CSV imports: partial files, corrupt numbers, time zones, huge/NUL cells, clean errors."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import Engine, select, text
from sqlalchemy.exc import DataError
from typer.testing import CliRunner

from assistant.cli import app
from assistant.config import override_settings
from assistant.crm.csv_io import ImportFailed, export_csv, import_csv
from assistant.crm.models import Customer, Lead, OrderLine, Product, User
from tests.hostile.conftest import WORLD, snapshot

runner = CliRunner()


def _one(engine: Engine, column: object, where: object) -> object:
    with engine.connect() as conn:
        return conn.scalar(select(column).where(where))


def _with_cell(name: str, column: str, value: str) -> str:
    """The tiny CRM's ``name`` file with one cell of its first data row replaced."""
    rows = list(csv.reader(io.StringIO(WORLD[name], newline="")))
    rows[1][rows[0].index(column)] = value
    out = io.StringIO()
    csv.writer(out).writerows(rows)
    return out.getvalue()


def _reject(engine: Engine, path: Path, expected: str) -> str:
    before = snapshot(engine)
    with pytest.raises(ImportFailed) as err:
        import_csv(engine, path)
    message = str(err.value)
    assert expected in message
    assert snapshot(engine) == before
    return message


# 1. missing optional columns must not reset values


def test_users_file_without_optional_columns_keeps_a_disabled_user_disabled(world: Engine, tmp_path: Path) -> None:
    path = tmp_path / "users.csv"
    path.write_text("login,display_name,role\nrep02,李娜 (new name),rep\n", encoding="utf-8")
    report = import_csv(world, path)
    assert (report.inserted["users"], report.updated["users"], report.unchanged["users"]) == (0, 1, 0)
    with world.connect() as conn:
        user = conn.execute(select(User).where(User.login == "rep02")).one()
    assert user.display_name == "李娜 (new name)"
    assert (user.active, user.language, user.telegram_user_id, user.team_id) == (False, "en", -100123, 1)


def test_customers_with_required_columns_only_keep_tier_and_tags(world: Engine, tmp_path: Path) -> None:
    path = tmp_path / "customers.csv"
    path.write_text(
        "external_id,country,industry,owner_login,created_date\nC1,中国,wholesale,rep02,2025-01-02\n",
        encoding="utf-8",
    )
    import_csv(world, path)
    with world.connect() as conn:
        row = conn.execute(select(Customer).where(Customer.external_id == "C1")).one()
    assert (row.industry, row.tier, row.tags, row.name_zh, row.city) == ("wholesale", "A", ["vip", "eu"], "甲公司", "宁波")


def test_empty_cell_in_a_defaulted_column_keeps_old_rows_and_defaults_new_ones(
    lite_world: Engine, tmp_path: Path
) -> None:
    path = tmp_path / "users.csv"
    path.write_text("login,display_name,role,active,language\nrep02,李娜,rep,,\nrep03,新人,rep,,\n", encoding="utf-8")
    import_csv(lite_world, path)
    assert _one(lite_world, User.active, User.login == "rep02") is False
    assert _one(lite_world, User.language, User.login == "rep02") == "en"
    assert _one(lite_world, User.active, User.login == "rep03") is True
    assert _one(lite_world, User.language, User.login == "rep03") == "zh"


def test_reimporting_an_unchanged_export_changes_no_row(world: Engine, tmp_path: Path) -> None:
    export_csv(world, tmp_path / "out")
    before = snapshot(world)  # includes users.created_at, which the CSV does not carry
    report = import_csv(world, tmp_path / "out")
    assert sum(report.inserted.values()) == 0
    assert report.unchanged == report.updated
    assert report.updated["users"] == 2
    assert snapshot(world) == before


# 2. numbers


@pytest.mark.parametrize(
    ("file", "column", "value", "why"),
    [
        ("products.csv", "unit_price", "1,5", "no thousands separators"),
        ("products.csv", "unit_price", "1,234.50", "is not a valid decimal"),
        ("products.csv", "unit_price", "1 000", "is not a valid decimal"),
        ("products.csv", "unit_price", "1e400", "no thousands separators or exponents"),
        ("products.csv", "unit_price", "Infinity", "is not a valid decimal"),
        ("products.csv", "unit_price", "NaN", "is not a valid decimal"),
        ("products.csv", "unit_price", "-5.00", "is negative"),
        ("products.csv", "unit_price", "12.345", "more than 2 decimal places"),
        ("products.csv", "unit_price", "1000000000000", "is too large"),
        ("opportunities.csv", "probability", "250", "out of range (0 to 100)"),
        ("opportunities.csv", "probability", "-1", "out of range (0 to 100)"),
        ("opportunities.csv", "probability", "50.5", "is not a valid int"),
        ("opportunities.csv", "amount", "-1000.00", "is negative"),
        ("order_lines.csv", "quantity", "1_000", "is not a valid int"),
        ("order_lines.csv", "quantity", "１２", "is not a valid int"),
        ("order_lines.csv", "quantity", "3000000000", "out of range"),
        ("activities.csv", "response_minutes", "-3", "out of range"),
        ("users.csv", "telegram_user_id", str(2**63), "out of range"),
    ],
)
def test_bad_numbers_are_rejected_with_file_line_column(
    frozen_world: Engine, tmp_path: Path, file: str, column: str, value: str, why: str
) -> None:
    path = tmp_path / file
    path.write_text(_with_cell(file, column, value), encoding="utf-8")
    message = _reject(frozen_world, path, f"{file}:2: column '{column}': ")
    assert why in message


def test_plain_numbers_are_accepted(lite_world: Engine, tmp_path: Path) -> None:
    (tmp_path / "products.csv").write_text(_with_cell("products.csv", "unit_price", "+1234.5"), encoding="utf-8")
    (tmp_path / "order_lines.csv").write_text(_with_cell("order_lines.csv", "quantity", " 7 "), encoding="utf-8")
    import_csv(lite_world, tmp_path)
    assert _one(lite_world, Product.unit_price, Product.sku == "P1") == Decimal("1234.50")
    assert _one(lite_world, OrderLine.quantity, OrderLine.id == 1) == 7


def test_db_stats_json_stays_valid_json_with_an_infinite_amount(lite_world: Engine) -> None:
    if lite_world.dialect.name == "postgresql":  # NUMERIC(14, 2) refuses it: the value cannot exist there
        with pytest.raises(DataError), lite_world.begin() as conn:
            conn.execute(text("UPDATE orders SET amount_usd = 1e999"))
        return
    with lite_world.begin() as conn:  # what the old importer stored for 1e400 (SQLite keeps any float)
        conn.execute(text("UPDATE orders SET amount_usd = 1e999"))
    result = runner.invoke(app, ["db", "stats", "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output, parse_constant=lambda c: pytest.fail(f"invalid JSON constant {c}"))
    assert data["orders"]["total_usd"] is None


# 3. time zones


def test_times_with_an_offset_are_stored_as_utc(world: Engine, tmp_path: Path) -> None:
    path = tmp_path / "leads.csv"
    path.write_text(
        "external_id,company_name,source,created_at,last_activity_at\n"
        "L1,Beta GmbH,web,2026-01-05 10:00:00+08:00,2026-01-05T10:00:00Z\n"
        "L2,Gamma,web,2026-01-05 23:30:00-05:30,2026-01-05 10:00:00\n",
        encoding="utf-8",
    )
    import_csv(world, path)
    assert _one(world, Lead.created_at, Lead.external_id == "L1") == dt.datetime(2026, 1, 5, 2, 0)
    assert _one(world, Lead.last_activity_at, Lead.external_id == "L1") == dt.datetime(2026, 1, 5, 10, 0)
    assert _one(world, Lead.created_at, Lead.external_id == "L2") == dt.datetime(2026, 1, 6, 5, 0)
    assert _one(world, Lead.last_activity_at, Lead.external_id == "L2") == dt.datetime(2026, 1, 5, 10, 0)


# 6 and 7. cells the database would reject: same clean error on SQLite and PostgreSQL


HOSTILE_CELLS = [  # (file, column, value, why): what PostgreSQL or SQLite would reject, corrupt or choke on
    ("customers.csv", "name_zh", "名" * 100_000, "is 100,000 characters long; at most 120 are allowed"),
    ("leads.csv", "company_name", "x" * 200_000, "is 200,000 characters long; at most 160 are allowed"),
    ("activities.csv", "content", "长" * 70_000, "is 70,000 characters long; at most 65,536 are allowed"),
    ("leads.csv", "company_name", "Beta\x00GmbH", "contains a NUL character"),
    ("activities.csv", "content", "你好\x00", "contains a NUL character"),
    ("products.csv", "unit_price", "10000000000000.00", "is too large"),
    ("order_lines.csv", "quantity", "2147483648", "is out of range"),
    ("customers.csv", "owner_login", "r" * 300, "is 300 characters long; at most 64 are allowed"),
]


def test_cells_the_database_would_reject_fail_cleanly(world: Engine, tmp_path: Path) -> None:
    """One database per run (a fresh PostgreSQL database per case would cost ~2 s each)."""
    for number, (file, column, value, why) in enumerate(HOSTILE_CELLS):
        path = tmp_path / str(number) / file
        path.parent.mkdir()
        path.write_text(_with_cell(file, column, value), encoding="utf-8")
        message = _reject(world, path, f"{file}:2: column '{column}': ")
        assert why in message, (number, message)
        assert len(message) < 400, number  # the cell is not echoed back in full


def test_constraint_violations_are_one_line_without_sql(world: Engine, tmp_path: Path) -> None:
    path = tmp_path / "users.csv"
    path.write_text("login,display_name,role,wecom_userid\nu1,A,rep,SAME\nu2,B,rep,SAME\n", encoding="utf-8")
    message = _reject(world, path, "users.csv: the database rejected the rows: ")
    assert "wecom_userid" in message and "[SQL" not in message and len(message.splitlines()) == 2


def test_json_cells_with_nul_or_non_finite_numbers_are_rejected(frozen_world: Engine, tmp_path: Path) -> None:
    path = tmp_path / "leads.csv"
    path.write_text(
        'external_id,company_name,source,created_at,attributes\nL1,B,web,2026-01-05,"{""a"": ""\\u0000""}"\n'
        'L2,C,web,2026-01-05,"{""a"": 1e999}"\nL3,D,web,2026-01-05,"{""a"": NaN}"\n',
        encoding="utf-8",
    )
    message = _reject(frozen_world, path, "leads.csv:2: column 'attributes': ")
    assert "leads.csv:3: column 'attributes': " in message
    assert "leads.csv:4: column 'attributes': " in message


def test_cli_import_prints_one_line_per_problem_and_no_traceback(db: Engine, tmp_path: Path) -> None:
    from assistant.crm.csv_io import import_csv as load

    load(db, _world_dir(tmp_path))
    bad = tmp_path / "customers.csv"
    bad.write_text(
        "external_id,name_zh,city,country,industry,owner_login,created_date\n"
        f"C1,{'名' * 100_000},宁\x00波,中国,retail,rep01,2025-01-02\n"
        "C2,乙,杭州,中国,retail,[/red],2025-01-02\n",
        encoding="utf-8",
    )
    before = snapshot(db)
    with override_settings(database_url=db.url.render_as_string(hide_password=False)):
        result = runner.invoke(app, ["import", str(bad)])
    assert result.exit_code == 1
    assert isinstance(result.exception, SystemExit)
    out = result.output
    assert "customers.csv:2: column 'name_zh': is 100,000 characters long; at most 120 are allowed" in out
    assert "customers.csv:2: column 'city': contains a NUL character" in out
    assert "customers.csv:3: column 'owner_login': unknown user '[/red]'" in out
    assert "Traceback" not in out and len(out) < 1000
    assert snapshot(db) == before


def _world_dir(tmp_path: Path) -> Path:
    from tests.hostile.conftest import write_world

    return write_world(tmp_path / "world")


# 4. the reader splits records on \r and \n only


def test_unicode_line_separators_inside_cells_are_text(lite_world: Engine, tmp_path: Path) -> None:
    name = "A\u2028B\u2029C\x0bD\x0cE\x1cF\x85G"
    path = tmp_path / "customers.csv"
    path.write_text(_with_cell("customers.csv", "name_en", name), encoding="utf-8")
    import_csv(lite_world, path)
    assert _one(lite_world, Customer.name_en, Customer.external_id == "C1") == name


def test_rows_longer_than_the_header_and_repeated_columns_are_rejected(frozen_world: Engine, tmp_path: Path) -> None:
    path = tmp_path / "teams.csv"
    path.write_text("name,region\nA,x,surplus\n", encoding="utf-8")
    _reject(frozen_world, path, "teams.csv:2: 3 cells but the header has 2")
    path.write_text("name,region,region\nA,x,y\n", encoding="utf-8")
    _reject(frozen_world, path, "teams.csv:1: header: column(s) ['region'] appear more than once")

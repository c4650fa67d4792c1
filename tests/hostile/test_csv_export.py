"""Hostile CSV exports: formula injection, separators in text, and a property-based round trip."""

from __future__ import annotations

import csv
import datetime as dt
from decimal import Decimal
from pathlib import Path

from sqlalchemy import Engine, select, update
from sqlalchemy.orm import Session
from typer.testing import CliRunner

from assistant.crm.csv_io import export_csv, import_csv
from assistant.crm.models import Activity, Customer, Team, User
from assistant.db import get_engine
from assistant.migrations import upgrade_schema
from tests.hostile.conftest import snapshot

FORMULAS = ["=cmd|' /C calc'!A0", '=HYPERLINK("http://evil.example","x")', "@SUM(1+1)", "+1+cmd|' /C calc'!A0",
            "-2+3", "\tTAB", "\rCR"]  # fmt: skip


def _cells(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as fh:
        return list(csv.DictReader(fh))


def _fresh(tmp_path: Path, name: str) -> Engine:
    eng = get_engine(f"sqlite:///{tmp_path}/{name}.db")
    upgrade_schema(eng)
    return eng


def test_formula_cells_are_escaped_and_round_trip(world: Engine, tmp_path: Path) -> None:
    names = dict(zip(("name_zh", "name_en", "short_name", "city", "industry", "source_channel"), FORMULAS, strict=False))
    with world.begin() as conn:
        conn.execute(update(Customer).values(**names, tags=["=1+1", "@x"]))
        conn.execute(update(Activity).values(content=FORMULAS[-1]))
    export_csv(world, tmp_path / "out")
    customer = _cells(tmp_path / "out" / "customers.csv")[0]
    for column, value in names.items():
        assert customer[column] == "'" + value
    assert customer["tags"] == "'=1+1;@x"
    assert _cells(tmp_path / "out" / "activities.csv")[0]["content"] == "'\rCR"
    users = _cells(tmp_path / "out" / "users.csv")
    assert users[1]["telegram_user_id"] == "-100123"  # numbers are not escaped

    before = snapshot(world)
    report = import_csv(world, tmp_path / "out")  # the same values: nothing changes
    assert report.unchanged == report.updated and snapshot(world) == before
    copy = _fresh(tmp_path, "copy")
    import_csv(copy, tmp_path / "out")
    with copy.connect() as conn:
        row = conn.execute(select(Customer)).one()
        assert conn.scalar(select(User.telegram_user_id).where(User.login == "rep02")) == -100123
    assert {c: getattr(row, c) for c in names} == names
    assert row.tags == ["=1+1", "@x"]


def test_separators_quotes_and_padding_round_trip(world: Engine, tmp_path: Path) -> None:
    content = 'line1\u2028line2\u2029line3\r\nline4\rline5\x85\x0b\x0c "quoted", \'single\';'
    with world.begin() as conn:
        conn.execute(update(Activity).values(content=content))
        conn.execute(update(Team).values(region="'starts with a quote"))
        conn.execute(update(User).where(User.login == "rep01").values(display_name="  padded  ", email=""))
    export_csv(world, tmp_path / "out")
    before = snapshot(world)
    report = import_csv(world, tmp_path / "out")
    assert report.unchanged == report.updated and snapshot(world) == before
    copy = _fresh(tmp_path, "copy")
    import_csv(copy, tmp_path / "out")
    with copy.connect() as conn:
        assert conn.scalar(select(Activity.content)) == content
        assert conn.scalar(select(Team.region)) == "'starts with a quote"
        user = conn.execute(select(User).where(User.login == "rep01")).one()
    assert (user.display_name, user.email) == ("  padded  ", "")


def test_alerts_csv_neutralises_formulas(lite_world: Engine, tmp_path: Path) -> None:
    from assistant.cli import app
    from assistant.compliance.models import ComplianceAlert
    from assistant.crm.models import User

    with Session(lite_world) as s, s.begin():
        s.add(User(login="qa9", display_name="质检", role="qa"))
        s.add(
            ComplianceAlert(
                dedupe_key="k1", rep_id=1, customer_id=1, channel="wecom", direction="outbound", source="archive",
                message_key="m1", occurred_at=dt.datetime(2026, 1, 5, 10), category="guarantee", severity="high",
                term="@SUM(A1:A9)", matched='=HYPERLINK("http://evil.example","点我")', rule="lexicon",
                variant="exact", start=-1, end=12, context="+1+cmd|' /C calc'!A0", review_note="-2+3",
            )
        )  # fmt: skip
    out = tmp_path / "alerts.csv"
    result = CliRunner().invoke(app, ["alerts", "--as", "qa9", "--csv", str(out)])
    assert result.exit_code == 0, result.output
    row = _cells(out)[0]
    assert row["term"] == "'@SUM(A1:A9)"
    assert row["matched"] == "'=HYPERLINK(\"http://evil.example\",\"点我\")"
    assert row["context"] == "'+1+cmd|' /C calc'!A0"
    assert row["review_note"] == "'-2+3"
    assert (row["start"], row["end"], row["rep"]) == ("-1", "12", "rep01")  # numbers stay numbers


def test_nul_in_text_is_refused_on_import_not_stored(lite_world: Engine, tmp_path: Path) -> None:
    """NUL cannot be stored by PostgreSQL, so the format refuses it on both databases (README, Limits)."""
    path = tmp_path / "teams.csv"
    path.write_text("name,region\nA,x\x00y\n", encoding="utf-8")
    before = snapshot(lite_world)
    try:
        import_csv(lite_world, path)
    except ValueError as exc:
        assert "teams.csv:2: column 'region': contains a NUL character" in str(exc)
    else:
        raise AssertionError("a NUL character was accepted")
    assert snapshot(lite_world) == before


def test_money_keeps_cents(lite_world: Engine, tmp_path: Path) -> None:
    export_csv(lite_world, tmp_path / "out")
    assert _cells(tmp_path / "out" / "order_lines.csv")[0]["unit_price"] == "12.50"
    copy = _fresh(tmp_path, "copy")
    import_csv(copy, tmp_path / "out")
    assert _cells(tmp_path / "out" / "products.csv") == _cells_after_export(copy, tmp_path / "again", "products.csv")
    with copy.connect() as conn:
        assert conn.scalar(select(Customer.tier)) == "A"
    assert Decimal(_cells(tmp_path / "again" / "products.csv")[0]["unit_price"]) == Decimal("12.5")


def _cells_after_export(engine: Engine, directory: Path, name: str) -> list[dict[str, str]]:
    export_csv(engine, directory)
    return _cells(directory / name)


"""The CRM commands end to end through the real Typer app, on the per-test database."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from assistant.cli import app

runner = CliRunner()


def _ok(*args: str) -> str:
    result = runner.invoke(app, list(args))
    assert result.exit_code == 0, result.output
    return result.output


def test_init_stats_export_import(tmp_path: Path) -> None:
    out = _ok("init", "--scale", "30", "--today", "2026-11-25")
    assert "demo company loaded" in out
    assert "compliance: scanned" in out
    _assert_history_scanned()
    again = _ok("init")
    assert "demo not loaded" in again  # idempotent: never loads twice
    stats = json.loads(_ok("db", "stats", "--json"))
    assert stats["counts"]["customers"] == 30
    assert stats["users_by_role"] == {"rep": 20, "manager": 3, "qa": 2, "admin": 1}
    assert stats["orders"]["last_date"] <= "2026-11-25"

    export = tmp_path / "exp"
    _ok("export", str(export))
    orders = export / "orders.csv"
    lines = orders.read_text(encoding="utf-8").splitlines()
    lines[3] = lines[3].replace(",USD,", ",USD,", 1).rsplit(",", 1)[0] + ",lots"  # paid_amount_usd not a number
    orders.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = runner.invoke(app, ["import", str(export)])
    assert result.exit_code == 1
    assert "orders.csv:4: column 'paid_amount_usd'" in result.output
    assert json.loads(_ok("db", "stats", "--json")) == stats


def _assert_history_scanned() -> None:
    from sqlalchemy import func, select

    from assistant.compliance.models import ComplianceAlert, NotificationOutbox
    from assistant.db import session_scope

    with session_scope() as s:
        alerts = s.scalars(select(ComplianceAlert)).all()
        queued = s.scalar(select(func.count()).select_from(NotificationOutbox))
    assert alerts, "the demo's violating chats must raise alerts for QA"
    assert {a.source for a in alerts} <= {"archive", "transcript"}
    assert queued == 0  # history is back-filled without paging QA


def test_users_add_and_bind() -> None:
    _ok("init", "--scale", "5", "--today", "2026-11-25")
    _ok("users", "add", "rep99", "--name", "新人", "--role", "rep", "--team", "欧美组")
    _ok("users", "bind", "rep99", "--wecom", "xinren", "--telegram", "424242")
    users = {u["login"]: u for u in json.loads(_ok("users", "list", "--json"))}
    assert users["rep99"]["team"] == "欧美组"
    assert users["rep99"]["wecom_userid"] == "xinren" and users["rep99"]["telegram_user_id"] == 424242
    taken = runner.invoke(app, ["users", "bind", "rep01", "--wecom", "xinren"])
    assert taken.exit_code == 1 and "already bound to rep99" in taken.output
    bad_role = runner.invoke(app, ["users", "add", "x1", "--name", "X", "--role", "boss"])
    assert bad_role.exit_code == 2 and "unknown role" in bad_role.output
    dup = runner.invoke(app, ["users", "add", "rep99", "--name", "again"])
    assert dup.exit_code == 1 and "already exists" in dup.output


def test_stats_without_schema() -> None:
    result = runner.invoke(app, ["db", "stats"])
    assert result.exit_code == 1
    assert "crm-assistant init" in result.output

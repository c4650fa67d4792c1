"""The compliance CLI commands, on a fresh Typer app (the root app imports every area)."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from types import ModuleType

import typer
from sqlalchemy.orm import Session
from typer.testing import CliRunner

import assistant
from tests.compliance.test_archive import ARCHIVE

runner = CliRunner()


def _load_cli() -> ModuleType:
    """Load assistant/cli/compliance.py on its own (the root CLI package imports every area)."""
    path = Path(assistant.__file__).parent / "cli" / "compliance.py"
    spec = importlib.util.spec_from_file_location("compliance_cli_under_test", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


cli = _load_cli()


def _app() -> typer.Typer:
    app = typer.Typer()
    cli.register(app)
    return app


def test_scan_prints_highlight_and_exits_2() -> None:
    result = runner.invoke(_app(), ["scan", "放心，包 过！"])
    assert result.exit_code == 2 and "【包 过】" in result.output
    result = runner.invoke(_app(), ["scan", "--json", "加我私人微信"])
    data = json.loads(result.output)
    assert data["max_severity"] == "high" and data["hits"][0]["term"] == "加我私人微信"
    assert runner.invoke(_app(), ["scan", "明天发货"]).exit_code == 0


def test_scan_file_alerts_and_review(session: Session, world, tmp_path: Path) -> None:
    session.commit()
    archive = tmp_path / "archive.jsonl"
    archive.write_text("\n".join(ARCHIVE), encoding="utf-8")
    result = runner.invoke(_app(), ["scan-file", str(archive)])
    assert result.exit_code == 0, result.output
    assert "imported 8 events" in result.output

    result = runner.invoke(_app(), ["alerts", "--severity", "high", "--json", "--as", "qa01"])
    rows = json.loads(result.output)
    assert rows and all(r["severity"] == "high" for r in rows)

    denied = runner.invoke(
        _app(), ["review-alert", str(rows[0]["id"]), "--status", "confirmed", "--as", "rep01"]
    )
    assert denied.exit_code == 1 and "only QA and admin" in denied.output
    ok = runner.invoke(_app(), ["review-alert", str(rows[0]["id"]), "--status", "confirmed", "--as", "qa01"])
    assert ok.exit_code == 0 and "confirmed" in ok.output

    out = tmp_path / "alerts.csv"
    assert (
        runner.invoke(
            _app(), ["alerts", "--status", "confirmed", "--csv", str(out), "--as", "qa01"]
        ).exit_code
        == 0
    )
    assert len(out.read_text(encoding="utf-8-sig").splitlines()) == 2

    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "z"}\n', encoding="utf-8")
    result = runner.invoke(_app(), ["scan-file", str(bad)])
    assert result.exit_code == 1 and "line 1" in result.output and "Nothing was imported" in result.output


def test_lexicon_validate_and_import(tmp_path: Path) -> None:
    result = runner.invoke(_app(), ["lexicon", "validate"])
    assert result.exit_code == 0 and "lexicon OK" in result.output and "guarantee" in result.output
    words = tmp_path / "words.txt"
    words.write_text("赌球\n代开发票\n", encoding="utf-8")
    result = runner.invoke(_app(), ["lexicon", "import", str(words), "--category", "general_import"])
    assert result.exit_code == 0 and "imported 2 terms" in result.output
    bad = tmp_path / "bad.txt"
    bad.write_text("a\n", encoding="utf-8")
    result = runner.invoke(_app(), ["lexicon", "import", str(bad), "--category", "worse"])
    assert result.exit_code == 1 and "too short" in result.output

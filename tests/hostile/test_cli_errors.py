"""Hostile command-line use: every failure is a one-line message and a non-zero exit, never a traceback."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace

import httpx
import openai
import pytest
from sqlalchemy import Engine
from typer.testing import CliRunner

from assistant.agents.service import Assistant, ModelUnavailable
from assistant.cli import agent as agent_cli
from assistant.cli import app

ROOT = Path(__file__).resolve().parents[2]


def _clean(result: object) -> str:
    """The command's whole output; asserts it did not end in an unexpected exception."""
    assert isinstance(result.exception, SystemExit | type(None)), repr(result.exception)
    return result.output


def test_summarize_error_is_one_message_without_a_bogus_second_line(tmp_path: Path) -> None:
    bad = tmp_path / "chat.txt"
    bad.write_bytes(b"\xff\xfe\x00 not utf-8 \x81")
    result = CliRunner().invoke(app, ["summarize", str(bad)])
    out = _clean(result)
    assert result.exit_code == 1 and "not UTF-8" in out
    assert "error: 1" not in out and "--engine offline" not in out


def test_summarize_missing_file_has_no_bogus_line(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["summarize", str(tmp_path / "missing.txt")])
    out = _clean(result)
    assert result.exit_code == 1 and "file not found" in out and "error: 1" not in out


class _DownGraph:
    """A compiled graph whose model endpoint refuses connections."""

    def get_state(self, config: object) -> SimpleNamespace:
        return SimpleNamespace(values={}, interrupts=())

    def invoke(self, *args: object, **kwargs: object) -> None:
        raise openai.APIConnectionError(request=httpx.Request("POST", "http://127.0.0.1:9/v1/chat/completions"))


def _ctx() -> SimpleNamespace:
    return SimpleNamespace(conversation_id="cli:ask:1", user_id=1, channel="cli", language="zh", login="rep01", role="rep")


def test_model_endpoint_down_is_a_model_unavailable_error(engine: Engine) -> None:
    with pytest.raises(ModelUnavailable, match="cannot be reached.*LLM_PROVIDER=offline"):
        Assistant(_DownGraph()).handle_message(_ctx(), "王总那边最近怎么样")


def test_ask_with_the_endpoint_down_prints_a_message_and_fails(engine: Engine, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(agent_cli, "_context", lambda *a: _ctx())
    monkeypatch.setattr(agent_cli, "default_assistant", lambda: Assistant(_DownGraph()))
    result = CliRunner().invoke(app, ["ask", "--as", "rep01", "王总那边最近怎么样"])
    out = _clean(result)
    assert result.exit_code == 3 and "OPENAI_BASE_URL" in out and "Traceback" not in out


def test_ask_refuses_an_oversized_question(engine: Engine, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(agent_cli, "_context", lambda *a: _ctx())
    monkeypatch.setattr(agent_cli, "default_assistant", lambda: Assistant(_DownGraph()))
    result = CliRunner().invoke(app, ["ask", "--as", "rep01", "问" * 100_000])
    out = _clean(result)
    assert result.exit_code == 2 and "MAX_QUESTION_CHARS" in out


def test_scan_refuses_oversized_text() -> None:
    from assistant.config import override_settings

    with override_settings(max_scan_chars=10):
        result = CliRunner().invoke(app, ["scan", "包过" * 10])
    assert result.exit_code == 1 and "MAX_SCAN_CHARS" in _clean(result)


def test_scan_file_names_the_oversized_line(engine: Engine, tmp_path: Path) -> None:
    from assistant.config import override_settings

    archive = tmp_path / "chat.jsonl"
    archive.write_text(
        '{"id": "m1", "rep": "rep01", "customer": "C00001", "time": "2025-01-01T10:00:00+08:00", '
        '"type": "text", "direction": "out", "text": "' + "你好" * 20 + '"}\n',
        encoding="utf-8",
    )
    with override_settings(max_scan_chars=10):
        result = CliRunner().invoke(app, ["scan-file", str(archive)])
    out = _clean(result)
    assert result.exit_code == 1 and "line 1" in out and "MAX_SCAN_CHARS" in out


def test_alerts_needs_a_qa_or_admin_identity(engine: Engine) -> None:
    runner = CliRunner()
    assert runner.invoke(app, ["users", "add", "rep99", "--name", "R", "--role", "rep"]).exit_code == 0
    assert runner.invoke(app, ["users", "add", "qa99", "--name", "Q", "--role", "qa"]).exit_code == 0
    anonymous = runner.invoke(app, ["alerts"])
    assert anonymous.exit_code == 1 and "--as" in _clean(anonymous)
    rep = runner.invoke(app, ["alerts", "--as", "rep99"])
    assert rep.exit_code == 1 and "only QA and admin" in _clean(rep)
    qa = runner.invoke(app, ["alerts", "--as", "qa99"])
    assert qa.exit_code == 0, qa.output


def test_two_concurrent_inits_give_one_demo_company(tmp_path: Path) -> None:
    data = tmp_path / "race"
    env = {**os.environ, "DATA_DIR": str(data), "DATABASE_URL": f"sqlite:///{data}/crm.db", "ENVIRONMENT": "test"}
    cmd = [sys.executable, "-c", "from assistant.cli import app; app()", "init", "--scale", "5", "--today", "2025-06-15"]
    procs = [subprocess.Popen(cmd, env=env, cwd=tmp_path, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
             for _ in range(2)]  # fmt: skip
    outputs = [p.communicate(timeout=300)[0] for p in procs]
    assert [p.returncode for p in procs] == [0, 0], outputs
    assert not any("Traceback" in o or "Error" in o for o in outputs), outputs
    assert sum("demo company loaded" in o for o in outputs) == 1
    with sqlite3.connect(data / "crm.db") as db:
        assert db.execute("select count(*) from customers").fetchone()[0] == 5
        assert db.execute("select count(*) from teams").fetchone()[0] == 3

"""``crm-assistant ask`` against the demo database with the offline engine."""

from __future__ import annotations

import json

from sqlalchemy import Engine
from typer.testing import CliRunner

from assistant.agents.service import close_default_assistants
from assistant.cli import app


def test_ask_json_prints_answer_tool_calls_and_conversation(demo: Engine) -> None:
    runner = CliRunner()
    try:
        res = runner.invoke(app, ["ask", "--as", "rep01", "--today", "2025-06-15", "--json", "哪些客户有流失风险？"])
        assert res.exit_code == 0, res.output
        out = json.loads(res.output)
        assert set(out) >= {"answer", "tool_calls", "conversation_id"} and out["answer"]
        assert out["conversation_id"].startswith("cli:ask-")  # a new conversation per ask
        assert out["tool_calls"] and {"name", "args", "result"} <= set(out["tool_calls"][0])
        plain = runner.invoke(app, ["ask", "--as", "rep01", "--today", "2025-06-15", "本季度管道情况"])
        assert plain.exit_code == 0 and plain.output.strip()
    finally:
        close_default_assistants()


def test_ask_as_unknown_login_fails_clearly(demo: Engine) -> None:
    res = CliRunner().invoke(app, ["ask", "--as", "nobody", "hi"])
    assert res.exit_code == 2 and "no active user" in res.output

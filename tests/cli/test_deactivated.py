"""A deactivated user is refused by every command that acts as a user: one check, everywhere."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import update
from typer.testing import CliRunner

from assistant.cli import app
from assistant.crm.models import User
from assistant.db import session_scope

runner = CliRunner()

SCRIPT = """---
id: deactivated-probe
title: 试探
scenario: price_objection
language: zh
customer_types: [price_sensitive]
---
## 适用情境
客户嫌贵。

## 话术
我们可以一起看看总成本。
"""




def _deactivate(*logins: str) -> None:
    with session_scope() as s:
        s.execute(update(User).where(User.login.in_(logins)).values(active=False))


def test_deactivated_users_are_refused_everywhere(tmp_path: Path) -> None:
    assert runner.invoke(app, ["init", "--scale", "8", "--today", "2026-11-25"]).exit_code == 0
    chat = tmp_path / "chat.txt"
    chat.write_text("客户：你们的价格太贵了。\n销售：我明天把新报价发给您。\n", encoding="utf-8")
    script = tmp_path / "probe.md"
    script.write_text(SCRIPT, encoding="utf-8")
    _deactivate("rep01", "qa01", "admin")
    attempts = {
        "ask": ["ask", "--as", "rep01", "我的管道"],
        "alerts": ["alerts", "--as", "qa01", "--json"],
        "review-alert": ["review-alert", "1", "--status", "confirmed", "--as", "qa01"],
        "kb add": ["kb", "add", str(script), "--as", "admin"],
        "summarize --save": ["summarize", str(chat), "--as", "rep01", "--customer", "C00001", "--save", "--yes"],
    }
    for name, args in attempts.items():
        result = runner.invoke(app, args)
        assert result.exit_code != 0, f"{name} ran for a deactivated user: {result.output}"
        assert "no active user" in result.output, f"{name}: {result.output}"

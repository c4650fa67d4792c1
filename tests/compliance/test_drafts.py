"""Checking a draft stores nothing: no alert, no notification, whatever the draft holds."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session

from assistant.compliance import scan_text
from assistant.compliance.models import ComplianceAlert, NotificationOutbox
from assistant.identity import AssistantContext
from assistant.tools import get_tool
from assistant.tools.base import execute
from tests.compliance.conftest import World

DRAFT = "王总放心，保证通过验厂，钱直接打到我个人账户，加我私人VX：zhang_wei88，电话 13812345678"


def _rows(engine: Engine) -> tuple[int, int]:
    with Session(engine) as s:
        return (
            s.scalar(select(func.count()).select_from(ComplianceAlert)) or 0,
            s.scalar(select(func.count()).select_from(NotificationOutbox)) or 0,
        )


def test_scan_text_function_stores_nothing(engine: Engine, world: World, session: Session) -> None:
    session.commit()
    before = _rows(engine)
    result = scan_text(DRAFT)
    assert result.flagged and result.max_severity == "high"
    assert _rows(engine) == before == (0, 0)


def test_scan_text_tool_stores_nothing(engine: Engine, world: World, session: Session) -> None:
    session.commit()
    ctx = AssistantContext(
        user_id=world.rep.id, login="rep01", role="rep", team_id=world.rep.team_id, language="zh",
        channel="web", chat_id="c1", today=dt.date(2026, 11, 25),
    )  # fmt: skip
    before = _rows(engine)
    out = execute("scan_text", get_tool("scan_text").metadata["body"], ctx, {"text": DRAFT})
    assert out["status"] == "ok" and out["flagged"] and out["max_severity"] == "high"
    assert {h["category"] for h in out["hits"]} >= {"guarantee", "private_deal", "contact_leak"}
    assert _rows(engine) == before == (0, 0)

"""The assistant's own answers are scanned, never held against the asker; quoted words are not its own."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from assistant.agents.answer_scan import scan_answer
from assistant.compliance.models import ComplianceAlert
from assistant.crm.models import User
from assistant.identity import AssistantContext


def _ctx(session: Session) -> AssistantContext:
    user = User(login="rep01", display_name="李娜", role="rep")
    session.add(user)
    session.commit()
    return AssistantContext(
        user_id=user.id, login="rep01", role="rep", team_id=None, language="zh", channel="web",
        chat_id="c1", today=dt.date(2026, 11, 25),
    )  # fmt: skip


def test_own_promise_is_flagged(engine: Engine, session: Session) -> None:
    ctx = _ctx(session)
    assert scan_answer(ctx, "您放心，这批货我们保证通过验货，稳赚不赔。", []) >= 1
    with Session(engine) as s:
        alerts = s.scalars(select(ComplianceAlert)).all()
    assert alerts and all(a.source == "assistant" and a.rep_id is None for a in alerts)
    assert {a.channel for a in alerts} == {"web"}


def test_quoted_alert_text_is_not_flagged(engine: Engine, session: Session) -> None:
    ctx = _ctx(session)
    calls = [
        {
            "name": "sensitive_alerts",
            "args": {},
            "result": {"alerts": [{"matched": "包过", "text": "我们包过"}]},
        }
    ]
    assert scan_answer(ctx, "今天有1条高风险违规：rep03 说“我们包过”。", calls) == 0
    assert scan_answer(ctx, "", []) == 0


def test_ids_dates_and_numbers_in_an_answer_store_nothing(engine: Engine, session: Session) -> None:
    ctx = _ctx(session)
    answer = "告警 #15 2026-11-25 10:30：客户 C00041 电话 13812345678，订单 SO-0000870 金额 ¥138,456。"
    assert scan_answer(ctx, answer, []) == 0
    with Session(engine) as s:
        assert s.scalars(select(ComplianceAlert)).all() == []


def test_the_offline_engine_reading_alerts_to_qa_stores_nothing(demo: Engine, ctx_for) -> None:
    """QA lists alerts through the offline engine: its answer quotes them, and no alert or notice is added."""
    from langgraph.checkpoint.memory import InMemorySaver

    from assistant.agents.service import create_assistant
    from assistant.compliance import record_message
    from assistant.compliance.models import NotificationOutbox
    from assistant.config import override_settings
    from assistant.db import utcnow

    with Session(demo) as s:
        rep = s.scalar(select(User).where(User.login == "rep01"))
        record_message(s, rep_id=rep.id, customer_id=None, channel="wecom", direction="outbound",
                       text="您放心，这批货我们保证通过验货，稳赚不赔，钱打我个人账户。", occurred_at=utcnow(),
                       source="channel", semantic=False)  # fmt: skip
        s.commit()

    def counts() -> tuple[int, int]:
        with Session(demo) as s:
            return len(s.scalars(select(ComplianceAlert)).all()), len(s.scalars(select(NotificationOutbox)).all())

    before = counts()
    assert before[0] >= 1
    with override_settings(llm_provider="offline"):
        assistant, stack = create_assistant(checkpointer=InMemorySaver())
        with stack:
            assert assistant.scan_answers is False
            reply = assistant.handle_message(ctx_for("qa01"), "把最近的违规告警列给我看看")
    assert reply.tool_calls and reply.tool_calls[0]["name"] == "sensitive_alerts"
    assert "保证" in reply.answer or "稳赚" in reply.answer  # the alert is quoted back to QA
    assert counts() == before

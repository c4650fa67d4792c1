"""summarize_conversation / save_summary: change since last time reads the customer's history."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from sqlalchemy import Engine, select

from assistant.crm.models import Activity, User
from assistant.db import session_scope
from assistant.identity import AssistantContext
from assistant.summaries import save_summary, summarize_text
from assistant.tools import get_tool
from assistant.tools.base import execute
from tests.tools.conftest import TODAY, customer_of

Ctx = Callable[..., AssistantContext]
FIRST = "客户：这次订单我们要5000条。\n销售：我明天把新报价发给您。"
SECOND = "客户：这次订单改成8000条。\n客户：样品质量不错。"
NOTE = "新报价已发给客户"


def run(ctx: AssistantContext, name: str, **args: Any) -> dict[str, Any]:
    return execute(name, get_tool(name).metadata["body"], ctx, args)


def _seed(engine: Engine, customer_id: int, *, text: str, at: dt.datetime, day: dt.date) -> None:
    with session_scope(engine) as s:
        rep = s.scalar(select(User).where(User.login == "rep01"))
        summary = summarize_text(text, today=day)
        save_summary(s, customer_id=customer_id, rep_id=rep.id, summary=summary, content=text, occurred_at=at)
        s.add(
            Activity(
                customer_id=customer_id,
                rep_id=rep.id,
                type="email",
                channel="email",
                occurred_at=at + dt.timedelta(hours=1),
                content=NOTE,
            )
        )


def test_summarize_conversation_checks_last_steps_against_activities(demo: Engine, ctx_for: Ctx) -> None:
    mine = customer_of(demo, "rep01")
    _seed(demo, mine.id, text=FIRST, at=dt.datetime.combine(TODAY, dt.time(8)), day=TODAY)
    out = run(ctx_for("rep01"), "summarize_conversation", text=SECOND, customer=mine.external_id)
    assert out["status"] == "ok", out
    since = out["summary"]["since_last_time"]
    assert since["previous_date"] == TODAY.isoformat()
    step = next(s for s in since["last_steps"] if "报价" in s["action"])
    assert (step["status"], step["evidence"]) == ("done", NOTE)


def test_a_saved_conversation_is_not_compared_with_itself(demo: Engine, ctx_for: Ctx) -> None:
    mine = customer_of(demo, "rep01")
    _seed(demo, mine.id, text=FIRST, at=dt.datetime.combine(TODAY, dt.time(8)), day=TODAY)
    _seed(demo, mine.id, text=SECOND, at=dt.datetime.combine(TODAY, dt.time(10)), day=TODAY)
    ctx = ctx_for("rep01")
    out = run(ctx, "summarize_conversation", text=SECOND, customer=mine.external_id)
    assert out["summary"]["since_last_time"] is not None  # compared with FIRST, not with itself
    assert any("8000" in n for n in out["summary"]["since_last_time"]["needs_changed"])
    preview = run(ctx, "save_summary", text=SECOND, customer=mine.external_id)
    assert preview["status"] == "needs_confirmation"
    assert preview["summary_preview"]["since_last_time"] == out["summary"]["since_last_time"]


def test_without_a_customer_there_is_no_history(demo: Engine, ctx_for: Ctx) -> None:
    out = run(ctx_for("rep01"), "summarize_conversation", text=SECOND)
    assert out["status"] == "ok" and out["summary"]["since_last_time"] is None


def test_speakers_are_told_apart_with_the_crm(demo: Engine, ctx_for: Ctx) -> None:
    mine = customer_of(demo, "rep01")
    with session_scope(demo) as s:
        rep = s.scalar(select(User).where(User.login == "rep01")).display_name
    contact = mine.contacts[0].name
    # wording alone reads "合同我明天发您" as the seller's; the CRM knows the speaker is the customer's contact
    text = f"{rep} 2025-06-14 10:00\n好的。\n{contact} 2025-06-14 10:05\n合同我明天发您。\n"
    out = run(ctx_for("rep01"), "summarize_conversation", text=text, customer=mine.external_id)
    assert [s["text"] for s in out["summary"]["next_steps"]] == ["客户：合同我明天发您。（2025-06-15前）"]

"""save_summary of a one-line note: the confirmation quotes the note, with its dates and terms, before saving."""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import Engine

from assistant.identity import AssistantContext
from tests.tools.conftest import customer_of
from tests.tools.test_summary_history import run

Ctx = Callable[..., AssistantContext]


def test_a_one_line_note_is_quoted_in_the_confirmation(demo: Engine, ctx_for: Ctx) -> None:
    mine = customer_of(demo, "rep01")
    note = "客户要求1月20号前寄第三批样品，折扣维持4%，付款改为60天账期"
    out = run(ctx_for("rep01"), "save_summary", text=note, customer=mine.external_id)
    assert out["status"] == "needs_confirmation"
    assert out["summary_zh"].endswith("原文：" + note) and out["summary"].endswith("Note: " + note)


def test_a_pasted_chat_is_not_quoted_whole(demo: Engine, ctx_for: Ctx) -> None:
    mine = customer_of(demo, "rep01")
    chat = "客户：样品收到了\n我：好的，下周二前把报价发您\n客户：行"
    out = run(ctx_for("rep01"), "save_summary", text=chat, customer=mine.external_id)
    assert out["status"] == "needs_confirmation"
    assert "原文：" not in out["summary_zh"] and "Note:" not in out["summary"]

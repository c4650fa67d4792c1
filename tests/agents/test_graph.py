"""The graph: tool round trips, memory per conversation, token trimming, confirmation of writes."""

from __future__ import annotations

import json
from collections.abc import Callable

from langchain_core.messages import AIMessage, HumanMessage, SystemMessage, ToolMessage
from sqlalchemy import Engine, select

from assistant.agents.memory import message_tokens, trim_history
from assistant.agents.service import ConversationError, create_assistant
from assistant.config import override_settings
from assistant.crm.models import AuditLog, Opportunity, StageChange, User
from assistant.db import session_scope
from assistant.identity import AssistantContext
from assistant.tools import TOOL_ARGS
from tests.agents.helpers import fake_assistant
from tests.fakes.chat_model import FakeToolCallingModel, tool_call
from tests.tools.conftest import customer_of

Ctx = Callable[..., AssistantContext]


def test_tool_round_trip_sends_schemas_context_and_results(demo: Engine, ctx_for: Ctx) -> None:
    mine = customer_of(demo, "rep01")
    assistant, model = fake_assistant(tool_call("customer_profile", {"customer": mine.external_id}),
                                      AIMessage("好的，资料如上。"))
    reply = assistant.handle_message(ctx_for("rep01"), f"{mine.display_name}最近怎么样？")
    assert reply.answer == "好的，资料如上。" and reply.pending_confirmation is None
    assert reply.conversation_id == "cli:default:" + str(ctx_for("rep01").user_id)
    [call] = reply.tool_calls
    assert call["name"] == "customer_profile" and call["result"]["customer"]["id"] == mine.external_id
    assert len(model.bound_tools) == len(TOOL_ARGS)
    first, second = model.sent
    assert isinstance(first[0], SystemMessage) and "rep01" in first[0].content
    assert isinstance(second[-1], ToolMessage) and json.loads(second[-1].content)["status"] == "ok"
    assert second[-1].artifact == json.loads(second[-1].content) == call["result"]  # the model got both forms


def test_memory_persists_per_conversation_in_the_sqlite_checkpointer(demo: Engine, ctx_for: Ctx) -> None:
    ctx = ctx_for("rep01")
    a1, stack1 = create_assistant(FakeToolCallingModel(script=[AIMessage("第一次回答")]))
    with stack1:
        a1.handle_message(ctx, "记住：我的客户是华纺")
    model = FakeToolCallingModel(script=[AIMessage("第二次回答"), AIMessage("另一个会话")])
    a2, stack2 = create_assistant(model)  # a new process: same database file
    with stack2:
        a2.handle_message(ctx, "我刚才说了什么？")
        a2.handle_message(ctx, "新会话", conversation_id="other-chat")
    texts = [m.content for m in model.sent[0]]
    assert "记住：我的客户是华纺" in texts and "第一次回答" in texts
    assert "记住：我的客户是华纺" not in [m.content for m in model.sent[1]]


def test_conversation_of_another_user_is_refused(demo: Engine, ctx_for: Ctx) -> None:
    assistant, _ = fake_assistant()
    other = ctx_for("rep02").conversation_id
    try:
        assistant.handle_message(ctx_for("rep01"), "hi", conversation_id=other)
    except ConversationError as exc:
        assert "another user" in str(exc)
    else:
        raise AssertionError("a conversation of another user was accepted")


def test_history_is_trimmed_to_the_budget_without_splitting_tool_pairs() -> None:
    msgs = []
    for i in range(30):
        msgs += [HumanMessage(f"问题 {i} " + "内容" * 40),
                 AIMessage("", tool_calls=[{"name": "churn_risk", "args": {}, "id": f"t{i}"}]),
                 ToolMessage("{}" + "结果" * 60, tool_call_id=f"t{i}"), AIMessage(f"回答 {i}")]
    msgs.append(HumanMessage("最后的问题"))
    kept = trim_history(msgs, 600)
    assert message_tokens(kept) <= 600 and kept[-1].content == "最后的问题"
    assert isinstance(kept[0], HumanMessage)
    ids = {m.tool_call_id for m in kept if isinstance(m, ToolMessage)}
    asked = {tc["id"] for m in kept if isinstance(m, AIMessage) for tc in m.tool_calls}
    assert ids == asked and len(kept) < len(msgs)


def test_model_sees_only_the_trimmed_history(demo: Engine, ctx_for: Ctx) -> None:
    ctx = ctx_for("rep01")
    assistant, model = fake_assistant(*[AIMessage("答" * 50) for _ in range(12)])
    with override_settings(history_token_budget=400):
        for i in range(12):
            assistant.handle_message(ctx, f"第{i}个问题 " + "很长" * 40)
    last = model.sent[-1]
    assert message_tokens(last[1:]) <= 400 and last[-1].content.startswith("第11个问题")


def _open_deal(engine: Engine, login: str) -> Opportunity:
    with session_scope(engine) as s:
        uid = s.scalar(select(User.id).where(User.login == login))
        deal = s.scalar(select(Opportunity).where(Opportunity.owner_id == uid, Opportunity.stage == "proposal"))
        assert deal is not None
        s.expunge(deal)
        return deal


def test_write_waits_for_confirmation_then_rereads_and_writes(demo: Engine, ctx_for: Ctx) -> None:
    ctx = ctx_for("rep01")
    deal = _open_deal(demo, "rep01")
    assistant, _ = fake_assistant(tool_call("update_deal_stage", {"deal": deal.external_id, "stage": "negotiation"}),
                                  AIMessage("已更新。"))
    reply = assistant.handle_message(ctx, f"把 {deal.external_id} 推进到商务谈判")
    pending = reply.pending_confirmation
    assert pending and pending["tool"] == "update_deal_stage" and "商务谈判" in reply.answer
    with session_scope(demo) as s:
        assert s.get(Opportunity, deal.id).stage == "proposal"  # nothing written yet
    done = assistant.handle_message(ctx, "是")
    assert done.answer == "已更新。" and done.tool_calls[0]["result"]["written"]["to_stage"] == "negotiation"
    with session_scope(demo) as s:
        assert s.get(Opportunity, deal.id).stage == "negotiation"
        change = s.scalar(select(StageChange).where(StageChange.opportunity_id == deal.id)
                          .order_by(StageChange.id.desc()))
        assert (change.from_stage, change.to_stage, change.changed_by_id) == ("proposal", "negotiation", ctx.user_id)
        outcomes = [a.outcome for a in s.scalars(select(AuditLog).where(AuditLog.action == "update_deal_stage"))]
    assert outcomes == ["ok"]


def test_rejected_or_changed_writes_write_nothing(demo: Engine, ctx_for: Ctx) -> None:
    ctx = ctx_for("rep01")
    deal = _open_deal(demo, "rep01")
    script = [m for i in (1, 2) for m in (tool_call("update_deal_stage", {"deal": deal.external_id, "stage": "won"},
                                                    f"call_{i}"), AIMessage("好的。"))]
    assistant, _ = fake_assistant(*script)
    reply = assistant.handle_message(ctx, "赢单了")
    rejected = assistant.confirm(ctx, reply.conversation_id, approved=False)
    assert rejected.tool_calls[0]["result"]["status"] == "cancelled"
    assistant.handle_message(ctx, "赢单了")
    with session_scope(demo) as s:  # someone else moves the deal before the user confirms
        s.get(Opportunity, deal.id).stage = "negotiation"
    changed = assistant.handle_message(ctx, "确认")
    result = changed.tool_calls[0]["result"]
    assert result["status"] == "error" and "changed" in result["message"]
    with session_scope(demo) as s:
        assert s.get(Opportunity, deal.id).stage == "negotiation"
        assert s.scalar(select(StageChange).where(StageChange.to_stage == "won",
                                                  StageChange.opportunity_id == deal.id)) is None
        outcomes = [a.outcome for a in s.scalars(select(AuditLog).where(AuditLog.action == "update_deal_stage"))]
    assert outcomes == ["cancelled", "error"]


def test_invalid_or_unknown_tool_calls_are_audited_errors(demo: Engine, ctx_for: Ctx) -> None:
    assistant, model = fake_assistant(tool_call("lead_scores", {"grade": "Z"}), tool_call("drop_tables", {}),
                                      AIMessage("抱歉。"))
    reply = assistant.handle_message(ctx_for("rep01"), "线索")
    statuses = [c["result"]["status"] for c in reply.tool_calls]
    assert statuses == ["error", "error"]
    with session_scope(demo) as s:
        rows = [(a.action, a.outcome) for a in s.scalars(select(AuditLog).order_by(AuditLog.id))]
    assert rows == [("lead_scores", "error"), ("drop_tables", "error")]

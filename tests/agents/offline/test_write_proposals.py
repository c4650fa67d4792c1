"""Writes proposed from news ("… is closed won!! update it") and from an ordinal after a list of deals.

The model only proposes ``update_deal_stage``; the graph asks for the confirmation (checked on the
demo company at the end: nothing changes before "yes").
"""

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from langchain_core.messages import AIMessage, BaseMessage, HumanMessage, ToolMessage
from sqlalchemy import Engine, text

from assistant.agents.offline import OfflineChatModel
from assistant.agents.offline.followups import read_memory
from assistant.agents.offline.gazetteer import Gazetteer
from assistant.agents.offline.stage_words import stages_of
from assistant.agents.service import Assistant
from assistant.identity import AssistantContext
from tests.agents.offline.conftest import TODAY


@pytest.mark.parametrize(
    ("said", "target", "current"),
    [
        ("the Nordic deal in proposal is closed won!! please update", "won", "proposal"),
        ("Summit deal (negotiation) — closed-lost, update the stage", "lost", "negotiation"),
        ("锦华谈判那单赢单了！！帮我更新下", "won", "negotiation"),
        ("锦华那单没谈成，被同行抢走了，帮我改一下", "lost", None),
        ("they backed out of the Nordic deal, update it", "lost", None),
    ],
)
def test_a_closed_stage_in_news_is_the_target_and_the_open_one_says_which_deal(
    said: str, target: str, current: str | None
) -> None:
    assert stages_of(said) == (target, current)


DEALS = {
    "status": "ok",
    "stage": "qualification",
    "deals": [
        {"id": "OPP-000101", "customer": {"id": "C00001", "name": "上海锦华纺织品有限公司"}, "stage": "qualification"},
        {"id": "OPP-000202", "customer": {"id": "C00044", "name": "Nordic Home Supplies GmbH"}, "stage": "qualification"},
    ],
    "records": [{"type": "deal", "id": "OPP-000101", "name": "a"}, {"type": "deal", "id": "OPP-000202", "name": "b"}],
}


@pytest.fixture
def routed(trained: Path, gaz: Gazetteer) -> OfflineChatModel:
    """The engine with its intent classifier (a bare "第二个推进到方案报价" is routed, not matched by a rule)."""
    return OfflineChatModel(today=TODAY, gazetteer=gaz, use_embeddings=True)


def _listed(model: OfflineChatModel, ask: str) -> list[BaseMessage]:
    history: list[BaseMessage] = [HumanMessage(ask)]
    call = model.invoke(history)
    assert call.tool_calls and call.tool_calls[0]["name"] == "pipeline_status"
    history += [call, ToolMessage(json.dumps(DEALS, ensure_ascii=False), tool_call_id=call.tool_calls[0]["id"])]
    history.append(model.invoke(history))
    return history


@pytest.mark.slow
@pytest.mark.parametrize(
    ("ask", "pick", "deal", "stage"),
    [
        ("列下我需求确认阶段的单子", "第二个推进到方案报价", "OPP-000202", "proposal"),
        ("show my deals in qualification", "move the first one to negotiation", "OPP-000101", "negotiation"),
        ("列下我需求确认阶段的单子", "第一单丢了，改成输单", "OPP-000101", "lost"),
    ],
)
def test_an_ordinal_after_a_list_of_deals_proposes_the_change_of_that_deal(
    routed: OfflineChatModel, ask: str, pick: str, deal: str, stage: str
) -> None:
    history = _listed(routed, ask)
    assert read_memory(history).deals == ["OPP-000101", "OPP-000202"]
    history.append(HumanMessage(pick))
    call = routed.invoke(history)
    assert isinstance(call, AIMessage) and call.tool_calls
    assert call.tool_calls[0]["name"] == "update_deal_stage"
    assert call.tool_calls[0]["args"] == {"deal": deal, "stage": stage}


def test_a_list_of_customers_after_the_deals_forgets_the_deals() -> None:
    customers = {"status": "ok", "records": [{"type": "customer", "id": "C00001", "name": "x"}]}
    history: list[BaseMessage] = [
        HumanMessage("a"),
        AIMessage("", tool_calls=[{"name": "pipeline_status", "args": {}, "id": "c1"}]),
        ToolMessage(json.dumps(DEALS), tool_call_id="c1"),
        HumanMessage("b"),
        AIMessage("", tool_calls=[{"name": "find_customers", "args": {}, "id": "c2"}]),
        ToolMessage(json.dumps(customers), tool_call_id="c2"),
    ]
    assert read_memory(history).deals == []


@pytest.mark.slow
@pytest.mark.parametrize("db_backend", ["sqlite"], indirect=True)
def test_on_the_demo_the_ordinal_pick_asks_first_and_changes_nothing_before_yes(
    assistant: Assistant, demo: Engine, ctx_for: Callable[..., AssistantContext]
) -> None:
    ctx = ctx_for("rep01", chat_id="wp-1")
    listed = assistant.handle_message(ctx, "show my open deals in qualification")
    deals = listed.tool_calls[0]["result"].get("deals") or []
    if len(deals) < 2:
        pytest.skip("rep01 has fewer than two deals in qualification in this demo")
    with demo.connect() as c:
        before = c.execute(text("select count(*) from stage_changes")).scalar()
    reply = assistant.handle_message(ctx, "move the second one to proposal")
    pending = reply.pending_confirmation
    assert pending and pending["tool"] == "update_deal_stage"
    assert pending["args"] == {"deal": deals[1]["id"], "stage": "proposal"}
    with demo.connect() as c:
        assert c.execute(text("select count(*) from stage_changes")).scalar() == before

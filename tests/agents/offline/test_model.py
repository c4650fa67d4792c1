"""The chat model itself: tool binding, determinism, unique call ids, answers after tool results."""

import json

from langchain_core.messages import HumanMessage, SystemMessage, ToolMessage
from langchain_core.tools import tool

from assistant.agents.offline import OfflineChatModel


@tool
def pipeline_status(period: str = "this_quarter", scope: str = "me", stalled_only: bool = False) -> str:
    """The pipeline."""
    return "{}"


def test_bind_tools_limits_what_it_calls(model: OfflineChatModel) -> None:
    bound = model.bind_tools([pipeline_status])
    msg = bound.invoke([SystemMessage("sys"), HumanMessage("我本季度的管道")])
    assert msg.tool_calls[0]["name"] == "pipeline_status"
    refused = bound.invoke([HumanMessage("哪些客户有流失风险")])
    assert not refused.tool_calls and "抱歉" in refused.content


def test_deterministic_and_unique_ids(model: OfflineChatModel) -> None:
    msgs = [HumanMessage("王总那边最近怎么样")]
    a, b = model.invoke(msgs), model.invoke(msgs)
    assert a.tool_calls == b.tool_calls and a.tool_calls[0]["id"].startswith("call_")
    other = model.invoke([HumanMessage("你好"), a, HumanMessage("王总那边最近怎么样")])
    assert other.tool_calls[0]["id"] != a.tool_calls[0]["id"]


def test_answers_after_tool_result_in_question_language(model: OfflineChatModel) -> None:
    call = model.invoke([HumanMessage("show me VIP customers in Germany")])
    result = {
        "status": "ok",
        "total": 1,
        "customers": [
            {
                "id": "C00005",
                "name": "Nordic Retail GmbH",
                "city": "Hamburg",
                "country": "Germany",
                "industry": "retail",
                "tier": "A",
                "segment": "vip",
                "owner": "rep01",
            }
        ],
        "records": [{"type": "customer", "id": "C00005", "name": "Nordic Retail GmbH"}],
    }
    answer = model.invoke(
        [
            HumanMessage("show me VIP customers in Germany"),
            call,
            ToolMessage(json.dumps(result), tool_call_id=call.tool_calls[0]["id"]),
        ]
    )
    assert not answer.tool_calls
    assert "Found 1 customer:" in answer.content and "Nordic Retail GmbH (C00005)" in answer.content
    assert "Sources: customer Nordic Retail GmbH [C00005]" in answer.content


def test_direct_reply_has_no_tool_call(model: OfflineChatModel) -> None:
    msg = model.invoke([HumanMessage("hello")])
    assert not msg.tool_calls and "sales assistant" in msg.content

"""Follow-ups that rely on memory, and the clarifying question on an ambiguous name."""

import json

from langchain_core.messages import AIMessage, BaseMessage, HumanMessage, ToolMessage

from assistant.agents.offline import OfflineChatModel
from assistant.agents.offline.followups import pick_by_name, pick_ordinal, read_memory


def _turn(model: OfflineChatModel, history: list[BaseMessage], text: str, result: dict | None) -> AIMessage:
    """One user turn: the model's call, the given tool result, and the model's answer appended to history."""
    history.append(HumanMessage(text))
    call = model.invoke(history)
    history.append(call)
    if call.tool_calls and result is not None:
        history.append(
            ToolMessage(json.dumps(result, ensure_ascii=False), tool_call_id=call.tool_calls[0]["id"])
        )
        history.append(model.invoke(history))
    return call


PROFILE = {
    "status": "ok",
    "customer": {"id": "C00001", "name": "上海锦华纺织品有限公司"},
    "records": [{"type": "customer", "id": "C00001", "name": "上海锦华纺织品有限公司"}],
}
AMBIGUOUS = {
    "status": "ambiguous",
    "query": "王总",
    "message": "...",
    "message_zh": "...",
    "candidates": [
        {
            "type": "customer",
            "id": "C00001",
            "name": "上海锦华纺织品有限公司",
            "city": "上海",
            "contact": "王建国 总经理",
        },
        {
            "type": "customer",
            "id": "C00044",
            "name": "宁波恒达贸易有限公司",
            "city": "宁波",
            "contact": "王敏 老板",
        },
    ],
}
PIPELINE = {
    "status": "ok",
    "scope": "me",
    "period": {"label": "this_quarter", "start": "2025-04-01", "end": "2025-06-30"},
    "open_count": 3,
    "open_amount": 1000.0,
    "weighted_amount": 500.0,
    "records": [],
}


def test_pronoun_refers_to_the_last_customer(model: OfflineChatModel) -> None:
    history: list[BaseMessage] = []
    first = _turn(model, history, "锦华最近怎么样", PROFILE)
    assert first.tool_calls[0]["args"] == {"customer": "锦华"}
    call = _turn(model, history, "他的联系人呢？", PROFILE)
    assert call.tool_calls[0]["name"] == "customer_profile"
    assert call.tool_calls[0]["args"]["customer"] in ("锦华", "上海锦华纺织品有限公司")
    call = _turn(model, history, "他会流失吗", None)
    assert call.tool_calls[0]["name"] == "churn_risk" and call.tool_calls[0]["args"]["customer"]


def test_elliptical_period_follow_up(model: OfflineChatModel) -> None:
    history: list[BaseMessage] = []
    _turn(model, history, "我本季度的管道", PIPELINE)
    call = _turn(model, history, "and last quarter?", PIPELINE)
    assert call.tool_calls[0]["name"] == "pipeline_status"
    assert call.tool_calls[0]["args"] == {"period": "last_quarter", "scope": "me"}
    call = _turn(model, history, "那团队的呢？", PIPELINE)
    assert call.tool_calls[0]["args"] == {"period": "last_quarter", "scope": "team"}


def test_filter_follow_up(model: OfflineChatModel) -> None:
    history: list[BaseMessage] = []
    found = {"status": "ok", "customers": [], "total": 0, "records": []}
    _turn(model, history, "show me VIP customers in Germany", found)
    call = _turn(model, history, "what about France?", found)
    assert call.tool_calls[0]["args"] == {"segment": "vip", "country": "France"}


def test_ambiguous_name_asks_then_uses_the_pick(model: OfflineChatModel) -> None:
    history: list[BaseMessage] = []
    _turn(model, history, "王总那边最近怎么样", AMBIGUOUS)
    question = history[-1].content
    assert (
        "上海锦华纺织品有限公司" in question and "宁波恒达贸易有限公司" in question and "哪一个" in question
    )
    call = _turn(model, history, "第二个", PROFILE)
    assert call.tool_calls[0] == {
        **call.tool_calls[0],
        "name": "customer_profile",
        "args": {"customer": "C00044"},
    }
    history2: list[BaseMessage] = []
    _turn(model, history2, "王总那边最近怎么样", AMBIGUOUS)
    call = _turn(model, history2, "宁波那家", PROFILE)
    assert call.tool_calls[0]["args"] == {"customer": "C00044"}


def test_memory_reads_calls_and_results() -> None:
    history = [
        HumanMessage("x"),
        AIMessage("", tool_calls=[{"name": "customer_profile", "args": {"customer": "王总"}, "id": "c1"}]),
        ToolMessage(json.dumps(AMBIGUOUS, ensure_ascii=False), tool_call_id="c1"),
    ]
    mem = read_memory(history)
    assert mem.last_tool == "customer_profile" and mem.pending and len(mem.pending["candidates"]) == 2


def test_pickers() -> None:
    items = AMBIGUOUS["candidates"]
    assert pick_ordinal("第一个", items)["id"] == "C00001"
    assert pick_ordinal("the second one", items)["id"] == "C00044"
    assert pick_ordinal("2", items)["id"] == "C00044"
    assert pick_ordinal("第五个", items) is None
    assert pick_by_name("C00044", items)["id"] == "C00044"
    assert pick_by_name("随便", items) is None


def test_save_the_summary_just_made(model: OfflineChatModel) -> None:
    history: list[BaseMessage] = []
    summary = {"status": "ok", "summary": {"headline": "客户关注价格", "needs": ["价格"]}, "records": []}
    first = _turn(model, history, "总结一下这段聊天：\n客户：价格能再低点吗？\n我：可以申请95折", summary)
    assert first.tool_calls[0]["name"] == "summarize_conversation"
    call = _turn(model, history, "保存这个总结到锦华", None)
    assert call.tool_calls[0]["name"] == "save_summary"
    assert call.tool_calls[0]["args"] == {
        "customer": "锦华",
        "text": "客户：价格能再低点吗？\n我：可以申请95折",
    }


REPS_AMBIGUOUS = {
    "status": "ambiguous",
    "query": "小李",
    "message": "...",
    "message_zh": "...",
    "candidates": [
        {"type": "rep", "id": "rep02", "name": "李娜"},
        {"type": "rep", "id": "rep07", "name": "李强"},
    ],
}


def test_picking_an_ambiguous_rep_fills_the_rep_argument(model: OfflineChatModel) -> None:
    history: list[BaseMessage] = [
        HumanMessage("小李手上卡住的单子有哪些"),
        AIMessage("", tool_calls=[{"name": "pipeline_status", "args": {"rep_login": "小李"}, "id": "c1"}]),
        ToolMessage(json.dumps(REPS_AMBIGUOUS, ensure_ascii=False), tool_call_id="c1"),
    ]
    history.append(model.invoke(history))
    call = _turn(model, history, "第二个", None)
    assert call.tool_calls[0]["name"] == "pipeline_status"
    assert call.tool_calls[0]["args"]["rep_login"] == "rep07" and "query" not in call.tool_calls[0]["args"]


def test_picking_one_of_several_compared_reps_replaces_only_that_one(model: OfflineChatModel) -> None:
    args = {"rep_logins": ["rep01", "小李"], "period": "this_quarter"}
    history: list[BaseMessage] = [
        HumanMessage("rep01和小李这个季度比一比"),
        AIMessage("", tool_calls=[{"name": "team_performance", "args": args, "id": "c1"}]),
        ToolMessage(json.dumps(REPS_AMBIGUOUS, ensure_ascii=False), tool_call_id="c1"),
    ]
    history.append(model.invoke(history))
    call = _turn(model, history, "李娜", None)
    assert call.tool_calls[0]["args"] == {"rep_logins": ["rep01", "rep02"], "period": "this_quarter"}


RANKING = {
    "status": "ok",
    "group_by": "rep",
    "groups": [{"key": "rep08", "name": "黄婷", "count": 5}, {"key": "rep04", "name": "刘洋", "count": 4}],
    "records": [
        {"type": "rep", "id": "rep08", "name": "黄婷"},
        {"type": "rep", "id": "rep04", "name": "刘洋"},
    ],
}


def test_memory_keeps_the_first_rep_of_a_ranking() -> None:
    history = [
        HumanMessage("本季度违规最多的是谁"),
        AIMessage("", tool_calls=[{"name": "compliance_stats", "args": {"group_by": "rep"}, "id": "c1"}]),
        ToolMessage(json.dumps(RANKING, ensure_ascii=False), tool_call_id="c1"),
    ]
    assert read_memory(history).last_rep == "rep08"
    named = [
        HumanMessage("x"),
        AIMessage("", tool_calls=[{"name": "pipeline_status", "args": {"rep_login": "rep05"}, "id": "c2"}]),
    ]
    assert read_memory(named).last_rep == "rep05"

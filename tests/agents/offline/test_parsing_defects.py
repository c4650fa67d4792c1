"""The parsing defects of issue 13: target stage, "帮我列下", "那家德国客户", "存到盛和下面吧", pasted chats."""

from langchain_core.messages import AIMessage, HumanMessage

from assistant.agents.offline import OfflineChatModel
from assistant.agents.offline.followups import Memory
from assistant.agents.offline.gazetteer import Entry, Gazetteer
from assistant.agents.offline.planner import plan
from assistant.tools import results as R
from assistant.tools.messages import tool_message

from .conftest import TODAY


def _plan(text: str, gaz: Gazetteer, memory: Memory | None = None):
    return plan(text, memory or Memory(), gaz, today=TODAY, use_embeddings=False)


def _with_sunrise(gaz: Gazetteer) -> Gazetteer:
    return Gazetteer([*gaz.entries, Entry("Sunrise", "customer", "Sunrise", case_sensitive=True)])


def test_the_stage_after_the_verb_is_the_target(gaz: Gazetteer) -> None:
    decided = _plan("把Sunrise谈判那个单子推到赢单", _with_sunrise(gaz))
    assert decided.tool == "update_deal_stage"
    assert decided.args == {"deal": "Sunrise", "stage": "won"}
    assert decided.hints == {"deal_stage": "negotiation"}
    english = _plan("move the Sunrise negotiation deal to won", _with_sunrise(gaz))
    assert english.args["stage"] == "won" and english.hints == {"deal_stage": "negotiation"}


def test_the_other_stage_word_picks_the_deal_among_ambiguous_candidates(model: OfflineChatModel) -> None:
    call = {
        "name": "update_deal_stage",
        "args": {"deal": "Sunrise", "stage": "won"},
        "id": "c1",
        "type": "tool_call",
    }
    asked = AIMessage(
        content="", tool_calls=[call], response_metadata={"offline": {"hints": {"deal_stage": "negotiation"}}}
    )
    candidates = [
        {"type": "deal", "id": "OPP-000001", "name": "A", "stage": "proposal"},
        {"type": "deal", "id": "OPP-000002", "name": "B", "stage": "negotiation"},
    ]
    answer = tool_message(R.ambiguous("Sunrise", candidates), tool_call_id="c1", name="update_deal_stage")
    out = model.respond([HumanMessage("把Sunrise谈判那个单子推到赢单"), asked, answer])
    assert out.tool_calls[0]["name"] == "update_deal_stage"
    assert out.tool_calls[0]["args"] == {"deal": "OPP-000002", "stage": "won"}


def test_list_requests_are_never_customer_names(gaz: Gazetteer) -> None:
    listed = _plan("下周要去迪拜拜访客户，帮我列下那边的客户", gaz)
    assert listed.tool == "find_customers" and listed.args.get("city") == "Dubai"
    assert "帮我列下" not in str(listed.args) and "query" not in listed.args
    german = _plan("列一下德国的客户", gaz)
    assert german.tool == "find_customers" and german.args == {"country": "Germany"}


def test_that_german_customer_without_antecedent_lists_the_candidates_and_asks(
    gaz: Gazetteer, model: OfflineChatModel
) -> None:
    decided = _plan("那家德国客户", gaz)
    assert decided.tool == "find_customers" and decided.args == {"country": "Germany"}
    assert decided.hints == {"ask_which": True}
    first = model.respond([HumanMessage("那家德国客户")])
    rows = [{"id": "C00001", "name": "Nordic Home Supplies GmbH"}, {"id": "C00002", "name": "Berlin Haus KG"}]
    result = R.ok(records=[R.record("customer", r["id"], r["name"]) for r in rows], customers=rows, total=2)
    done = tool_message(result, tool_call_id=first.tool_calls[0]["id"], name="find_customers")
    answer = model.respond([HumanMessage("那家德国客户"), first, done]).content
    assert answer.startswith("您说的是哪一家？") and "Berlin Haus KG" in answer


def test_save_it_under_a_customer_after_a_summary(model: OfflineChatModel) -> None:
    pasted = "客户：价格能再低点吗？\n我：可以申请95折"
    call = {"name": "summarize_conversation", "args": {"text": pasted}, "id": "s1", "type": "tool_call"}
    history = [
        HumanMessage("总结一下这段聊天：\n" + pasted),
        AIMessage(content="", tool_calls=[call]),
        tool_message(R.ok(summary="…"), tool_call_id="s1", name="summarize_conversation"),
        AIMessage(content="纪要：…"),
        HumanMessage("存到盛和下面吧"),
    ]
    out = model.respond(history)
    assert out.tool_calls[0]["name"] == "save_summary"
    assert out.tool_calls[0]["args"] == {"customer": "盛和", "text": pasted}


def test_a_pasted_chat_without_instruction_is_summarised_whole(gaz: Gazetteer) -> None:
    chat = "王总：价格能低点吗？\n我：可以申请95折\n王总：那下周先发样品"
    decided = _plan(chat, gaz)
    assert decided.tool == "summarize_conversation"
    assert decided.args == {"text": chat}

"""General two-step requests (no database): splitting, the second step's subject and arguments,
a pasted chat's instruction on its last line, pinyin customer names and quoted objections."""

from __future__ import annotations

import datetime as dt

from assistant.agents.offline import chain_steps, chains
from assistant.agents.offline.entities import spot
from assistant.agents.offline.gazetteer import Entry, Gazetteer, static_entries
from assistant.agents.offline.payload import asks_summary, split_payload
from assistant.agents.offline.slots import build_args

TODAY = dt.date(2025, 6, 30)
ROUTES = {  # a stand-in router: one keyword per tool, enough to test the splitting and pairing
    "流失": "churn_risk", "churn": "churn_risk", "卡住": "pipeline_status", "stalled": "pipeline_status",
    "逾期": "receivables", "overdue": "receivables", "告警": "sensitive_alerts", "alerts": "sensitive_alerts",
    "话术": "suggest_scripts", "draft": "suggest_scripts", "记一笔": "log_activity", "log": "log_activity",
    "详情": "customer_profile", "details": "customer_profile", "客户有哪些": "find_customers",
}  # fmt: skip


def route(text: str) -> tuple[str | None, float]:
    tool = next((t for k, t in ROUTES.items() if k in text), None)
    return tool, 1.0 if tool else 0.0


def test_english_connectives_split_a_two_step_request() -> None:
    for text, pair in [
        ("find my churn risks and then log a call with the worst one", ("churn_risk", "log_activity")),
        (
            "list overdue invoices, after that show me details of the biggest one",
            ("receivables", "customer_profile"),
        ),
        ("my stalled deals - pick the biggest and draft a follow-up", ("pipeline_status", "suggest_scripts")),
        ("churn risks for the worst one draft a win-back note", ("churn_risk", "suggest_scripts")),
    ]:
        chain = chains.detect(text, route)
        assert chain is not None and (chain.first, chain.second) == pair, text


def test_chinese_connectives_split_a_two_step_request() -> None:
    for text, pair in [
        ("哪些客户快流失了挑最严重的那个给我写段话术", ("churn_risk", "suggest_scripts")),
        ("先看逾期的应收再给欠得最多的那家记一笔电话", ("receivables", "log_activity")),
        ("卡住的单子里挑停得最久的，顺便记一笔跟进", ("pipeline_status", "log_activity")),
        ("我在宁波的客户有哪些，挑第一个看看详情", ("find_customers", "customer_profile")),
    ]:
        chain = chains.detect(text, route)
        assert chain is not None and (chain.first, chain.second) == pair, text


def test_a_single_request_with_a_comma_is_not_a_chain() -> None:
    assert chains.detect("客户嫌贵，给我段话术", route) is None  # no reference back to a first result
    assert chains.detect("再次下单的客户有哪些", route) is None


def test_an_alerts_subject_carries_its_customer_and_message_for_a_rescan() -> None:
    result = {"alerts": [
        {"id": 7, "customer": {"id": "C00021", "name": "辉祥"}, "category": "bribery", "matched": "回扣",
         "context": "给您【回扣】5%"},
        {"id": 6, "customer": None, "category": "guarantee", "matched": "保证", "context": "我们【保证】"},
    ]}  # fmt: skip
    top = chain_steps.pick("sensitive_alerts", result, {}, "挑最新那条", each=False, limit=3)
    assert top == [{**top[0], "customer": "C00021", "text": "给您回扣5%"}] and "#7" in top[0]["figure_zh"]
    assert chain_steps.args_for("sensitive_alerts", "scan_text", {}, top[0], {}, "再扫描一遍") == {
        "text": "给您回扣5%"
    }
    no_customer = chain_steps.pick("sensitive_alerts", {"alerts": result["alerts"][1:]}, {}, "", False, 3)[0]
    assert chain_steps.args_for("sensitive_alerts", "customer_profile", {}, no_customer, {}, "") is None


def test_a_customer_list_then_their_deals_passes_the_whole_list() -> None:
    result = {"customers": [{"id": "C00026", "name": "泰鑫"}, {"id": "C00143", "name": "永聚"}], "total": 2}
    subject = chain_steps.pick("find_customers", result, {}, "", False, 3)[0]
    args = chain_steps.args_for(
        "find_customers", "pipeline_status", {"scope": "me"}, subject, {}, "他们的单子"
    )
    assert args == {"customers": ["C00026", "C00143"]}


def test_logging_after_a_churn_list_states_the_risk() -> None:
    result = {"risks": [{"customer": {"id": "C00070", "name": "鑫和"}, "score": 94}]}
    subject = chain_steps.pick("churn_risk", result, {}, "the worst one", False, 3)[0]
    args = chain_steps.args_for(
        "churn_risk", "log_activity", {}, subject, {}, "then log a call with the worst one"
    )
    assert args == {"customer": "C00070", "type": "call", "content": "Follow-up: churn risk score 94"}


def test_the_instruction_after_a_pasted_chat_is_split_off() -> None:
    chat = "王总：样品什么时候到？\n我：周三发顺丰\n王总：好，到了我们测缩水"
    assert split_payload(f"{chat}\n麻烦归纳一下") == ("麻烦归纳一下", chat)
    assert split_payload(chat) == ("", chat)  # no instruction: all of it is the chat
    head, body = split_payload(f"main points?\n{chat}")
    assert (head, body) == ("main points?", chat)


def test_a_pasted_chat_asks_for_its_summary_unless_asked_something_else() -> None:
    chat = "Buyer: we need 500 pcs\nMe: ok, by Friday\nBuyer: and the price?"
    assert (
        asks_summary("tldr", chat)
        and asks_summary("要点呢", chat)
        and asks_summary("recap of the below", chat)
    )
    assert not asks_summary("这段能发吗", chat) and not asks_summary("how should I reply to this", chat)
    assert not asks_summary("客户这么说怎么办", chat)
    assert not asks_summary("总结一下", "只有一行，没有说话人")


def _gaz() -> Gazetteer:
    names = [
        Entry("盛和", "customer", "盛和"),
        Entry("恒嘉", "customer", "恒嘉"),
        Entry("安荣", "customer", "安荣"),
    ]
    return Gazetteer(static_entries() + names)


def test_customers_named_in_pinyin_resolve_to_their_chinese_short_names() -> None:
    m = spot("do Shenghe and hengjia have any open deals?", _gaz())
    assert m.customers == ["盛和", "恒嘉"]
    assert build_args(
        "pipeline_status", "do Shenghe and hengjia have any open deals?", None, m, TODAY, "rep"
    )["customers"] == ["盛和", "恒嘉"]
    assert spot("please share the shipping schedule", _gaz()).customers == []


def test_a_quoted_objection_is_the_scripts_query_not_a_customer() -> None:
    text = "how do I reply when they say 'your quote is too expensive'"
    args = build_args("suggest_scripts", text, None, spot(text, _gaz()), TODAY, "rep")
    assert "customer" not in args and args["query"] == text

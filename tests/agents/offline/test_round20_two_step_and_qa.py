"""Round 20: two-step requests with an unsaid subject, and QA asks about one alert or one severity.

Pure tests (stand-in routers, hand-made tool results); new sentences, none from the held-out sets.
"""

from __future__ import annotations

import json

import pytest
from langchain_core.messages import AIMessage, HumanMessage, ToolMessage

from assistant.agents.offline import chain_args, chain_parts, chains, drafts
from assistant.agents.offline.alert_refs import alert_request, rewrite_step
from assistant.agents.offline.chain_parts import elided
from assistant.agents.offline.followups import Memory, read_memory
from assistant.agents.offline.payload import split_payload, summary_then
from assistant.agents.offline.render import render_result

KEYS = {  # one keyword per tool, enough to test splitting and pairing
    "买了": "order_history", "bought": "order_history", "下单": "next_purchase", "reorder": "next_purchase",
    "资料": "customer_profile", "profile": "customer_profile", "清单": "daily_briefing", "开场白": "suggest_scripts",
    "alerts": "compliance_stats", "messages": "sensitive_alerts",
}  # fmt: skip
CUSTOMERS = ("瑞祥", "远祥", "Coastal", "Pinewood")


def route(text: str) -> tuple[str | None, float]:
    tool = next((t for k, t in KEYS.items() if k in text), None)
    return tool, 0.9 if tool else 0.1


def names_customer(text: str) -> bool:
    return any(c in text for c in CUSTOMERS)


def test_a_second_question_naming_nobody_is_about_the_customer_the_first_named() -> None:
    chain = chains.detect("远祥上回买了哪些货，估计啥时候再下单", route, names_customer=names_customer)
    assert chain and (chain.first, chain.second) == ("order_history", "next_purchase")
    chain = chains.detect(
        "what has Pinewood bought lately and when will they reorder", route, names_customer=names_customer
    )
    assert chain and (chain.first, chain.second) == ("order_history", "next_purchase")


def test_no_chain_when_the_second_question_names_its_own_customer_or_the_first_asks_nothing() -> None:
    assert not elided("远祥上回买了什么", "瑞祥啥时候下单", "order_history", "next_purchase", names_customer)
    assert not elided("远祥上回买了货", "啥时候下单", "order_history", "next_purchase", names_customer)
    assert not elided("远祥上回买了什么", "啥时候下单", "order_history", "next_purchase", None)
    assert elided("远祥上回买了什么", "啥时候下单", "order_history", "next_purchase", names_customer)


def test_the_first_customer_of_a_list_picks_one_record_before_a_mid_sentence_ask() -> None:
    chain = chains.detect("今天清单里第一个要联系的客户帮我想段开场白", route)
    assert chain and (chain.first, chain.second) == ("daily_briefing", "suggest_scripts")
    assert chains.PICKS.search("the first customer on my list")


def test_an_english_when_clause_is_split_off() -> None:
    parts = [m.group(0) for m in chain_parts.SPLIT.finditer("open Coastal's profile and when are they due")]
    assert parts == [" and "]


def test_which_reps_then_the_messages_lists_every_rep_counted() -> None:
    text = "guarantee alerts in Q2 - which reps, and list the messages"
    chain = chains.detect(text, route)
    assert chain and (chain.first, chain.second) == ("compliance_stats", "sensitive_alerts")
    who = {"rep_login": "rep07", "name": "赵磊"}
    args = chain_args.args_for("compliance_stats", "sensitive_alerts", {}, who, {"period": "Q2"}, text)
    assert "rep_login" not in args
    text = "guarantee alerts in Q2 - who has the most, and list the messages"
    args = chain_args.args_for("compliance_stats", "sensitive_alerts", {}, who, {"period": "Q2"}, text)
    assert args["rep_login"] == "rep07"


def test_an_alert_by_number_or_by_place_is_quoted_or_rewritten() -> None:
    assert alert_request("#88 帮我把这条改成合规的版本", Memory()) == (88, True)
    assert alert_request("alert 301 - can you reword it compliantly", Memory()) == (301, True)
    listed = Memory(last_tool="compliance_stats", alerts=[9, 7, 5])
    assert alert_request("第三条的原话给我看看", listed) == (5, False)
    assert alert_request("rewrite the second one", listed) == (7, True)
    assert alert_request("最新那条的原文", listed) == (9, False)
    assert alert_request("第三条的原话给我看看", Memory()) is None  # no list to pick from
    assert alert_request("第二条", listed) is None  # neither quote nor rewrite: the ordinal pick handles it
    assert rewrite_step("rewrite the second one")["tool"] == "scan_text"


def test_a_count_shows_no_alerts_to_point_at_and_one_alert_opened_keeps_the_list() -> None:
    stats = {"status": "ok", "groups": [], "alerts": [], "alert_ids": [40, 30, 20]}
    listed = {"status": "ok", "alerts": [{"id": 40, "message": "…"}, {"id": 30, "message": "…"}]}
    one = {"status": "ok", "alerts": [{"id": 30, "message": "…"}]}
    history = [
        HumanMessage("上季度的违规按类别统计"),
        AIMessage("", tool_calls=[{"name": "compliance_stats", "args": {"group_by": "category"}, "id": "a"}]),
        ToolMessage(json.dumps(stats), tool_call_id="a"),
    ]
    assert read_memory(history).alerts == []  # counts per category show no alert: "第二条" points at nothing shown
    history += [
        HumanMessage("最新的两条给我看看"),
        AIMessage("", tool_calls=[{"name": "sensitive_alerts", "args": {"limit": 2}, "id": "b"}]),
        ToolMessage(json.dumps(listed), tool_call_id="b"),
        HumanMessage("第二条的原文"),
        AIMessage("", tool_calls=[{"name": "sensitive_alerts", "args": {"alert_id": 30}, "id": "c"}]),
        ToolMessage(json.dumps(one), tool_call_id="c"),
    ]
    assert read_memory(history).alerts == [40, 30]  # the list shown stays after one of it was opened


def test_a_short_quoted_phrase_to_replace_asks_for_scripts() -> None:
    instruction, payload = split_payload('有没有别的讲法能代替"稳赚不赔这种话"')
    assert drafts.alternative(instruction, payload) == "稳赚不赔这种话"
    assert drafts.alternative("“零风险”换掉的话该怎么说，替换成啥", None) == "零风险"
    assert drafts.alternative("帮我看看这句能不能发", "王总，这批货包您满意，出事我负责") is None


def test_a_severity_count_says_which_severity_it_counts() -> None:
    result = {"status": "ok", "period": {"label": "last_month", "start": "2026-10-01", "end": "2026-10-31"},
              "group_by": "rep", "severity": "high", "count": 6, "previous": 4, "change": 2, "groups": []}  # fmt: skip
    assert "6 条高风险违规告警" in render_result("compliance_stats", result, "zh")
    assert "6 alerts (high severity)" in render_result("compliance_stats", result, "en")


def test_tidying_up_a_pasted_chat_then_filing_it_is_a_summary_then_a_save() -> None:
    chat = "[远祥 王经理 14:02] 样品收到了，颜色偏深。\n[李明 14:05] 我让工厂调一下，下周重新寄。"
    then = summary_then("把这段对话整理一下，存到远祥名下", chat, "C00030")
    assert then and then["tool"] == "save_summary" and then["args"]["customer"] == "C00030"


def test_among_those_keeps_the_period_of_the_counts_just_shown() -> None:
    from assistant.agents.offline.entities import Mentions
    from assistant.agents.offline.memory_args import fill_from_memory

    memory = Memory(
        last_tool="compliance_stats", last_args={"period": "last_quarter", "group_by": "category"}
    )
    args: dict[str, object] = {"category": "bribery"}
    fill_from_memory("sensitive_alerts", args, "其中回扣类的是哪几个人", Mentions(), memory, "rules")
    assert args == {"category": "bribery", "period": "last_quarter"}


def test_who_after_an_alert_list_reads_the_first_part_as_counts_per_rep() -> None:
    def alerts_only(text: str) -> tuple[str | None, float]:
        return "sensitive_alerts", 0.9

    def ranked(text: str) -> list[tuple[str, float]]:
        return [("sensitive_alerts", 0.95), ("compliance_stats", 0.04)]

    chain = chains.detect("私单类告警上季度都是谁，把消息也给我", alerts_only, ranked)
    assert chain and (chain.first, chain.second) == ("compliance_stats", "sensitive_alerts")


def test_order_numbers_and_ordinals_of_other_things_are_no_alert_pointers() -> None:
    listed = Memory(alerts=[9, 7, 5], last_tool="sensitive_alerts")
    assert alert_request("订单#1234的原文", listed) is None  # an order number, not alert 1234
    assert alert_request("what did they say last month?", listed) is None
    assert alert_request("rewrite the last paragraph of my email", listed) is None
    assert alert_request("rewrite the last one", listed) == (5, True)


@pytest.mark.parametrize("text", ["show me deal #12", "看看商机#12的详情", "客户#3具体什么情况"])
def test_a_number_on_another_record_is_no_alert(text: str) -> None:
    assert alert_request(text, Memory(alerts=[9, 7], last_tool="sensitive_alerts")) is None

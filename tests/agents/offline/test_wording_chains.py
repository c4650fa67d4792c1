"""Round 12: wording asked after a first tool, orders then receivables, settled-order routing, thread
follow-ups on "that one" / "第一名", bare calendar years and alert numbers (no database)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from assistant.agents.offline import chain_picks, chain_steps, chains, followups
from assistant.agents.offline.corrections import redirect
from assistant.agents.offline.entities import Mentions
from assistant.agents.offline.memory_args import fill_from_memory
from assistant.agents.offline.payload import split_payload, summary_then
from assistant.agents.offline.slots import _alert_id
from assistant.text.period_phrases import find_period

TODAY = dt.date(2026, 11, 30)
KEYS = {  # a stand-in router: one keyword per tool
    "补货": "next_purchase", "reorder": "next_purchase", "清单": "daily_briefing", "call list": "daily_briefing",
    "推荐": "recommend_products", "upsell": "recommend_products", "线索": "lead_scores", "lead": "lead_scores",
    "话术": "suggest_scripts", "说法": "suggest_scripts", "opener": "suggest_scripts", "pitch": "suggest_scripts",
    "嫌贵": "suggest_scripts", "下了多少": "order_history", "没付": "receivables", "违规内容": "sensitive_alerts",
    "排名": "compliance_stats", "资料": "customer_profile", "来单": "churn_risk",
}  # fmt: skip


def route(text: str) -> tuple[str | None, float]:
    tool = next((t for k, t in KEYS.items() if k in text), None)
    return tool, 0.9 if tool else 0.1


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("下周可能补货的有哪些客户？帮我准备下跟进话术", ("next_purchase", "suggest_scripts")),
        ("who's top of my call list today? give me an opener for them", ("daily_briefing", "suggest_scripts")),
        ("给鑫和推荐几款产品，顺便给个推销的说法", ("recommend_products", "suggest_scripts")),
        ("what could I upsell to Orion, and a pitch line please", ("recommend_products", "suggest_scripts")),
        ("鑫和今年下了多少？有没有还没付的", ("order_history", "receivables")),
        ("我们组合规排名，排名第一的违规内容给我看看", ("compliance_stats", "sensitive_alerts")),
    ],
)
def test_a_wording_ask_or_a_check_after_a_first_tool_is_a_chain(text: str, pair: tuple[str, str]) -> None:
    chain = chains.detect(text, route)
    assert chain is not None and (chain.first, chain.second) == pair, text


def test_a_wording_ask_after_an_objection_or_a_profile_stays_one_step() -> None:
    assert chains.detect("锦华嫌贵，给我段话术", route) is None  # the objection is the script's subject
    assert chains.detect("看下锦华的资料，给我段话术", route) is None  # no pick, no list: not loose-chained
    assert chains.detect("恒嘉很久没来单了，给我段跟进话术", route) is None  # news, not a question: one step


def test_a_briefing_and_a_recommendation_give_the_script_its_subject() -> None:
    brief = {"items": [{"lead": {"id": "L1", "name": "Vista Ltd"}, "customer": None},
                       {"customer": {"id": "C00009", "name": "Beta"}}]}  # fmt: skip
    assert [s.get("customer") or s.get("text") for s in chain_picks.briefed(brief, {}, "")] == ["Vista Ltd", "C00009"]
    rec = {"customer": {"id": "C00007", "name": "Gamma"},
           "suggestions": [{"products": [{"sku": "A", "name_en": "LED strip", "name_zh": "LED灯带"}]}]}  # fmt: skip
    subject = chain_steps.pick("recommend_products", rec, {}, "and a pitch", False, 3)[0]
    args = chain_steps.args_for("recommend_products", "suggest_scripts", {}, subject, {}, "and a pitch")
    assert args and args["customer"] == "C00007" and "LED strip" in args["query"] and "scenario" not in args
    args = chain_steps.args_for("daily_briefing", "suggest_scripts", {}, {"customer": "C00009"}, {}, "开场白")
    assert args and args["scenario"] == "follow_up"


def test_a_summary_then_a_scan_of_the_pasted_chat() -> None:
    instruction, payload = split_payload(
        "recap this and flag anything non-compliant:\nRep: guaranteed zero defects\nBuyer: ok\nRep: I'll refund you myself"
    )
    assert payload
    then = summary_then(instruction, payload, None)
    assert then and then["tool"] == "scan_text" and then["first"] == {}
    subject = chain_steps.pick("summarize_conversation", {"status": "ok"}, {"text": payload}, instruction, False, 3)[0]
    assert chain_steps.args_for("summarize_conversation", "scan_text", {}, subject, {}, instruction) == {"text": payload}
    assert summary_then("recap this", payload, None) is None
    saved = summary_then("总结一下存到鑫和下面", payload, "鑫和")
    assert saved and saved["tool"] == "save_summary" and saved["first"] == {"customer": "鑫和"}


def test_whether_a_named_customer_settled_an_order_is_receivables() -> None:
    m = Mentions(customers=["Orion"])
    for text in ("did Orion settle the most recent order", "Orion最近那一单付清了没"):
        for tool in ("order_history", "churn_risk", "next_purchase"):
            assert redirect(tool, text, m, followups.Memory(), TODAY) == "receivables", (text, tool)
    assert redirect("order_history", "what did Orion order most recently", m, followups.Memory(), TODAY) == "order_history"


def test_that_one_and_the_top_one_after_a_list_or_a_ranking() -> None:
    deals = {"status": "ok", "stalled": [{"id": "OPP-1", "customer": {"id": "C00001", "name": "Alpha"}},
                                         {"id": "OPP-2", "customer": {"id": "C00002", "name": "Beta"}}]}  # fmt: skip
    mem = followups.Memory(last_tool="pipeline_status")
    followups._absorb(mem, deals, ("pipeline_status", {}))
    args: dict[str, Any] = {"content": "demo on Thursday"}
    fill_from_memory("log_activity", args, "add a note on that one: demo on Thursday", Mentions(), mem, "rules")
    assert args["customer"] == "C00001"
    ranked = followups.Memory(last_tool="compliance_stats", last_rep="rep12")
    args = {}
    fill_from_memory("sensitive_alerts", args, "第一名的原文给我看看", Mentions(), ranked, "rules")
    assert args["rep_login"] == "rep12"


@pytest.mark.parametrize(
    ("text", "period"),
    [("how many alerts were raised in 2025?", "2025"), ("2025年一共有多少条违规告警", "2025"),
     ("2025全年的订单", "2025"), ("2025年十月", "2025-10"), ("2025年第一季度", "2025-Q1"), ("in 2026-10", "2026-10")],
)  # fmt: skip
def test_a_calendar_year_by_its_number(text: str, period: str) -> None:
    found = find_period(text, TODAY)
    assert found and found.period == period


def test_an_alert_number_right_after_the_word() -> None:
    assert _alert_id("告警62是什么情况") == 62 and _alert_id("alert 62 details") == 62
    assert _alert_id("告警2025年有多少") is None and _alert_id("告警3条") is None


def test_who_had_the_most_after_an_alert_list_is_a_fresh_ranking() -> None:
    from assistant.agents.offline.corrections import followup_tool
    from assistant.agents.offline.memory_args import followup_args

    assert followup_tool("sensitive_alerts", "换到上周，谁告警最多") == "compliance_stats"
    assert followup_tool("sensitive_alerts", "只看高风险的") == "sensitive_alerts"
    assert followup_tool("sensitive_alerts", "谁最多？原话给我") == "sensitive_alerts"
    mem = followups.Memory(last_tool="sensitive_alerts", last_args={"rep_login": "rep12", "period": "last_quarter"})
    args = followup_args("换到上周，谁告警最多", None, Mentions(), mem, TODAY, "qa")
    assert "rep_login" not in args and args.get("period") == "last_week"


def test_a_name_then_a_question_after_a_colon_is_one_question() -> None:
    assert split_payload("Orion Trading: what did they buy back in March?") == (
        "Orion Trading what did they buy back in March?",
        None,
    )
    assert split_payload("康荣：去年三月拿了哪些货")[1] is None
    assert split_payload("scan: we guarantee zero defects, is that ok?")[1]  # an ask before the colon: a paste
    assert split_payload("帮我检查：这个价格我私下给您再让两个点")[1]


def test_among_them_is_a_reference_back_and_a_month_of_last_year() -> None:
    def rt(t: str) -> tuple[str | None, float]:
        return ("find_customers", 0.9) if "客户" in t else ("receivables", 0.9) if "没结" in t else (None, 0.1)

    chain = chains.detect("曼谷那几家客户是谁，里面有没有货款没结的", rt)
    assert chain and (chain.first, chain.second) == ("find_customers", "receivables")
    found = find_period("锦华去年11月拿了哪些货", TODAY)
    assert found and found.period == "2025-11"

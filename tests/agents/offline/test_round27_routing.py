"""Round 27: a closed period's figures are actuals, a bare name opens one ask, and the deal a
"biggest deal" answer singled out is the customer the next turn means.

Pure tests (stand-in routers, no database); new sentences, none from the held-out sets.
"""

from __future__ import annotations

import datetime as dt
import json

import pytest
from langchain_core.messages import AIMessage, HumanMessage, ToolMessage

from assistant.agents.offline import chains
from assistant.agents.offline.corrections import redirect
from assistant.agents.offline.entities import Mentions, only_names
from assistant.agents.offline.followups import Memory, read_memory

TODAY = dt.date(2026, 11, 30)


@pytest.mark.parametrize(
    "text", ["how much did the whole team bring in during 2024", "全组2025年第二季度一共卖了多少", "team sales for Q2 2026 in total"]
)
def test_a_closed_period_is_actual_figures_not_a_forecast(text: str) -> None:
    assert redirect("sales_forecast", text, Mentions(), Memory(), TODAY) == "team_performance"


@pytest.mark.parametrize("text", ["what does the forecast say for Q1", "明年一季度预计能做多少", "how much will we sell in december"])
def test_a_coming_period_or_a_forecast_word_stays_a_forecast(text: str) -> None:
    assert redirect("sales_forecast", text, Mentions(), Memory(), TODAY) == "sales_forecast"


def test_only_names_is_a_part_with_nothing_but_names() -> None:
    assert only_names("Lin Feng -", Mentions(users=["rep19"], spans=[(0, 8)]))
    assert only_names("rep11:", Mentions(users=["rep11"], spans=[(0, 5)]))
    assert not only_names("Lin Feng's late payers", Mentions(users=["rep19"], spans=[(0, 8)]))
    assert not only_names("late payers", Mentions())


def _route(text: str) -> tuple[str | None, float]:
    if text == "Lin Feng":
        return "team_performance", 0.95  # a rep's name alone reads as their figures
    return ("churn_risk", 0.95) if "late" in text else (None, 0.1)


def test_a_bare_rep_name_before_the_ask_is_its_topic_not_a_first_step() -> None:
    text = "Lin Feng - which customers are late paying? who's the largest"
    assert chains.detect(text, _route) is not None  # without knowing the part is a bare name it splits
    assert chains.detect(text, _route, bare=lambda part: part == "Lin Feng") is None


def _pipeline(question: str) -> list:
    result = {"status": "ok", "largest_open": [{"id": "OPP-000777", "customer": {"id": "C00123", "name": "永泰贸易"}, "amount_usd": 9.0}]}
    return [HumanMessage(question), AIMessage("", tool_calls=[{"name": "pipeline_status", "args": {}, "id": "p1"}]),
            ToolMessage(json.dumps(result, ensure_ascii=False), tool_call_id="p1")]  # fmt: skip


@pytest.mark.parametrize("question", ["what's the single largest opportunity I have open", "我现在金额最大的商机是哪个"])
def test_the_biggest_deal_answer_puts_its_customer_in_focus(question: str) -> None:
    memory = read_memory(_pipeline(question))
    assert memory.last_customer == "C00123" and memory.deals == ["OPP-000777"]


def test_a_plain_pipeline_view_puts_no_customer_in_focus() -> None:
    assert read_memory(_pipeline("how is my pipeline this quarter")).last_customer is None


@pytest.mark.parametrize("second", ["who's the worst", "biggest one?", "which is the largest", "哪家最严重"])
def test_a_second_part_that_only_picks_from_the_list_is_one_ask(second: str) -> None:
    def route(text: str) -> tuple[str | None, float]:
        return ("receivables", 0.95) if "overdue" in text else ("churn_risk", 0.95)  # a pick read as a second tool

    assert chains.detect(f"how many of rep09's accounts are overdue, {second}", route) is None


@pytest.mark.parametrize("text", ["rep16 - any clients overdue?", "how many of rep03's accounts past due"])
def test_customers_overdue_without_a_verb_are_receivables(text: str) -> None:
    from assistant.agents.offline import intents

    assert intents.best_tool(intents.tool_scores(text))[0] == "receivables"


def _alert_route(text: str) -> tuple[str | None, float]:
    return ("compliance_stats", 0.95) if "alert" in text or "告警" in text else (None, 0.1)


@pytest.mark.parametrize(
    "text",
    [
        "flags per type for October, then show me a couple from the top type",
        "alert numbers for the team this month? show me the serious ones",
        "这季度告警按类别统计下，最多的那类挑几条给我",
    ],
)
def test_alert_counts_then_some_of_those_alerts_is_two_steps(text: str) -> None:
    def route(part: str) -> tuple[str | None, float]:
        return ("compliance_stats", 0.95) if any(w in part for w in ("flags", "alert", "告警")) else (None, 0.1)

    chain = chains.detect(text, route, rank=lambda part: [("sensitive_alerts", 0.5), ("compliance_stats", 0.3)])
    assert chain and (chain.first, chain.second) == ("compliance_stats", "sensitive_alerts")


def test_re_colon_names_a_topic_not_a_pasted_text() -> None:
    from assistant.agents.offline.payload import split_payload

    text = "bring up Cedar and note I emailed their buyer this morning re: the revised quote"
    assert split_payload(text) == (text, None)
    assert split_payload("check this: the price is final, no side payments")[1] == "the price is final, no side payments"


@pytest.mark.parametrize("part", ["pull up Cedar", "bring up 永泰", "open up Harbor Foods", "帮我调出永泰"])
def test_an_imperative_to_open_a_record_is_an_ask(part: str) -> None:
    from assistant.agents.offline.chain_parts import asks

    assert asks(part)


@pytest.mark.parametrize("text", ["那她一般犯的是哪种", "mostly what type of thing?", "which categories for him?"])
def test_what_kind_after_an_alert_ranking_is_that_reps_categories(text: str) -> None:
    from assistant.agents.offline.elided_asks import ranking_followup

    memory = Memory(last_tool="compliance_stats", last_args={"period": "last_month", "group_by": "rep"}, last_rep="rep14")
    assert ranking_followup(text, memory) == (
        "compliance_stats", {"period": "last_month", "rep_login": "rep14", "group_by": "category"}
    )
    assert ranking_followup(text, Memory(last_tool="pipeline_status", last_rep="rep14")) is None


@pytest.mark.parametrize(
    "instruction",
    ["recap this thread and tell me if the rep broke any rules", "总结一下这段对话，看看有没有违反公司规定的地方"],
)
def test_a_summary_then_a_rules_check_scans_the_pasted_chat(instruction: str) -> None:
    from assistant.agents.offline.payload import summary_then

    chat = "Buyer: any discount?\nRep: I can sort you out privately, cash in hand"
    then = summary_then(instruction, chat, None)
    assert then and then["tool"] == "scan_text"


@pytest.mark.parametrize("instruction", ["这句可以发吗 要是不妥就给个稳妥点的表达", "can I send this? if not give me better wording"])
def test_a_check_with_a_fallback_for_better_wording_asks_for_a_rewrite(instruction: str) -> None:
    from assistant.agents.offline.drafts import asks_rewrite

    assert asks_rewrite(instruction)


@pytest.mark.parametrize("text", ["这个季度我能做到多少？左右结果的大单也列一下", "下月预计多少，重要的大单一并给我看看"])
def test_a_forecast_then_the_big_deals_too_is_two_steps(text: str) -> None:
    def route(part: str) -> tuple[str | None, float]:
        return ("sales_forecast", 0.95) if any(w in part for w in ("多少", "预计")) else ("sales_forecast", 0.6)

    chain = chains.detect(text, route, rank=lambda part: [("sales_forecast", 0.6), ("pipeline_status", 0.3)])
    assert chain and (chain.first, chain.second) == ("sales_forecast", "pipeline_status")

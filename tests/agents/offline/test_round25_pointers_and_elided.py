"""Round 25: A-not-A and yes/no first parts ask, imperative first parts, at-risk customers, superlative pointers
opening a request, elided follow-ups that change only the measure, and a count of "this person" after an alert.

Pure tests (stand-in routers, no database); new sentences, none from the held-out sets.
"""

from __future__ import annotations

import datetime as dt

from assistant.agents.offline import chains, corrections
from assistant.agents.offline.chain_parts import asks
from assistant.agents.offline.elided_asks import counts_person, remeasured
from assistant.agents.offline.entities import Mentions, spot
from assistant.agents.offline.followups import Memory
from assistant.agents.offline.gazetteer import Gazetteer, static_entries
from assistant.agents.offline.memory_args import followup_args
from assistant.agents.offline.payload import asks_summary, summary_then
from assistant.agents.offline.slots_reports import metric
from assistant.agents.offline.topics import one_question

KEYS = {  # one keyword per tool, enough to test splitting and pairing
    "话术": "suggest_scripts", "说法": "suggest_scripts", "nudge": "suggest_scripts", "approach": "suggest_scripts",
    "商机": "pipeline_status", "卡": "pipeline_status", "欠": "receivables", "下了": "order_history",
    "bought": "order_history", "risk": "find_customers", "流失": "churn_risk", "推荐": "recommend_products",
    "推到": "update_deal_stage",
}  # fmt: skip


def route(text: str) -> tuple[str | None, float]:
    tool = next((t for k, t in KEYS.items() if k in text), None)
    return tool, 0.95 if tool else 0.1


def test_a_not_a_questions_are_yes_no_questions() -> None:
    for part in ("现在还欠不欠钱", "他们要不要补货", "这单能不能签"):
        assert asks(part), part
    assert not asks("差不多就这样")  # no A-not-A: 差不多


def test_a_yes_no_first_part_then_a_script_is_two_steps() -> None:
    chain = chains.detect("最近有没有卡住的商机,帮我挑出来再写个跟进话术", route)
    assert chain and (chain.first, chain.second) == ("pipeline_status", "suggest_scripts")


def test_an_imperative_about_what_is_owed_then_a_script_is_two_steps() -> None:
    chain = chains.detect("永泰欠的那笔钱催一下,给我写段客气点的说法", route)
    assert chain and (chain.first, chain.second) == ("receivables", "suggest_scripts")


def test_news_then_a_script_stays_one_ask() -> None:
    assert chains.detect("永泰拖了好几个月了,给我写段客气点的说法", route) is None


def test_at_risk_customers_feeding_a_script_are_churn_risk() -> None:
    chain = chains.detect("list the at-risk accounts of rep07 and suggest an approach for the riskiest", route)
    assert chain and (chain.first, chain.second) == ("churn_risk", "suggest_scripts")


def test_a_superlative_pointer_opening_a_request_is_found_first() -> None:
    chain = chains.detect("欠得最多那家去年下了多少", route)
    assert chain and (chain.first, chain.second) == ("receivables", "order_history")
    chain = chains.detect("流失风险最高那位推荐点新品", route)
    assert chain and (chain.first, chain.second) == ("churn_risk", "recommend_products")
    assert chains.detect("欠得最多那家是谁", route) is None  # the pointer is the question itself


def test_a_pointer_is_a_step_unless_an_earlier_answer_listed_records() -> None:
    assert one_question("欠最多那家", "order_history", Mentions(), listed=False) is None
    assert one_question("欠最多那家", "order_history", Mentions(), listed=True) == ""


def test_a_superlative_pointer_is_no_customer_name() -> None:
    gaz = Gazetteer(static_entries())
    assert not spot("欠最多那家上回买了啥", gaz).customers
    assert not spot("流失风险最高那家推荐点啥", gaz).customers


def test_a_summary_that_also_asks_about_risky_wording_is_then_scanned() -> None:
    chat = "Rep: hi, price list attached\nBuyer: any discount?\nRep: we guarantee the lowest price anywhere"
    instruction = "summarize this and let me know if the rep said anything risky"
    assert not asks_summary(instruction, chat)
    then = summary_then(instruction, chat, None)
    assert then and then["tool"] == "scan_text"
    assert asks_summary("summarize this", chat)


def test_an_elided_measure_keeps_the_last_report_and_its_reps() -> None:
    memory = Memory(last_tool="team_performance", last_args={"reps": ["rep03", "rep08"], "period": "last_month"})
    for text in ("成交单数呢,本季度", "订单量呢", "what about won deals this quarter"):
        assert remeasured(text, Mentions(), memory), text
    assert metric("赢单数呢") == "won_deals"
    args = followup_args("赢单数呢,本季度", None, Mentions(), memory, dt.date(2026, 11, 30), None)
    assert args["reps"] == ["rep03", "rep08"] and args["metric"] == "won_deals" and args["period"] == "this_quarter"


def test_no_elided_measure_after_another_tool_or_with_a_new_subject() -> None:
    assert not remeasured("赢单数呢", Mentions(), Memory(last_tool="pipeline_status"))
    named = Mentions()
    named.users.append("rep04")
    assert not remeasured("赢单数呢", named, Memory(last_tool="team_performance"))
    assert not remeasured("帮我看看这季度组里所有人的赢单数和业绩排名情况", Mentions(), Memory(last_tool="team_performance"))


def test_a_count_of_this_person_after_an_alert_counts_that_reps_alerts() -> None:
    assert corrections.followup_tool("sensitive_alerts", "这个人上个月一共被标记了几次") == "compliance_stats"
    assert corrections.followup_tool("sensitive_alerts", "how many has she had this year") == "compliance_stats"
    assert corrections.followup_tool("sensitive_alerts", "这个人的原话呢") == "sensitive_alerts"
    assert not counts_person("一共几条", corrections._COUNT)
    memory = Memory(last_tool="sensitive_alerts", last_args={"alert_id": 91}, last_rep="rep11")
    args = followup_args("这个人今年一共被标记了几次", None, Mentions(), memory, dt.date(2026, 11, 30), None)
    assert args.get("rep_login") == "rep11"


def test_the_oldest_one_after_a_stuck_list_is_its_first_deal() -> None:
    from assistant.agents.offline.memory_args import _listed_deal

    memory = Memory(last_tool="pipeline_status", last_args={"stalled_only": True}, deals=["OPP-000101", "OPP-000102"])
    assert _listed_deal("the oldest one fell through, set it to lost", memory) == "OPP-000101"
    assert _listed_deal("卡得最久的那单黄了", memory) == "OPP-000101"
    assert _listed_deal("the second one is dead", memory) == "OPP-000102"


def test_the_latest_one_after_an_alert_count_is_the_newest_alert_counted() -> None:
    from assistant.agents.offline.elided_asks import latest_of_ranking

    memory = Memory(last_tool="compliance_stats", last_rep="rep06",
                    last_args={"period": "this_month", "category": "bribery", "group_by": "rep"})  # fmt: skip
    assert latest_of_ranking("pull up the most recent one", memory) == {
        "period": "this_month", "category": "bribery", "limit": 1}  # fmt: skip
    one_rep = Memory(last_tool="compliance_stats", last_args={"period": "this_year", "rep_login": "rep02"})
    assert latest_of_ranking("最新那条发我看看", one_rep) == {"period": "this_year", "rep_login": "rep02", "limit": 1}
    assert latest_of_ranking("the latest one", Memory(last_tool="pipeline_status", last_rep="rep06")) is None
    assert latest_of_ranking("which rep had the fewest", memory) is None
    assert latest_of_ranking("the latest one", Memory(last_tool="compliance_stats", alerts=[5, 3])) is None


def test_a_pointer_to_the_top_debtor_asking_about_orders_is_their_orders() -> None:
    memory = Memory(last_tool="receivables", listed=[{"type": "customer", "id": "C00077", "name": "Qiao"}])
    today = dt.date(2026, 11, 30)
    text = "欠得最多的那家上回什么时候下的单"
    assert corrections.redirect("receivables", text, Mentions(), memory, today) == "order_history"
    assert corrections.redirect("receivables", "欠得最多的那家还欠多少", Mentions(), memory, today) == "receivables"
    assert corrections.redirect("receivables", text, Mentions(), Memory(), today) == "receivables"  # nothing listed

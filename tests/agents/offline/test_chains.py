"""Two-step detection planned from the tool schemas: new pairs, connectives and parts that are no ask.

Routes are stand-in keyword tables (pure tests); the graph runs are in test_two_step_demo.py.
"""

from __future__ import annotations

from assistant.agents.offline import chain_steps as S
from assistant.agents.offline import chains
from assistant.agents.offline.chain_parts import only_period

KEYS = {  # one keyword per tool, enough to test splitting and pairing
    "档案": "customer_profile", "下单金额": "order_history", "预测": "sales_forecast", "商机": "pipeline_status",
    "欠": "receivables", "overdue": "receivables", "业绩": "team_performance", "revenue": "team_performance",
    "accounts in": "find_customers", "客户": "find_customers", "流失": "churn_risk", "alerts": "compliance_stats",
    "said": "team_performance", "reorder": "next_purchase", "order": "order_history",
}  # fmt: skip


def route(text: str) -> tuple[str | None, float]:
    tool = next((t for k, t in KEYS.items() if k in text), None)
    return tool, 0.9 if tool else 0.1


def test_a_pair_nobody_listed_chains_when_the_schemas_fit() -> None:
    chain = chains.detect("调出锦华的档案,再统计一下他们去年的下单金额", route)
    assert chain and (chain.first, chain.second) == ("customer_profile", "order_history") and not chain.own


def test_a_second_step_that_needs_a_customer_takes_the_first_ones_without_a_pronoun() -> None:
    chain = chains.detect("锦华的档案有什么变化?顺带统计下单金额", route)
    assert chain and (chain.first, chain.second) == ("customer_profile", "order_history")


def test_a_shortfall_clause_refers_to_the_forecast() -> None:
    chain = chains.detect("看下我这个季度的预测,不够的话先推哪些商机", route)
    assert chain and (chain.first, chain.second) == ("sales_forecast", "pipeline_status")


def test_a_plus_joins_two_asks() -> None:
    chain = chains.detect("my accounts in lisbon + which of them are overdue", route)
    assert chain and (chain.first, chain.second) == ("find_customers", "receivables")


def test_a_filtered_customer_list_then_a_question_about_its_members() -> None:
    chain = chains.detect("成都做酒店用品的客户当中有谁快流失了", route)
    assert chain and (chain.first, chain.second) == ("find_customers", "churn_risk")
    assert chains.detect("我的客户里哪个流失风险最大", route) is None  # the whole book: one ask


def test_a_period_or_a_pick_from_the_last_list_is_no_first_ask() -> None:
    assert chains.detect("the third one - what did they order last?", route) is None
    chain = chains.detect("last month - which rep got the most alerts, and show what they said", route)
    assert chain and chain.first == "compliance_stats"
    assert chain.second == "sensitive_alerts"  # what they said after an alert count is their alerts


def test_two_asks_joined_by_then_chain_even_when_they_do_not_pair() -> None:
    chain = chains.detect("查一下锦华欠多少钱,然后看看团队这个月的业绩", route)
    assert chain and (chain.first, chain.second) == ("receivables", "team_performance") and chain.own
    args = S.args_for("receivables", "team_performance", {"period": "this_month"}, {}, {}, "")
    assert args == {"period": "this_month"}  # no record from the first step: its own words only


def test_a_rep_the_second_part_names_itself_is_kept() -> None:
    chain = chains.detect("rank reps by revenue for october, then pull rep07's overdue invoices", route)
    assert chain and (chain.first, chain.second) == ("team_performance", "receivables")
    subject = {"rep_login": "rep03", "name": "王芳"}
    assert (
        S.args_for("team_performance", "receivables", {"rep_login": "rep07"}, subject, {}, "")["rep_login"]
        == "rep07"
    )
    assert S.args_for("team_performance", "receivables", {}, subject, {}, "")["rep_login"] == "rep03"


def test_subject_keys_the_second_tool_has_no_field_for_are_dropped() -> None:
    subject = {"rep_login": "rep05", "category": "bribery", "name": "陈静"}
    args = S.args_for("compliance_stats", "churn_risk", {}, subject, {}, "")
    assert args == {"rep_login": "rep05"}


def test_a_stage_filtered_deal_list_gives_its_biggest_deal() -> None:
    deals = [{"id": "OPP-1", "amount_usd": 900, "customer": {"id": "C1", "name": "A"}},
             {"id": "OPP-2", "amount_usd": 4000, "customer": {"id": "C2", "name": "B"}}]  # fmt: skip
    picked = S.pick("pipeline_status", {"deals": deals}, {}, "金额最大的那单改成赢单", False, 3)
    assert [p["deal"] for p in picked] == ["OPP-2"]


def test_a_noun_phrase_joined_by_plus_asks_for_its_list() -> None:
    keyed = {"accounts": "find_customers", "walk away": "churn_risk"}
    chain = chains.detect(
        "my textile accounts + which ones could walk away",
        lambda t: (next((v for k, v in keyed.items() if k in t), None), 0.9),
    )
    assert chain and (chain.first, chain.second) == ("find_customers", "churn_risk")
    assert chains.detect("my textile accounts, which ones could walk away", lambda t: (None, 0.1)) is None


def test_a_count_after_a_rep_pick_is_the_alert_count_not_the_list() -> None:
    keyed = {"sold": "team_performance", "flags": "sensitive_alerts"}
    chain = chains.detect(
        "who sold the most in october? then how many flags did they collect",
        lambda t: (next((v for k, v in keyed.items() if k in t), None), 0.9),
    )
    assert chain and (chain.first, chain.second) == ("team_performance", "compliance_stats")


def test_order_records_are_read_not_logged() -> None:
    keyed = {"风险": "churn_risk", "订单": "order_history"}
    chain = chains.detect(
        "谁的流失风险最高？另外把那家的订单记录调出来",
        lambda t: (next((v for k, v in keyed.items() if k in t), None), 0.9),
    )
    assert chain and (chain.first, chain.second) == ("churn_risk", "order_history")


def test_a_first_part_read_as_a_tool_that_cannot_feed_the_second_takes_its_runner_up() -> None:
    def rank(text: str) -> list[tuple[str, float]]:
        if "档案" in text:
            return [("save_summary", 0.8), ("customer_profile", 0.15), ("find_customers", 0.05)]
        return [("order_history", 0.9), ("team_performance", 0.05)]

    chain = chains.detect(
        "把安隆的档案打开,再查下他们去年的采购额", lambda t: (rank(t)[0][0], rank(t)[0][1]), rank
    )
    assert chain and (chain.first, chain.second) == ("customer_profile", "order_history")


def test_customers_defined_by_what_they_owe_start_from_receivables() -> None:
    keyed = {"客户有哪些": "find_customers", "话术": "suggest_scripts"}
    chain = chains.detect(
        "李娜的逾期客户有哪些,欠得最多那家给段催收话术",
        lambda t: (next((v for k, v in keyed.items() if k in t), None), 0.9),
    )
    assert chain and (chain.first, chain.second) == ("receivables", "suggest_scripts")


def test_several_time_phrases_alone_are_no_first_ask() -> None:
    assert only_period("H1 this year") and only_period("上个季度")
    assert not only_period("上个季度谁的告警最多")


def test_a_category_pick_before_an_alert_list_is_an_alert_count() -> None:
    keyed = {"kind of": "team_performance", "messages": "sensitive_alerts"}
    chain = chains.detect(
        "what kind of violation led in september? bring me those messages",
        lambda t: (next((v for k, v in keyed.items() if k in t), None), 0.9),
    )
    assert chain and (chain.first, chain.second) == ("compliance_stats", "sensitive_alerts")
    keyed = {"category": "compliance_stats", "alerts": "sensitive_alerts"}
    chain = chains.detect(
        "top rule category in october? pull the alerts in it",
        lambda t: (next((v for k, v in keyed.items() if k in t), None), 0.9),
    )
    assert chain and (chain.first, chain.second) == ("compliance_stats", "sensitive_alerts")


def test_zai_meaning_again_does_not_split_a_question() -> None:
    keyed = {"时候": "customer_profile", "下单": "next_purchase", "订货": "order_history"}
    router = lambda t: (next((v for k, v in keyed.items() if k in t), None), 0.9)  # noqa: E731
    assert chains.detect("泰远大概什么时候会再订货", router) is None
    assert chains.detect("恒锦还能再下单吗", router) is None

"""Two-step requests the split alone misses: a filtered customer list inside one clause, a stage move
after a deal list, a list of what was just counted (also when the count is zero), and picks that
read a result's largest deals or its reps.

Routes are stand-in keyword tables (pure tests); the graph runs are in test_two_step_demo.py.
"""

from __future__ import annotations

from assistant.agents.offline import chain_steps as S
from assistant.agents.offline import chains
from assistant.agents.offline.chain_lists import lists_counted

KEYS = {  # one keyword per tool, enough to test splitting and pairing
    "reorder": "next_purchase", "下单了": "next_purchase", "下了多少单": "team_performance", "owe": "receivables",
    "客户": "find_customers", "customers": "find_customers", "单": "pipeline_status",
}  # fmt: skip
PLACES = ("UAE", "阿联酋")


def route(text: str) -> tuple[str | None, float]:
    tool = next((t for k, t in KEYS.items() if k in text), None)
    return tool, 0.9 if tool else 0.1


def rank(text: str) -> list[tuple[str, float]]:
    tool = route(text)[0]
    return [(tool, 0.8), ("order_history", 0.15)] if tool else []


def filters(text: str) -> bool:
    return any(p in text for p in PLACES)


def test_a_filtered_customer_list_inside_one_clause_is_found_first() -> None:
    chain = chains.detect("which of my UAE customers are due to reorder this month?", route, rank, filters=filters)
    assert chain and (chain.first, chain.second) == ("find_customers", "next_purchase")


def test_each_customer_of_a_place_and_their_orders() -> None:
    chain = chains.detect("我阿联酋的客户今年各下了多少单", route, rank, filters=filters)
    assert chain and (chain.first, chain.second) == ("find_customers", "order_history") and chain.each


def test_a_tool_that_filters_by_place_itself_needs_no_list_first() -> None:
    assert chains.detect("which of my UAE customers owe us money", route, rank, filters=filters) is None
    assert chains.detect("which of my customers are due to reorder this month?", route, rank, filters=filters) is None


def test_a_pulled_list_then_who_among_them() -> None:
    chain = chains.detect("阿联酋的客户帮我拉一下,看看谁最近快要下单了", route, rank, filters=filters)
    assert chain and (chain.first, chain.second) == ("find_customers", "next_purchase")


def test_a_move_to_a_stage_after_a_deal_list_is_a_stage_change() -> None:
    chain = chains.detect("帮我看看谈判阶段的单子,把金额最大的那个推到赢单", route, rank)
    assert chain and (chain.first, chain.second) == ("pipeline_status", "update_deal_stage")


def test_the_alerts_just_counted_are_listed_even_when_none_were_counted() -> None:
    assert lists_counted("compliance_stats", "sensitive_alerts", "how many alerts did my team get? show me the high ones")
    assert not lists_counted("compliance_stats", "sensitive_alerts", "who had the most alerts? show me his messages")
    assert not lists_counted("receivables", "suggest_scripts", "who owes the most? draft a reminder")


def test_the_biggest_open_deal_is_read_from_the_largest_ones() -> None:
    small = {"id": "OPP-1", "amount_usd": 900, "customer": {"id": "C1", "name": "A"}}
    big = {"id": "OPP-2", "amount_usd": 40000, "customer": {"id": "C2", "name": "B"}}
    result = {"stalled": [small], "largest_open": [big]}
    picked = S.pick("pipeline_status", result, {}, "what's my biggest open deal, and when did they last order?", False, 3)
    assert [p["deal"] for p in picked] == ["OPP-2"]
    stuck = S.pick("pipeline_status", result, {}, "my biggest stuck deal, draft a nudge", False, 3)
    assert [p["deal"] for p in stuck] == ["OPP-1"]  # a stuck deal is asked for: the largest open one is not


def test_which_rep_owes_the_most_picks_a_rep_from_the_receivables() -> None:
    result = {"customers": [{"customer": {"id": "C9", "name": "Z"}, "open_usd": 50, "overdue_usd": 50}],
              "reps": [{"login": "rep13", "name": "马超", "open_usd": 10, "overdue_usd": 9}]}  # fmt: skip
    picked = S.pick("receivables", result, {}, "which rep has the most overdue money, and their longest-stuck deal", False, 3)
    assert picked and picked[0].get("rep_login") == "rep13"


def test_a_place_list_then_orders_covers_every_customer_of_the_list_in_one_call() -> None:
    from assistant.agents.offline.chain_args import args_for

    subject = {"customer": "C1", "group": ["C1", "C2", "C3", "C4"]}
    args = args_for("find_customers", "order_history", {"period": "this_year"}, subject, {}, "how many orders did my Brazil customers place this year")
    assert args and args["customers"] == ["C1", "C2", "C3", "C4"] and "customer" not in args
    one = args_for("find_customers", "order_history", {}, subject, {}, "my Brazil customers, what did the first one buy last")
    assert one and one.get("customer") == "C1" and not one.get("customers")


def test_their_orders_after_a_list_is_a_second_ask() -> None:
    keyed = {"orders": "order_history", "customers": "find_customers"}
    chain = chains.detect("list my customers in Singapore and their orders this year", lambda t: (next((v for k, v in keyed.items() if k in t), None), 0.9))
    assert chain and (chain.first, chain.second) == ("find_customers", "order_history")


def test_the_ones_of_a_kind_after_a_count_are_listed() -> None:
    keyed = {"告警": "compliance_stats", "违规": "compliance_stats", "列出来": "sensitive_alerts"}

    def alerts(text: str) -> tuple[str | None, float]:
        return next((v for k, v in keyed.items() if k in text), "compliance_stats"), 0.9

    chain = chains.detect("这个月组里有多少条告警?把高风险的列出来", alerts)
    assert chain and (chain.first, chain.second) == ("compliance_stats", "sensitive_alerts")
    chain = chains.detect("本季度违规按类别统计一下,再给我看几条最多那类的", alerts, lambda t: [("compliance_stats", 0.9)])
    assert chain and (chain.first, chain.second) == ("compliance_stats", "sensitive_alerts")


def test_a_bare_how_much_after_an_ask_is_the_same_ask() -> None:
    keyed = {"owe": "receivables", "how much": "order_history"}
    chain = chains.detect("which of my China customers owe us money and how much", lambda t: (next((v for k, v in keyed.items() if k in t), None), 0.9))
    assert chain is None


def test_the_severe_ones_and_the_deals_behind_a_forecast_refer_back() -> None:
    keyed = {"预测": "sales_forecast", "大单": "pipeline_status", "违规": "compliance_stats", "严重": "sensitive_alerts"}

    def by_key(text: str) -> tuple[str | None, float]:
        return next((v for k, v in keyed.items() if k in text), None), 0.9

    chain = chains.detect("团队下个月预测多少,能影响结果的大单有哪些", by_key)
    assert chain and (chain.first, chain.second) == ("sales_forecast", "pipeline_status")
    chain = chains.detect("上个月组里违规有几条?严重的给我看看", by_key)
    assert chain and (chain.first, chain.second) == ("compliance_stats", "sensitive_alerts")


def test_a_few_of_the_top_category_keeps_that_category() -> None:
    from assistant.agents.offline.chain_args import args_for

    subject = {"category": "guarantee", "name": "guarantee"}
    first = {"period": "this_quarter", "group_by": "category"}
    top = args_for("compliance_stats", "sensitive_alerts", {}, subject, first, "alerts by category, then a few of the top category")
    assert top and top.get("category") == "guarantee"
    every = args_for("compliance_stats", "sensitive_alerts", {}, subject, first, "how many alerts this quarter? list them")
    assert every is not None and "category" not in every

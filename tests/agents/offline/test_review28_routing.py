"""Review 28: regressions in today's routing — period follow-ups read as "the latest one", 其他 read as a
pronoun, elided measures that ask for a list, unpaid-order questions redirected to order history, A-not-A
adverbs, superlative openers that name a customer, and "stuck longest" outside a stuck-deal list.

Pure tests (stand-in routers, no database); new sentences, none from the held-out sets.
"""

from __future__ import annotations

import datetime as dt

from assistant.agents.offline import chains, corrections
from assistant.agents.offline.chain_parts import asks
from assistant.agents.offline.elided_asks import counts_person, latest_of_ranking, remeasured
from assistant.agents.offline.entities import Mentions
from assistant.agents.offline.followups import Memory

KEYS = {  # one keyword per tool, enough to test splitting and pairing
    "话术": "suggest_scripts", "说法": "suggest_scripts", "欠": "receivables", "逾期": "receivables", "下了": "order_history",
    "流失": "churn_risk", "推荐": "recommend_products", "怎么样": "customer_profile", "卡": "pipeline_status",
    "供应商": "churn_risk", "头疼": "churn_risk", "看好": "churn_risk", "喜欢": "churn_risk",
}  # fmt: skip


def route(text: str) -> tuple[str | None, float]:
    tool = next((t for k, t in KEYS.items() if k in text), None)
    return tool, 0.95 if tool else 0.1


COUNTED = Memory(last_tool="compliance_stats", last_args={"period": "this_quarter", "group_by": "rep"})


def test_a_period_follow_up_after_an_alert_count_is_no_latest_alert() -> None:
    for text in ("那最新的那一季度呢", "最近的那个月怎么样", "and the newest quarter?", "how about the latest week",
                 "what about the most recent year?"):  # fmt: skip
        assert latest_of_ranking(text, COUNTED) is None, text
    for text in ("最新的一条给我看看", "打开最新那条", "open the most recent one", "the newest alert please"):
        assert latest_of_ranking(text, COUNTED) == {"period": "this_quarter", "limit": 1}, text
    assert latest_of_ranking("今年最新的那条拿来看看", COUNTED)  # a period elsewhere: still the newest record


def test_the_latest_alert_after_a_teams_count_keeps_the_team() -> None:
    memory = Memory(last_tool="compliance_stats", last_args={"period": "this_quarter", "team": "T02"})
    assert latest_of_ranking("把最新那条调出来", memory) == {"period": "this_quarter", "team": "T02", "limit": 1}


def test_other_people_are_no_pronoun_for_the_rep_in_context() -> None:
    assert not counts_person("其他人总共被标记了几回", corrections._COUNT)
    assert not counts_person("其她同事一共被标了多少次", corrections._COUNT)
    assert counts_person("他总共被标记了几回", corrections._COUNT)


def test_an_elided_measure_asking_for_records_is_no_remeasure() -> None:
    ranked = Memory(last_tool="team_performance")
    for text in ("那成交的单子有哪些呢", "那赢下来的商机列一下呢", "and which ones were won?", "what about the list of won deals"):
        assert not remeasured(text, Mentions(), ranked), text
    assert remeasured("那赢单数呢", Mentions(), ranked)


def test_an_unpaid_order_question_about_the_top_debtor_stays_receivables() -> None:
    memory = Memory(last_tool="receivables", listed=[{"type": "customer", "id": "C00042", "name": "Hua"}])
    today = dt.date(2026, 11, 30)
    for text in ("欠款最多那家有哪几笔订单还没付", "欠得最多的那家哪些订单逾期了", "the top one - which orders are still unpaid"):
        assert corrections.redirect("receivables", text, Mentions(), memory, today) == "receivables", text
    assert corrections.redirect("receivables", "欠得最多那家最近下了什么订单", Mentions(), memory, today) == "order_history"


def test_a_not_a_adverbs_and_concessives_do_not_ask() -> None:
    for part in ("老陈时不时就来压价", "永泰动不动就嚷着换供应商", "要不是上次延期早签了", "他们来不来都行", "好不好都得签"):
        assert not asks(part), part
    for part in ("他们还要不要货", "这单签不签", "款到底付不付？", "还续不续呢"):
        assert asks(part), part


def test_a_script_for_an_adverb_complaint_is_one_step() -> None:
    assert chains.detect("永泰时不时就说要换家供应商,帮我写段话术", route) is None


def test_a_superlative_opener_that_names_a_customer_is_no_ranking() -> None:
    assert chains.detect("我最头疼的那家客户华祥最近怎么样", route, names_customer=lambda s: "华祥" in s) is None
    assert chains.detect("我最喜欢的那家推荐点新品", route) is None  # no tool ranks by liking
    assert chains.detect("我最看好的那个客户最近怎么样", route) is None


def test_a_ranking_superlative_opener_still_splits() -> None:
    chain = chains.detect("逾期最久那家推荐点新品", route)
    assert chain and chain.first == "receivables"
    chain = chains.detect("流失风险最大的那位推荐点新品", route)
    assert chain and chain.first == "churn_risk"


def test_stuck_longest_reads_the_first_deal_only_after_a_stuck_list() -> None:
    from assistant.agents.offline.memory_args import _listed_deal

    stuck = Memory(last_tool="pipeline_status", last_args={"stalled_only": True}, deals=["OPP-000201", "OPP-000202"])
    assert _listed_deal("停得最久的那单丢了", stuck) == "OPP-000201"
    open_deals = Memory(last_tool="pipeline_status", deals=["OPP-000201", "OPP-000202"])
    assert _listed_deal("停得最久的那单丢了", open_deals) is None
    assert _listed_deal("mark the oldest one lost", open_deals) is None
    assert _listed_deal("mark that one lost", open_deals) == "OPP-000201"

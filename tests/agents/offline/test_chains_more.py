"""Two-step requests added for the held-out misses, group receivables, "vs last month" periods and draft rewrites.

Pure tests: routes are given as tables, results as dicts; the whole-graph runs are in test_two_step_demo.py.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from assistant.agents.offline import chain_steps as S
from assistant.agents.offline import chains
from assistant.agents.offline.entities import Mentions
from assistant.agents.offline.render import render_result
from assistant.agents.offline.slots import build_args
from assistant.text.period_phrases import find_period

TODAY = dt.date(2026, 11, 30)


def _router(routes: dict[str, str]) -> chains.Router:
    return lambda t: (routes.get(t), 0.9)


def test_while_youre_at_it_logs_a_follow_up_after_a_receivables_check() -> None:
    routes = {"深圳安荣欠多少钱": "receivables", "顺手记一条跟进": "log_activity"}
    chain = chains.detect("深圳安荣欠多少钱，顺手记一条跟进", _router(routes))
    assert chain and (chain.first, chain.second) == ("receivables", "log_activity")
    routes = {"show me what Nordic ordered lately": "order_history", "log a follow-up while you're at it": "log_activity"}
    chain = chains.detect("show me what Nordic ordered lately, and log a follow-up while you're at it", _router(routes))
    assert chain and (chain.first, chain.second) == ("order_history", "log_activity")


def test_a_dash_separates_the_two_parts() -> None:
    routes = {"my churn risks": "churn_risk", "write a win-back script for the worst one": "suggest_scripts"}
    chain = chains.detect("my churn risks - write a win-back script for the worst one", _router(routes))
    assert chain and (chain.first, chain.second) == ("churn_risk", "suggest_scripts")


def test_both_parts_on_one_tool_take_the_first_parts_runner_up_when_it_is_likely_enough() -> None:
    text = "张伟这个季度赢了几单，他有哪些卡住的单子"

    def rank(t: str) -> list[tuple[str, float]]:
        return [("pipeline_status", 0.6), ("team_performance", 0.3), ("lead_scores", 0.05)]

    route = _router({"张伟这个季度赢了几单": "pipeline_status", "他有哪些卡住的单子": "pipeline_status"})
    chain = chains.detect(text, route, rank)
    assert chain and (chain.first, chain.second) == ("team_performance", "pipeline_status")
    unlikely = chains.detect(text, route, lambda t: [("pipeline_status", 0.9), ("team_performance", 0.08)])
    assert unlikely is None  # a runner-up below SAME_TOOL_RUNNER_UP is no second intent


def test_a_ranking_by_alerts_is_an_alert_count_even_when_read_as_performance() -> None:
    routes = {"这个月哪个销售的飞单告警最多": "team_performance", "把他最近的告警消息给我看": "sensitive_alerts"}
    chain = chains.detect("这个月哪个销售的飞单告警最多，把他最近的告警消息给我看", _router(routes))
    assert chain and (chain.first, chain.second) == ("compliance_stats", "sensitive_alerts")


def test_a_customer_list_then_their_receivables_asks_for_the_whole_list() -> None:
    listed = {"total": 3, "customers": [{"id": "C00032", "name": "鑫博"}, {"id": "C00070", "name": "鑫和"},
                                        {"id": "C00169", "name": "信天"}]}  # fmt: skip
    [s] = S.pick("find_customers", listed, {"country": "Singapore"}, "看看他们有没有欠款", False, 3)
    args = S.args_for("find_customers", "receivables", {"scope": "me"}, s, {}, "看看他们有没有欠款")
    assert args == {"customers": ["C00032", "C00070", "C00169"]}
    profile = S.args_for("find_customers", "customer_profile", {}, s, {}, "")
    assert profile == {"customer": "C00032"}  # other second steps still take the top record


def test_a_follow_up_after_an_order_history_is_a_follow_up_not_a_payment_chase() -> None:
    result = {"customer": {"id": "C00041", "name": "安荣"},
              "orders": [{"id": "SO-1", "date": "2026-11-10", "items": [{"name_zh": "帆布袋", "sku": "B1"}]}]}  # fmt: skip
    [s] = S.pick("order_history", result, {}, "顺手记一条跟进", False, 3)
    args = S.args_for("order_history", "log_activity", {"type": "note"}, s, {}, "顺手记一条跟进")
    assert args and args["customer"] == "C00041" and args["content"].startswith("跟进：最近一单 SO-1")
    owed = {"customer": {"id": "C00041", "name": "安荣"}, "total_open_usd": 100.0, "total_overdue_usd": 0.0,
            "open_orders": 1, "orders": [{"id": "SO-2", "paid": False}], "last_order": {"id": "SO-2", "paid": False}}  # fmt: skip
    [o] = S.pick("receivables", owed, {}, "欠多少钱，打电话催一下款，记一笔", False, 3)
    assert "（1 笔）" in o["figure_zh"]  # the last order, also listed, is counted once
    chase = S.args_for("receivables", "log_activity", {"type": "call"}, o, {}, "欠多少钱，打电话催一下款，记一笔")
    assert chase and chase["content"].startswith("催收货款：未付 $100")


def test_receivables_take_a_place_or_industry_and_us_is_no_country() -> None:
    got = build_args("receivables", "do my Singapore customers owe us anything", None,
                     Mentions(countries=["Singapore"], cities=["Singapore"]), TODAY, "rep")  # fmt: skip
    assert got["country"] == "Singapore" and "customer" not in got
    from assistant.agents.offline.entities import spot
    from assistant.agents.offline.gazetteer import Gazetteer, static_entries

    gaz = Gazetteer(static_entries())
    assert spot("which customer has owed us the longest", gaz).countries == []
    assert spot("my customers in the US", gaz).countries == ["USA"]


@pytest.mark.parametrize(
    ("text", "period"),
    [("违规数环比上个月怎么样", "this_month"), ("are alerts up or down vs last month", "this_month"),
     ("上个月违规多少", "last_month"), ("团队业绩和上季度比怎么样", "this_quarter")],
)  # fmt: skip
def test_vs_last_period_means_the_current_period(text: str, period: str) -> None:
    assert build_args("compliance_stats", text, None, Mentions(), TODAY, "qa")["period"] == period


@pytest.mark.parametrize(
    ("text", "period"),
    [("team forecast for the whole quarter", "this_quarter"), ("整季度预测", "this_quarter"),
     ("全年业绩", "this_year"), ("my pipe this qtr", "this_quarter"), ("去年全年", "last_year")],
)  # fmt: skip
def test_whole_calendar_period_phrases(text: str, period: str) -> None:
    found = find_period(text, TODAY)
    assert found is not None and found.period == period


def test_group_receivables_name_the_group_and_who_owes_nothing() -> None:
    result: dict[str, Any] = {
        "status": "ok", "scope": "customers", "currency": "USD", "group": {"country": "Singapore", "customers": 3},
        "total_open_usd": 13454.0, "open_orders": 1, "total_overdue_usd": 13454.0, "overdue_orders": 1,
        "customers": [{"customer": {"id": "C00032", "name": "鑫博"}, "open_usd": 13454.0, "overdue_usd": 13454.0,
                       "max_days_overdue": 3}],
        "orders": [], "settled": ["鑫和", "信天"], "not_found": ["Nobody"], "records": [],
    }  # fmt: skip
    zh = render_result("receivables", result, "zh")
    assert "Singapore 的 3 家客户未收款 $13,454" in zh and "没有未付款：鑫和、信天" in zh and "Nobody" in zh
    en = render_result("receivables", result, "en")
    assert "your 3 customers in Singapore: $13,454 open" in en and "Nothing owed by: 鑫和, 信天" in en


def test_a_scan_shows_the_compliant_rewrite() -> None:
    result = {"status": "ok", "flagged": True, "max_severity": "high", "records": [],
              "hits": [{"matched": "保证100%", "category": "guarantee", "severity": "high"}],
              "rewrite": "王总您放心，具体价格、质量标准和交期以正式报价和合同条款为准。"}  # fmt: skip
    assert "合规改写（可直接发送）：王总您放心，具体价格" in render_result("scan_text", result, "zh")


def test_alert_numbers_are_read_for_an_alerts_details() -> None:
    for text, number in (("告警 #650 的详情", 650), ("show me alert no. 12", 12), ("编号33的告警", 33)):
        assert build_args("sensitive_alerts", text, None, Mentions(), TODAY, "qa")["alert_id"] == number
    assert "alert_id" not in build_args("sensitive_alerts", "最近5条告警", None, Mentions(), TODAY, "qa")


def test_reps_named_in_pinyin_are_found_in_text_order() -> None:
    from assistant.agents.offline.entities import spot
    from assistant.agents.offline.gazetteer import Entry, Gazetteer, static_entries

    gaz = Gazetteer([*static_entries(), Entry("张伟", "user", "rep01"), Entry("李娜", "user", "rep02")])
    assert spot("compare Li Na and Zhang Wei this month", gaz).users == ["rep02", "rep01"]
    assert spot("what deals is Na Li sitting on", gaz).users == ["rep02"]
    assert spot("what deals is lina sitting on", gaz).users == []  # no capitalised pair: the table is not loaded

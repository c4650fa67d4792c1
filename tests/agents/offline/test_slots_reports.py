"""Slots of the report tools: periods, reps by login or name, metric and overdue words, grouping."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from assistant.agents.offline.entities import Mentions
from assistant.agents.offline.slots import build_args

TODAY = dt.date(2026, 11, 30)


def args(tool: str, text: str, role: str = "manager", **mentions: Any) -> dict[str, Any]:
    return build_args(tool, text, None, Mentions(**mentions), TODAY, role)


@pytest.mark.parametrize(
    ("text", "users", "expected"),
    [
        ("rep01和rep02这个季度业绩对比一下", ["rep01", "rep02"],
         {"period": "this_quarter", "rep_logins": ["rep01", "rep02"], "metric": "revenue"}),
        ("谁最近比较划水", [], {"period": "last_30_days", "scope": "team", "metric": "activities", "sort": "asc"}),
        ("which rep closed the most this month", [], {"period": "this_month", "scope": "team", "metric": "won_deals"}),
        ("张伟上个月下单多少", ["rep01"], {"period": "last_month", "rep_login": "rep01", "metric": "orders"}),
    ],
)  # fmt: skip
def test_team_performance(text: str, users: list[str], expected: dict[str, Any]) -> None:
    assert args("team_performance", text, users=users) == expected


def test_receivables_overdue_words_and_customer() -> None:
    assert args("receivables", "我有哪些客户逾期没付款", "rep") == {"overdue_only": True, "scope": "me"}
    assert args("receivables", "安荣欠我们多少钱", "rep", customers=["安荣"]) == {"customer": "安荣"}
    assert args("receivables", "did Summit pay their last invoice?", "rep", customers=["Summit"]) == {
        "customer": "Summit"
    }


def test_order_history_windows_and_last_order() -> None:
    assert args("order_history", "恒嘉最近3个月下单多少", "rep", customers=["恒嘉"]) == {
        "customer": "恒嘉", "period": "last_3_months"}  # fmt: skip
    assert args("order_history", "what did they buy last time?", "rep", customers=["Summit"]) == {
        "customer": "Summit", "last": True}  # fmt: skip
    assert (
        args("order_history", "去年这个时候他们买了什么", "rep", customers=["恒嘉"])["period"]
        == "same_time_last_year"
    )


def test_compliance_stats_grouping_and_rep() -> None:
    assert args("compliance_stats", "which rep has the most violations this quarter?", "qa") == {
        "period": "this_quarter", "group_by": "rep"}  # fmt: skip
    assert args("compliance_stats", "张伟今年的违规", "qa", users=["rep01"]) == {
        "period": "this_year", "group_by": "category", "rep_login": "rep01"}  # fmt: skip
    assert args("compliance_stats", "本季度违规按月走势", "qa")["group_by"] == "month"


def test_a_named_rep_goes_to_pipeline_status_for_every_role() -> None:
    assert args("pipeline_status", "张伟手上有哪些卡住的单子", users=["rep01"]) == {
        "stalled_only": True, "rep_login": "rep01"}  # fmt: skip
    assert args("pipeline_status", "rep02的管道怎么样", "rep", users=["rep02"])["rep_login"] == "rep02"


def test_find_customers_by_attribute_tag() -> None:
    assert args("find_customers", "我那些价格敏感的客户", "rep")["tag"] == "price_sensitive"


@pytest.mark.parametrize(
    ("text", "role", "expected"),
    [
        ("这周组里谁最闲", "manager", {"period": "this_week", "scope": "team", "metric": "activities", "sort": "asc"}),
        ("who has been the laziest on my team lately", "manager",
         {"period": "last_30_days", "scope": "team", "metric": "activities", "sort": "asc"}),
        ("我这个季度的业绩跟上季度比怎么样", "rep",
         {"period": "this_quarter", "scope": "me", "metric": "revenue", "compare_previous": True}),
        ("team revenue this year vs last year", "manager",
         {"period": "this_year", "scope": "team", "metric": "revenue", "compare_previous": True}),
        ("show me the ranking of my reps by orders", "manager", {"scope": "team", "metric": "orders"}),
    ],
)  # fmt: skip
def test_team_performance_idle_words_comparisons_and_scope(
    text: str, role: str, expected: dict[str, Any]
) -> None:
    assert args("team_performance", text, role) == expected


def test_receivables_asking_for_the_total_and_the_overdue_part_is_not_overdue_only() -> None:
    assert args("receivables", "我名下一共有多少没收回来的款，其中超期的多少", "rep") == {"scope": "me"}
    assert args("receivables", "total owed to me, and how much of it is late", "rep") == {"scope": "me"}
    assert args("receivables", "哪些客户超期没付", "rep") == {"overdue_only": True}


def test_receivables_who_words_from_a_rep_keep_the_reps_own_scope() -> None:
    assert args("receivables", "我的客户里谁欠得最多", "rep") == {"scope": "me"}


@pytest.mark.parametrize(
    ("text", "group"),
    [
        ("上个月每类违规各有几条", "category"),
        ("what kind of violation shows up most this year", "category"),
        ("违规最近是多了还是少了", "month"),
        ("are alerts going down over time", "month"),
    ],
)
def test_compliance_stats_grouping_words(text: str, group: str) -> None:
    assert args("compliance_stats", text, "qa")["group_by"] == group


def test_a_named_team_and_a_ranking_of_teams() -> None:
    assert args("team_performance", "欧美组这个月业绩排名", teams=["欧美组"]) == {
        "period": "this_month", "team": "欧美组", "metric": "revenue"
    }  # fmt: skip
    assert args("team_performance", "which team has the highest revenue this year?", "admin") == {
        "period": "this_year", "scope": "team", "by_team": True, "metric": "revenue"
    }  # fmt: skip


def test_churn_risk_takes_the_place_and_industry_named() -> None:
    assert args("churn_risk", "新加坡的客户里哪些有流失风险", "rep", countries=["Singapore"]) == {"country": "Singapore"}
    assert args("churn_risk", "which of my German customers might churn", "rep", countries=["Germany"]) == {
        "country": "Germany"
    }
    assert args("churn_risk", "做建材的客户有没有要流失的", "rep", industries=["construction"]) == {
        "industry": "construction"
    }
    assert args("churn_risk", "迪拜那边哪些客户可能流失", "rep", cities=["Dubai"]) == {"city": "Dubai"}

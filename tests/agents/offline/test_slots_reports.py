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
    assert args("receivables", "did Summit pay their last invoice?", "rep", customers=["Summit"]) == {"customer": "Summit"}


def test_order_history_windows_and_last_order() -> None:
    assert args("order_history", "恒嘉最近3个月下单多少", "rep", customers=["恒嘉"]) == {
        "customer": "恒嘉", "period": "last_3_months"}  # fmt: skip
    assert args("order_history", "what did they buy last time?", "rep", customers=["Summit"]) == {
        "customer": "Summit", "last": True}  # fmt: skip
    assert args("order_history", "去年这个时候他们买了什么", "rep", customers=["恒嘉"])["period"] == "same_time_last_year"


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

"""Corrections to the routed tool: figures without a customer, past "forecasts", counting alerts, stalled deals."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.agents.offline.corrections import redirect
from assistant.agents.offline.entities import Mentions
from assistant.agents.offline.followups import Memory

TODAY = dt.date(2026, 11, 30)


@pytest.mark.parametrize(
    ("tool", "text", "mentions", "expected"),
    [
        ("order_history", "我这礼拜一共签了多少单", Mentions(), "team_performance"),
        ("order_history", "how many orders has my team brought in since October", Mentions(), "team_performance"),
        ("order_history", "锦华上次买了什么", Mentions(customers=["锦华"]), "order_history"),
        ("order_history", "哪些客户买过保温杯", Mentions(products=["保温杯"]), "order_history"),
        ("sales_forecast", "what were my sales in the previous quarter", Mentions(), "team_performance"),
        ("sales_forecast", "我上季度的销售额是多少", Mentions(), "team_performance"),
        ("sales_forecast", "下个月能做多少", Mentions(), "sales_forecast"),
        ("sensitive_alerts", "上半年承诺类告警一共出现过几次", Mentions(), "compliance_stats"),
        ("sensitive_alerts", "alerts broken down by type for Q3", Mentions(), "compliance_stats"),
        ("sensitive_alerts", "给我看看rep05被标记的消息原文", Mentions(users=["rep05"]), "sensitive_alerts"),
        ("team_performance", "组里哪位的商机停滞得最多", Mentions(), "pipeline_status"),
        ("pipeline_status", "今年我一共赢了几单，合计多少钱", Mentions(), "team_performance"),
        ("pipeline_status", "what's my win rate and how many deals did I win", Mentions(), "pipeline_status"),
        ("sensitive_alerts", "how many severe alerts came in last week", Mentions(severity="high"), "compliance_stats"),
        ("compliance_stats", "the severe alerts from last week", Mentions(severity="high"), "sensitive_alerts"),
        ("compliance_stats", "rep07 九月的违规，原话发来", Mentions(users=["rep07"]), "sensitive_alerts"),
        ("compliance_stats", "高风险告警按类别统计一下", Mentions(severity="high"), "compliance_stats"),
        ("team_performance", "上半年回扣类哪个销售最多", Mentions(category="bribery"), "compliance_stats"),
        ("team_performance", "上半年哪个销售业绩最多", Mentions(), "team_performance"),
    ],
)  # fmt: skip
def test_redirect(tool: str, text: str, mentions: Mentions, expected: str) -> None:
    assert redirect(tool, text, mentions, Memory(), TODAY) == expected


def test_a_pronoun_with_a_customer_in_memory_keeps_the_order_history() -> None:
    memory = Memory(last_customer="Cedar Retail GmbH")
    assert (
        redirect("order_history", "what did they get last time", Mentions(), memory, TODAY) == "order_history"
    )


def test_a_short_question_after_violation_counts_stays_on_violations() -> None:
    memory = Memory(last_tool="compliance_stats")
    assert redirect("team_performance", "那谁排第一", Mentions(), memory, TODAY) == "compliance_stats"
    assert redirect("team_performance", "谁的业绩最好", Mentions(), memory, TODAY) == "team_performance"


def test_one_named_reps_alerts_with_their_words_is_no_chain() -> None:
    from assistant.agents.offline.chains import detect

    def route(part: str) -> tuple[str | None, float]:
        return ("sensitive_alerts", 0.9) if "原话" in part else ("compliance_stats", 0.9)

    assert detect("rep07 九月的违规，原话给我", route) is None
    assert detect("九月谁违规最多，把他的原话给我", route) is not None

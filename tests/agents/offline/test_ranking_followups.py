"""'and the fewest?' after a ranking keeps its measure and period, only the order turns."""

from __future__ import annotations

import datetime as dt

from assistant.agents.offline.entities import Mentions
from assistant.agents.offline.followups import Memory
from assistant.agents.offline.memory_args import followup_args

TODAY = dt.date(2026, 11, 30)


def _after(last: dict, text: str) -> dict:
    memory = Memory(last_tool="team_performance", last_args=last)
    return followup_args(text, None, Mentions(), memory, TODAY, "manager")


def test_the_fewest_after_the_most_orders_last_quarter() -> None:
    last = {"period": "last_quarter", "scope": "team", "metric": "orders"}
    assert _after(last, "and who had the fewest?") == {**last, "sort": "asc"}
    assert _after(last, "那最少的呢") == {**last, "sort": "asc"}


def test_the_most_again_after_the_fewest_and_a_new_measure_or_period_when_named() -> None:
    last = {"period": "last_quarter", "scope": "team", "metric": "orders", "sort": "asc"}
    assert _after(last, "and the most?") == {"period": "last_quarter", "scope": "team", "metric": "orders"}
    assert _after(last, "那按销售额最少的呢")["metric"] == "revenue"
    assert _after(last, "and this month's lowest?")["period"] == "this_month"

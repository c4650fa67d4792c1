"""A comparison follow-up ("和上个月比呢", "how does that stack up against last quarter?") adds the previous period."""

from __future__ import annotations

import datetime as dt

from assistant.agents.offline.entities import Mentions
from assistant.agents.offline.followups import Memory
from assistant.agents.offline.memory_args import followup_args

TODAY = dt.date(2026, 11, 30)


def _after(last: dict, text: str) -> dict:
    memory = Memory(last_tool="team_performance", last_args=last)
    return followup_args(text, None, Mentions(), memory, TODAY, "rep")


def test_compared_with_the_quarter_before() -> None:
    last = {"period": "this_quarter", "scope": "me", "metric": "revenue"}
    args = _after(last, "那和上个季度对比一下呢")
    assert args["period"] == "this_quarter" and args.get("compare_previous") is True


def test_compared_in_english_keeps_the_period_asked_before() -> None:
    last = {"period": "2026-10", "scope": "me"}
    args = _after(last, "how does that compare with the month before?")
    assert args["period"] == "2026-10" and args.get("compare_previous") is True


def test_a_plain_period_follow_up_does_not_compare() -> None:
    last = {"period": "this_quarter", "scope": "me"}
    args = _after(last, "那上季度呢")
    assert args["period"] == "last_quarter" and not args.get("compare_previous")


def test_the_biggest_of_a_list_for_a_period_spent_in_that_period() -> None:
    from assistant.agents.offline.memory_args import fill_from_memory

    listed = [{"type": "customer", "id": "C00301", "name": "Vega Foods"}, {"type": "customer", "id": "C00302", "name": "Orla"}]
    memory = Memory(last_tool="order_history", last_args={"customers": ["C00301", "C00302"], "period": "2026-Q2"},
                    listed=listed)  # fmt: skip
    args: dict = {}
    fill_from_memory("order_history", args, "what did the largest one spend", Mentions(), memory, "classifier")
    assert args == {"customer": "C00301", "period": "2026-Q2"}
    args = {"period": "last_year"}
    fill_from_memory("order_history", args, "and the top one, last year?", Mentions(), memory, "classifier")
    assert args == {"customer": "C00301", "period": "last_year"}

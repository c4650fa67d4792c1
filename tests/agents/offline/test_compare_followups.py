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

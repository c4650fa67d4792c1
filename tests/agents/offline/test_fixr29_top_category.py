"""Review fixes: counts followed by "a few of the top category" are counted by category first (new sentences)."""

from __future__ import annotations

import pytest

from assistant.agents.offline.chain_args import counts_for
from assistant.agents.offline.followups import Memory
from assistant.agents.offline.gazetteer import Gazetteer
from assistant.agents.offline.planner import plan

from .conftest import TODAY


def test_a_top_category_second_part_counts_by_category() -> None:
    assert counts_for("compliance_stats", {"period": "this_month"}, "sensitive_alerts", "list two from the most common category")[
        "group_by"
    ] == "category"
    assert counts_for("compliance_stats", {}, "sensitive_alerts", "最多的那类挑两条给我")["group_by"] == "category"
    assert "group_by" not in counts_for("compliance_stats", {}, "sensitive_alerts", "show me his messages")


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    ["how many alerts did we get this month, then list a couple from the most common category",
     "这个月一共几条告警？最常见的那类挑几条给我看"],
)  # fmt: skip
def test_the_planned_counts_are_by_category(trained, gaz: Gazetteer, text: str) -> None:
    decided = plan(text, Memory(), gaz, today=TODAY, role="manager")
    assert decided.tool == "compliance_stats" and decided.args.get("group_by") == "category", decided
    assert decided.then and decided.then["tool"] == "sensitive_alerts"

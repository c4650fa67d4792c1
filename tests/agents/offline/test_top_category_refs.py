"""After alerts counted by category, "the biggest category" is its first group, and a rep picked within it keeps it."""

from __future__ import annotations

import json

from langchain_core.messages import AIMessage, HumanMessage, ToolMessage

from assistant.agents.offline.entities import Mentions
from assistant.agents.offline.followups import Memory, read_memory
from assistant.agents.offline.memory_args import fill_from_memory

BY_CATEGORY = {
    "status": "ok",
    "group_by": "category",
    "groups": [{"key": "bribery", "count": 9}, {"key": "guarantee", "count": 4}],
    "records": [],
}


def test_memory_keeps_the_largest_category() -> None:
    messages = [
        HumanMessage("violations this year split by type"),
        AIMessage("", tool_calls=[{"id": "c1", "name": "compliance_stats", "args": {"group_by": "category"}}]),
        ToolMessage(json.dumps(BY_CATEGORY), tool_call_id="c1"),
        AIMessage("..."),
        HumanMessage("who is worst in the largest category"),
    ]
    assert read_memory(messages).top_category == "bribery"


def test_the_biggest_category_is_the_first_group() -> None:
    memory = Memory(last_tool="compliance_stats", last_args={"group_by": "category", "period": "this_year"},
                    top_category="bribery")  # fmt: skip
    for text in ("数量最多那一类里是谁干的最多", "in the top category, which rep has the most?"):
        args = {"group_by": "rep", "period": "this_year"}
        fill_from_memory("compliance_stats", args, text, Mentions(), memory, "rule")
        assert args["category"] == "bribery", text


def test_who_within_the_biggest_category_ranks_reps_in_the_same_period() -> None:
    memory = Memory(last_tool="compliance_stats", last_args={"group_by": "category", "period": "last_year"},
                    top_category="guarantee")  # fmt: skip
    args = {"group_by": "category"}
    fill_from_memory("compliance_stats", args, "排第一的那种类型下面谁的告警最多呀", Mentions(), memory, "rule")
    assert args == {"group_by": "rep", "category": "guarantee", "period": "last_year"}


def test_a_rep_picked_within_a_category_keeps_it_for_his_messages() -> None:
    memory = Memory(last_tool="compliance_stats", last_rep="rep09",
                    last_args={"group_by": "rep", "period": "this_year", "category": "bribery"})  # fmt: skip
    args = {"limit": 1}
    fill_from_memory("sensitive_alerts", args, "调出他最新一条的原文", Mentions(), memory, "rule")
    assert args["rep_login"] == "rep09" and args["category"] == "bribery"


def test_his_latest_after_a_ranking_of_reps_is_the_top_reps() -> None:
    from assistant.agents.offline.elided_asks import latest_of_ranking

    memory = Memory(last_tool="compliance_stats", last_rep="rep11",
                    last_args={"group_by": "rep", "period": "last_quarter", "category": "guarantee"})  # fmt: skip
    assert latest_of_ranking("她最新的那条发来看看", memory) == {
        "period": "last_quarter", "category": "guarantee", "rep_login": "rep11", "limit": 1}
    assert latest_of_ranking("show me the latest one", memory) == {
        "period": "last_quarter", "category": "guarantee", "limit": 1}  # no person named: what was counted


def test_his_most_recent_one_in_chinese() -> None:
    from assistant.agents.offline.elided_asks import latest_of_ranking

    memory = Memory(last_tool="compliance_stats", last_rep="rep05", last_args={"group_by": "rep"})
    assert latest_of_ranking("他最近一条说了啥", memory) == {"rep_login": "rep05", "limit": 1}

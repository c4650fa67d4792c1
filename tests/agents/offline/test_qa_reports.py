"""QA reports: categories named with hyphens, counts by month, the alerts behind a count, compliant rewrites."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from assistant.agents.offline.corrections import followup_tool
from assistant.agents.offline.drafts import asks_rewrite
from assistant.agents.offline.entities import spot
from assistant.agents.offline.followups import Memory
from assistant.agents.offline.gazetteer import Gazetteer
from assistant.agents.offline.memory_args import followup_args
from assistant.agents.offline.planner import plan

TODAY = dt.date(2026, 11, 30)


def _plan(text: str, gaz: Gazetteer, memory: Memory | None = None):
    return plan(text, memory or Memory(), gaz, today=TODAY, role="qa")  # the trained router, as in use


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("how many off-book deal alerts were raised in 2024?", "private_deal"),
        ("2024年私下交易类的告警一共多少条", "private_deal"),
        ("number of contact-leak flags in 2025", "contact_leak"),
    ],
)
@pytest.mark.slow
def test_a_category_count_in_a_year_is_compliance_stats(
    trained: Path, gaz: Gazetteer, text: str, category: str
) -> None:
    decided = _plan(text, gaz)
    assert decided.tool == "compliance_stats"
    assert decided.args["category"] == category and decided.args["period"] in ("2024", "2025")


@pytest.mark.parametrize(
    ("text", "period"),
    [
        ("2024年违规告警哪个月最多", "2024"),
        ("what was the busiest month for compliance alerts last year?", "last_year"),
        ("上季度哪一个月的违规最多", "last_quarter"),
    ],
)
@pytest.mark.slow
def test_which_month_asks_for_counts_by_month(trained: Path, gaz: Gazetteer, text: str, period: str) -> None:
    decided = _plan(text, gaz)
    assert decided.tool == "compliance_stats"
    assert decided.args["group_by"] == "month" and decided.args["period"] == period


def test_messages_after_counts_list_the_alerts_of_that_rep_and_period(gaz: Gazetteer) -> None:
    memory = Memory(
        last_tool="compliance_stats",
        last_args={"period": "this_quarter", "group_by": "rep"},
        last_rep="rep11",
    )
    assert followup_tool("compliance_stats", "pull up her messages") == "sensitive_alerts"
    assert followup_tool("compliance_stats", "那他有多少条") == "compliance_stats"  # a count stays a count
    text = "show me her flagged messages"
    args = followup_args(text, None, spot(text, gaz), memory, TODAY, "qa")
    assert args["rep_login"] == "rep11" and args["period"] == "this_quarter"


@pytest.mark.parametrize(
    "text",
    [
        "what is a compliant way to say it?",
        "what should they say instead?",
        "这句话应该怎么说才合规",
        "换成什么说法比较好",
    ],
)
def test_asks_rewrite(text: str) -> None:
    assert asks_rewrite(text)


@pytest.mark.slow
def test_a_quoted_phrase_and_a_compliant_way_to_say_it_is_scanned_with_a_rewrite(
    trained: Path, gaz: Gazetteer
) -> None:
    decided = _plan(
        "our reps keep promising 'zero risk, money back from me personally' - what's a compliant way to say it",
        gaz,
    )
    assert decided.tool == "scan_text"
    assert decided.args == {"text": "zero risk, money back from me personally"}
    assert decided.then is not None and decided.then["tool"] == "suggest_scripts"


def test_the_busiest_month_is_the_subject_of_the_alert_list() -> None:
    from assistant.agents.offline.chain_steps import pick

    counts = {
        "group_by": "month",
        "groups": [
            {"key": "2025-03", "count": 4},
            {"key": "2025-07", "count": 11},
            {"key": "2025-09", "count": 6},
        ],
    }
    first_args = {"period": "2025", "group_by": "month"}
    picked = pick("compliance_stats", counts, first_args, "哪个月最多？把那个月的列出来", False, 3)
    assert [s["period"] for s in picked] == ["2025-07"]


@pytest.mark.parametrize(
    "text",
    ["which alert category is the largest so far this year?", "what compliance categories came up most last month?"],
)
def test_which_category_groups_by_category(gaz: Gazetteer, text: str) -> None:
    from assistant.agents.offline.slots import build_args

    args = build_args("compliance_stats", text, None, spot(text, gaz), TODAY, "qa")
    assert args["group_by"] == "category"


def test_the_busiest_month_narrows_the_alert_list_when_the_counts_had_no_period() -> None:
    from assistant.agents.offline.chain_steps import args_for

    subject = {"period": "2026-07", "name": "2026-07"}
    args = args_for("compliance_stats", "sensitive_alerts", {}, subject, {"group_by": "month"}, "哪个月最多，把那个月的列出来")
    assert args is not None and args["period"] == "2026-07"

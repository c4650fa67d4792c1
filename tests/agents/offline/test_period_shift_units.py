"""Review mends: a named unit decides "the … before that", no count or date is misread, "还没付" is no question."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.agents.offline.alert_refs import alert_request
from assistant.agents.offline.entities import Mentions
from assistant.agents.offline.followups import Memory, is_followup_shaped
from assistant.agents.offline.memory_args import followup_args
from assistant.agents.offline.period_shift import shifted_period

TODAY = dt.date(2026, 11, 30)


@pytest.mark.parametrize(
    ("text", "last", "expected"),
    [
        ("the year before that", "2026-Q3", "2025-Q3"),  # the same span one year back, not the quarter before
        ("那再往前一年呢", "2026-Q4", "2025-Q4"),
        ("the year before that", "2026-11", "2025-11"),
        ("再往前一个季度呢", "2026-11", "2026-08"),
        ("再往前一个季度呢", "2026-Q2", "2026-Q1"),
        ("the month before that", "2026-Q3", "2026-06"),
    ],
)
def test_a_named_unit_decides_the_step(text: str, last: str, expected: str) -> None:
    assert shifted_period(text, last, TODAY) == expected


def test_the_unit_words_are_no_count() -> None:
    memory = Memory(last_tool="order_history", last_args={"customer": "C00012", "period": "2026-Q3"})
    args = followup_args("那再往前一个季度呢", None, Mentions(), memory, TODAY, "rep")
    assert args["period"] == "2026-Q2" and "limit" not in args and args["customer"] == "C00012"


def test_before_that_mid_sentence_is_no_follow_up() -> None:
    assert not is_followup_shaped("call them before that meeting")
    assert shifted_period("call them before that meeting", "2026-Q3", TODAY) is None


@pytest.mark.parametrize(
    "text", ["11/12号告警的原文", "2026-11-12号告警的原文是什么", "昨天12号告警的原文是什么", "违规3起的原文是什么"]
)
def test_dates_and_counts_before_hao_are_no_alert_ids(text: str) -> None:
    assert alert_request(text, Memory()) is None


@pytest.mark.parametrize(("text", "asks"), [("到没到", True), ("付没付", True), ("他们还没付", False), ("客户没回", False)])
def test_a_not_yet_statement_is_no_yes_no_question(text: str, asks: bool) -> None:
    from assistant.agents.offline.chain_parts import YES_NO

    assert bool(YES_NO.search(text)) is asks

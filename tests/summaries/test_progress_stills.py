"""Stage signals with no movement between the two sides are dropped; receipts, passes and causes stay."""

from __future__ import annotations

import pytest

from assistant.summaries.progress_stills import still
from assistant.summaries.schema import ProgressItem, Quote


def _signal(text: str, by: str, kind: str = "stage_signal") -> ProgressItem:
    return ProgressItem(text=text, kind=kind, by=by, quotes=[Quote(text=text, start=0, end=len(text))])


@pytest.mark.parametrize(
    ("text", "by"),
    [
        ("The CE file for the heaters is being revised", "we"),
        ("the spare gearbox is being tested now", "we"),
        ("The crates go into the oven on Thursday", "we"),
        ("the pallets arrive next week", "customer"),
        ("明天就送检", "we"),
        ("我们展会改到五月了", "customer"),
        ("The launch was pushed to spring", "customer"),
        ("twelve of the lids were cracked", "customer"),
    ],
)
def test_work_under_way_plans_their_changes_and_defects_are_no_movement(text: str, by: str) -> None:
    assert still(_signal(text, by))


@pytest.mark.parametrize(
    ("text", "by"),
    [
        ("The swatches arrived on Tuesday", "customer"),
        ("检测报告收到了，全部合格", "customer"),
        ("The valve seat is being replaced with a brass one", "we"),
        ("The cracked trays came from one mould; the cause is the cooling time", "we"),
        ("We switched to a thicker liner", "we"),
        ("我们的包装改成了加厚纸箱", "we"),
    ],
)
def test_receipts_causes_and_our_fixes_stay(text: str, by: str) -> None:
    assert not still(_signal(text, by))


def test_only_stage_signals_are_judged() -> None:
    assert not still(_signal("the pallets arrive next week", "customer", kind="agreement"))

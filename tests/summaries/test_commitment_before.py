"""Commitments read from the speaker's own words: an action before their own event, asking one's own boss."""

from __future__ import annotations

import pytest

from assistant.summaries.speakers_commitments import commitment_kind


@pytest.mark.parametrize(
    "text",
    ["合同先给我，我休假之前签好。", "我出差以前把样品寄出去。", "我们放假之前一定付清尾款。"],
)
def test_an_action_before_the_speakers_own_event_is_their_commitment(text: str) -> None:
    assert commitment_kind(text) == "self"


@pytest.mark.parametrize(
    "text",
    ["我们之前说过的价格，你们再确认一下。", "我到之前你们把样品准备好。", "我以前用过你们的货。"],
)
def test_previously_and_a_request_before_our_arrival_are_not(text: str) -> None:
    assert commitment_kind(text) != "self"


@pytest.mark.parametrize("text", ["这个条件我带回去请示一下。", "价格已经跟经理申请了。", "下周我请假。"])
def test_asking_ones_own_boss_or_applying_is_no_request_to_the_other_side(text: str) -> None:
    """请示 / 申请 / 请假 hold 请 but ask nobody in the conversation to act."""
    assert commitment_kind(text) != "request"

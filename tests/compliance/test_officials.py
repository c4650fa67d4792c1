"""Gifts and cash to the people who decide (inspectors, customs, tender panels, buyers' managers) are bribery.

The ``gift_to_official`` rule of ``lexicon/combos.yaml`` pairs a decider with a gift; the
second stage is trained on the wordings without either. Ordinary talk about inspections,
customs and tenders stays clean, with either stage.
"""

from __future__ import annotations

import pytest

from assistant.compliance import scan_text
from assistant.compliance.semantic import deep_scan

# Written for this test, not taken from the training seeds or any eval set.
GIFTS = [
    "明天验货，给验货员塞个红包，让他手下留情",
    "评标专家那边每人准备一张购物卡",
    "海关那边我去打点一下，柜子就不查了",
    "给对方采购经理送两瓶茅台，合同下周就签",
    "Slip the inspector some cash and he will pass the lot",
    "Give the customs officer a red envelope so the goods clear",
    "A paid trip to Hainan for the tender panel should settle the score",
    "The purchasing manager gets a new iPhone if he signs today",
]
CLEAN = [
    "明天验货，验货员九点到，请把样品摆好",
    "评标专家名单下周公布，我们先准备技术标",
    "海关要求补充原产地证明，我们今天寄出",
    "采购经理确认了数量，合同下周签",
    "Please hand the inspector the packing slip when he arrives",
    "Customs asked for the commercial invoice in a sealed envelope with the originals",
    "The tender panel publishes its scores on Friday",
    "The purchasing manager approved the sample, production starts Monday",
]


@pytest.mark.parametrize("text", GIFTS)
def test_a_gift_to_a_decider_is_bribery_in_the_first_stage(text: str) -> None:
    assert "bribery" in {h.category for h in scan_text(text).hits}


@pytest.mark.parametrize("text", CLEAN)
def test_talk_about_inspections_customs_and_tenders_is_clean(text: str) -> None:
    assert scan_text(text).hits == ()
    assert deep_scan(text).hits == ()


def test_a_rule_saying_no_gifts_is_not_an_alert() -> None:
    assert scan_text("公司规定不得给采购经理送礼").hits == ()
    assert scan_text("如有人向海关人员送红包，请举报").hits == ()

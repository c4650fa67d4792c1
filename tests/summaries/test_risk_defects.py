"""The customer reports defects in goods received (:mod:`assistant.summaries.risk_defects`)."""

from __future__ import annotations

import pytest

from assistant.summaries.risk_cues import plain_risk
from assistant.summaries.risk_defects import defect_report
from assistant.text.conversation import Sentence


def _s(text: str, role: str = "customer") -> Sentence:
    return Sentence(text=text, start=0, end=len(text), speaker=role, role=role)


@pytest.mark.parametrize(
    "text",
    [
        "开箱一看有十几个盘子边上崩了口",
        "上次那批剪刀有几把刃口生锈",
        "好几块板子边缘有毛刺，工人手都划了",
        "We unpacked the pallets and 37 jars have cracked lids",
        "a few of the frames arrived bent",
        "several of the kettles are dented on the side",
    ],
)
def test_defective_goods_reported(text: str) -> None:
    assert defect_report(_s(text))
    assert plain_risk(_s(text), "done") == "quality"


@pytest.mark.parametrize(
    "text",
    [
        "盘子一个都没有崩口",
        "边缘不能有毛刺",
        "the lids look fine, no cracks at all",
        "please make sure none of the frames are bent",
        "Photos of the bent frames are attached",
        "we also need two spare hinges in case some break",
        "去年别家的几个水壶漏水，所以这次格外小心",
        "the new rails held, nothing bent this time",
    ],
)
def test_no_defect_report(text: str) -> None:
    assert not defect_report(_s(text))


def test_our_own_words_are_no_report() -> None:
    assert not defect_report(_s("有几把刃口生锈，我们马上换", role="we"))


def test_defects_named_as_nouns_are_a_report() -> None:
    assert defect_report(_s("Our store found hairline cracks on about 40 of the vases from the March lot."))
    assert defect_report(_s("The kitchen reports crazing in the glaze on some 60 mugs after a month of use."))
    assert not defect_report(_s("Please check that there are no cracks on any of the 300 vases before packing."))


@pytest.mark.parametrize(
    "text",
    [
        "We need 500 chips for the controller boards by May.",
        "The new coating stops scratches on all 200 panels.",
        "这批桌面有防刮花涂层，200张都做了",
    ],
)
def test_parts_food_or_a_protective_feature_is_no_defect_report(text: str) -> None:
    assert not defect_report(_s(text))

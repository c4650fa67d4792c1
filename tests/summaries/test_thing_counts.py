"""Order lines said as the thing, then its count (:mod:`assistant.summaries.thing_counts`)."""

from __future__ import annotations

import pytest

from assistant.summaries.thing_counts import lists_things, thing_name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("压缩机两台，冷凝器一台，管路另算。", "压缩机"),
        ("展示柜DC-12三台", "展示柜DC-12"),
        ("另外冷藏柜五个", "冷藏柜"),
        ("收银台一个、货架另算", "收银台"),
    ],
)
def test_a_thing_then_its_count_is_an_order_line(text: str, name: str) -> None:
    assert lists_things(text)
    assert thing_name(text) == name


@pytest.mark.parametrize("text", ["两个样品都收到了", "上次坏了两台", "一台机器的事", "我们有三个门店"])
def test_a_count_before_its_noun_or_after_a_verb_is_none(text: str) -> None:
    assert not lists_things(text)


def test_a_count_after_an_order_verb_is_named_but_no_bare_line() -> None:
    assert thing_name("蒸汽柜ZQ-8要两台，下周定") == "蒸汽柜ZQ-8"
    assert not lists_things("蒸汽柜ZQ-8要两台，下周定")


@pytest.mark.parametrize(
    "text",
    [
        "去年在你们这买的压缩机四台，现在有两台漏油",  # a complaint about what they bought
        "我们仓库现在有叉车三台，托盘车两台，都是旧的",  # what they have
        "包装要求每箱两个，外箱五层",  # packing
        "20尺柜200台",
        "我们这边工程师两个，司机一个",  # people
    ],
)
def test_what_they_have_packing_or_people_is_no_order_line(text: str) -> None:
    assert not lists_things(text)


def test_a_name_stops_at_verbs_and_a_packing_unit_names_nothing() -> None:
    assert thing_name("这次需要冷风机两台") == "冷风机"
    assert thing_name("后定了冷风机两台") == "冷风机"
    assert thing_name("每柜500台") is None


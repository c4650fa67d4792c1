"""Corrected counts in more forms: number words, Chinese numerals and the words of change around them."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.summaries.count_changes import figure_changed
from assistant.summaries.count_words import change_counts, counts
from assistant.summaries.need_points import need_points
from assistant.summaries.need_revisions import join_revisions
from assistant.summaries.numbers import asked_quantities
from assistant.summaries.schema import Need, Quote
from assistant.text.conversation import Sentence, parse_conversation


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        ("储物柜改为六台，其余不变", ["6 台"]),
        ("烤箱不要十二台了，九台就够", ["9 台"]),
        ("货架减少到四个组合，托盘增加到两千个", ["2000 个"]),
        ("冰柜减到五台吧", ["5 台"]),
        ("不对，说错了，是七台，仓库只放得下七台不是十一台", ["7 台"]),
        ("we are trimming the order from nine to seven GX-4 gazebos", ["7 GX-4 gazebos"]),
        ("Please reduce the order to 450 lanterns.", ["450 lanterns"]),
        ("Can you bump it up to 650 units?", ["650 units"]),
        ("Let us make that nine instead.", ["9 pcs"]),
        (
            "Our booking of 90 folding chairs got lowered to 70 as the hall is smaller.",
            ["70 pcs"],
        ),
        ("We need 30 benches (corrected from 25) for the terrace.", ["30 benches"]),
        ("Rugs: 400 rugs, down from 520 rugs after the review.", ["400 rugs"]),
        ("Only 350 KB-12, not 500, since the old ones still work.", ["350 KB-12"]),
    ],
)
def test_the_new_count_is_asked_and_the_earlier_is_not(text: str, wanted: list[str]) -> None:
    assert asked_quantities(text) == wanted


@pytest.mark.parametrize(
    "text",
    [
        "Could you bring the price down to 58?",
        "We would like to extend the warranty to 3 years.",
        "Please cut the lead time to 25 days.",
        "Can you go down to USD 300 per set?",
        "make it one shipment",
        "Make them 450 gsm, please.",
        "Make it eight thirty and the order is yours.",
    ],
)
def test_money_spans_and_one_are_no_changed_counts(text: str) -> None:
    assert list(change_counts(text)) == []


def test_a_year_before_a_model_code_is_no_count() -> None:
    assert list(counts("the 2031 TX-9 model line")) == []


@pytest.mark.parametrize(
    "text",
    [
        "不对不对 六台",
        "wait no 14",
        "Make that five.",
        "储物柜改为六台",
        "cut from 70 to 60",
        "数量减少到三百个",
        "bump it up to 40",
    ],
)
def test_words_of_change_and_corrections_mark_a_changed_figure(text: str) -> None:
    assert figure_changed(text)


def test_a_clause_with_only_the_earlier_figure_is_no_point_of_its_own() -> None:
    text = "For chargers, only 300 PW-65, not 450, because many dealers keep stock."
    s = Sentence(text=text, start=0, end=len(text), speaker="Ana", role="customer")
    assert need_points(s) == [s]


def test_a_line_correcting_the_count_just_said_joins_its_need() -> None:
    source = "阿强（客户）：上次说的跑步机 我们定了 要十二台\n阿强（客户）：不对不对 九台 九台 场地放不下十二台\n小宋：好的 九台\n"
    parsed = parse_conversation(source, we_names=("小宋",), today=dt.date(2030, 5, 2))
    quote = "上次说的跑步机 我们定了 要十二台"
    at = source.index(quote)
    need = Need(
        text="数量：12 台", topic="quantity", values=["12 台"],
        quotes=[Quote(text=quote, start=at, end=at + len(quote), speaker="阿强（客户）")],
    )  # fmt: skip
    [kept] = join_revisions([need], parsed)
    assert kept.values == ["9 台"] and kept.text == "数量：9 台"
    assert kept.quotes[-1].text.startswith("不对不对 九台")


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        ("搅拌机两台 哦不 三台，厨房那边也要两台", ["3 台", "2 台"]),
        ("蒸柜要四台，啊不，五台", ["5 台"]),
        ("先说四套，改口五套", ["5 套"]),
        ("we need 12 pallets... wait no 15 pallets", ["15 pallets"]),
        ("we need 60 jackets, sorry, I mean 80 jackets", ["80 jackets"]),
    ],
)
def test_a_count_corrected_on_the_spot_keeps_the_right_one(text: str, wanted: list[str]) -> None:
    assert asked_quantities(text) == wanted


def test_an_apology_between_two_things_corrects_nothing() -> None:
    assert asked_quantities("500 chairs, sorry, and 300 tables too") == ["500 chairs", "300 tables"]

"""A price in a customer's line is a need only as their target: not a rival's figure, a gap or a threshold."""

from __future__ import annotations

import pytest

from assistant.summaries.need_prices import price_need_kind, untargeted_price
from assistant.summaries.price_gaps import _target_of
from assistant.text.conversation import Sentence


@pytest.mark.parametrize(
    "text",
    ["报价还是比审批过的预算高6万，我们得再报上去。", "总价比我们的目标价贵了两万"],
)
def test_a_price_above_the_budget_is_an_objection_not_a_need(text: str) -> None:
    assert price_need_kind(text, "customer", False) == "skip"


def test_a_target_stays_a_need() -> None:
    assert price_need_kind("Our target is USD 41 per set.", "customer", True) == "target"
    assert not untargeted_price(
        "price",
        ["USD 41"],
        "target",
        ("Our target is USD 41 per set.", "Our target is USD 41 per set."),
        "customer",
    )


@pytest.mark.parametrize(
    "text",
    [
        "Any order above USD 50,000 goes to our board.",
        "A workshop in Porto quoted the same frames at EUR 88.",
        "Your 95 is still 7 dollars above the other quote.",
    ],
)
def test_other_figures_in_a_price_line_are_no_need(text: str) -> None:
    kind = price_need_kind(text, "customer", True)
    assert kind != "target"
    assert untargeted_price("price", ["USD 1"], kind, (text, text), "customer")


def test_a_line_of_another_topic_keeps_its_figures() -> None:
    assert not untargeted_price(
        "quantity",
        ["USD 88"],
        None,
        ("A workshop in Porto quoted us USD 88.", "A workshop in Porto quoted us USD 88."),
        "customer",
    )


def test_the_difference_above_a_budget_is_not_the_target() -> None:
    text = "合同价还是比批复预算高6万"
    s = Sentence(text=text, start=0, end=len(text), speaker="客户", role="customer")
    assert _target_of(s, set()) is None


def test_a_sum_the_customer_asks_for_stays_a_need() -> None:
    text = "On the repair bill, we need the full EUR 2,300; half is not enough."
    assert not untargeted_price(
        "price", ["EUR 2300"], price_need_kind(text, "customer", True), (text, text), "customer"
    )


def test_a_budget_named_for_a_product_stays_a_need() -> None:
    text = "Our budget for the TR-9 trolleys is USD 41.50."
    assert not untargeted_price(
        "price", ["USD 41.50"], price_need_kind(text, "customer", True), (text, text), "customer"
    )


@pytest.mark.parametrize(
    "text",
    [
        "A rival offers the same crates at EUR 7.10, so please look at your price again.",
        "Express is fine if you pay half of the GBP 700 extra.",
        "价格三百二一台是含安装的吧？",
    ],
)
def test_a_price_line_asking_more_of_us_stays_a_need(text: str) -> None:
    assert not untargeted_price(
        "price", ["EUR 7.10"], price_need_kind(text, "customer", True), (text, text), "customer"
    )


@pytest.mark.parametrize(
    ("text", "price"),
    [
        ("For the HX-4 valves we could sign at EUR 73 a piece.", "EUR 73"),
        ("We would go with USD 26 per carton.", "USD 26"),
        ("The ceiling for us is GBP 58 per chair.", "GBP 58"),
        ("Something near AUD 12 a unit would suit us.", "AUD 12"),
        ("We cannot pay more than USD 19 per roll.", "USD 19"),
        ("四十八块一套的话我们今天就下单。", "48/套"),
        ("每箱六十元上下我们可以签。", "CNY 60"),
    ],
)
def test_a_customer_price_line_without_a_target_word_is_still_a_need(text: str, price: str) -> None:
    kind = price_need_kind(text, "customer", True)
    assert not untargeted_price("price", [price], kind, (text, text), "customer")


@pytest.mark.parametrize(
    "text",
    [
        "Another supplier in Lyon offered us EUR 61 for the same frame.",
        "隔壁那家报四块二一个。",
        "Any order above USD 80,000 needs board approval.",
        "That is still 5 euros over the other quote.",
    ],
)
def test_a_rival_figure_a_difference_or_a_threshold_is_no_need(text: str) -> None:
    assert untargeted_price(
        "price", ["USD 1"], price_need_kind(text, "customer", True), (text, text), "customer"
    )


def test_our_own_price_line_is_never_their_need() -> None:
    assert untargeted_price(
        "price",
        ["USD 62"],
        None,
        ("The KT-9 comes to USD 62 a set.", "The KT-9 comes to USD 62 a set."),
        "we",
    )


def test_a_rival_quote_said_in_an_earlier_clause_of_the_sentence_is_no_need() -> None:
    sentence = "Mei Lin's quote: KT-4 EUR 212, KT-6 EUR 180."
    assert untargeted_price("price", ["EUR 212"], None, ("KT-4 EUR 212, KT-6 EUR 180.", sentence), "customer")


def test_a_price_agreed_to_go_by_is_no_target() -> None:
    text = "行，价格先按三十二块五，月结不变。"
    assert untargeted_price(
        "price", ["CNY 32.5"], price_need_kind(text, "customer", True), (text, text), "customer"
    )

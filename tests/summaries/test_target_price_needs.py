"""The customer's target price is a need with its figure; our quote and their objection are not."""

from __future__ import annotations

from assistant.summaries.need_prices import price_need_kind
from assistant.summaries.numbers import find_numbers


def test_target_price_is_a_need_with_its_figure() -> None:
    assert price_need_kind("这批保温杯我们的目标价是23元一个", "customer", True) == "target"
    assert price_need_kind("Our budget is EUR 3.10 per tin.", "customer", True) == "target"


def test_our_quote_and_their_objection_are_not_needs() -> None:
    assert price_need_kind("我们报价是26元一个，含激光刻字。", "we", True) == "skip"
    assert price_need_kind("We can do USD 4.50 if you take 2,000.", "we", True) == "skip"
    assert price_need_kind("That is still 15 cents above our budget.", "customer", False) == "skip"
    assert price_need_kind("杯身要哑光黑。", "customer", False) is None


def test_pounds_are_an_amount_not_a_quantity() -> None:
    (n,) = find_numbers("Their ceiling is GBP 210.")
    assert (n.kind, n.value) == ("amount", "GBP 210")
    (m,) = find_numbers("we could go to £95 a unit")
    assert m.value == "GBP 95"

"""English order lines whose code comes after "of", and quantities said per something (:mod:`~assistant.summaries.order_items`).

In wording of our own: "three kneading machines of the KM-40 type" and "500 of the LT-30" are counts of coded
products; "the MOQ is 2,000 per size" and "we can do 800 per size" say quantities, never a unit price.
"""

from __future__ import annotations

from decimal import Decimal

from assistant.summaries.order_items import product_counts
from assistant.summaries.order_prices import unit_prices
from assistant.summaries.order_totals import order_totals
from tests.summaries.sentences import alone, said


def test_a_count_whose_code_follows_of_the() -> None:
    lines = product_counts(alone("We need 5 DM-20 dough mixers and three kneading machines of the KM-40 type."))
    assert [(x.value, set(x.codes)) for x in lines] == [(Decimal(5), {"DM-20"}), (Decimal(3), {"KM-40"})]
    (line,) = product_counts(alone("and 500 of the LT-30 with the battery pack."))
    assert (line.value, set(line.codes)) == (Decimal(500), {"LT-30"})


def test_a_packing_count_or_a_past_sale_with_of_is_no_line() -> None:
    assert product_counts(alone("We shipped 2 containers of chairs.")) == []
    assert product_counts(alone("We bought 300 of the KX-9 last year.")) == []


def test_a_quantity_per_size_is_no_unit_price() -> None:
    assert unit_prices(alone("I'm afraid our MOQ for the LT-30 is 2,000 per size.", "we")) == []
    assert unit_prices(alone("If you take the standard sizes, we can do 800 per size.", "we")) == []
    (price,) = unit_prices(alone("The LT-30 is USD 12 per piece, FOB Xiamen.", "we"))
    assert price.value == Decimal(12)


def test_coded_lines_priced_by_code_total_over_the_budget() -> None:
    sents = said(
        ("We need 5 DM-20 dough mixers and three kneading machines of the KM-40 type.", "customer"),
        ("Our budget for the bakery fit-out is USD 60,000.", "customer"),
        ("The DM-20 is USD 8,900 each and the KM-40 USD 6,500 each.", "we"),
    )
    (found,) = order_totals(sents)
    assert found.total == Decimal(5 * 8900 + 3 * 6500) and found.budget == Decimal(60000)


def test_a_floor_price_said_as_a_minimum_stays_a_price_and_a_minimum_order_is_no_price() -> None:
    (price,) = unit_prices(alone("For the DM-20 the minimum we can go is 1,480 per unit.", "we"))
    assert price.value == Decimal(1480)
    (price,) = unit_prices(alone("The DM-20 is 210 each with a minimum order of 50.", "we"))
    assert price.value == Decimal(210)
    (price,) = unit_prices(alone("AC-45椅子500张起订的话每张85元。", "we"))
    assert price.value == Decimal(85)


def test_machines_the_customer_has_said_of_after_the_code_are_no_order_line() -> None:
    assert product_counts(alone("Twelve of the LT-30 in the old shop are still under warranty.")) == []
    assert product_counts(alone("Three of the LT-30 keep tripping the breaker.")) == []

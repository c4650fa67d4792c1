"""Chinese counts added to, then totalled, and a second product named beside the first (:mod:`order_items`).

"挤奶杯加20套，一共140套" adds twenty and then says the product's new total: the order holds 140, not 20.
"清洗机要配电控柜，每4台一个，一共6个" counts the cabinets (个), not the washers (台), though the clause names
both: a count in another measure word whose name ends in another thing is another product.
"""

from __future__ import annotations

from decimal import Decimal

from assistant.summaries.order_items import product_counts
from assistant.summaries.order_totals import order_counts, order_totals
from tests.summaries.sentences import alone, said


def test_an_added_count_then_the_total_is_the_products_new_count() -> None:
    got = product_counts(alone("牧场扩了，挤奶杯加20套，一共140套。"))
    assert [(c.value, c.more) for c in got] == [(Decimal(140), False)]


def test_a_count_added_to_and_totalled_in_one_sentence_is_the_total() -> None:
    got = product_counts(alone("清洗机要20台，再加4台，一共24台。"))
    assert [(c.value, c.more) for c in got] == [(Decimal(24), False)]


def test_an_added_count_alone_adds_to_the_count_said_before() -> None:
    sents = said(("挤奶杯要120套。", "customer"), ("挤奶杯加20套。", "customer"))
    assert [c.value for c in order_counts(sents)] == [Decimal(140)]


def test_a_second_thing_in_its_own_measure_word_is_its_own_line() -> None:
    sents = said(
        ("清洗机要24台。", "customer"),
        ("另外清洗机要配电控柜，每4台一个，一共6个。", "customer"),
    )
    assert sorted(c.value for c in order_counts(sents)) == [Decimal(6), Decimal(24)]


def test_the_added_and_paired_lines_total_over_the_budget() -> None:
    sents = said(
        ("清洗机要20台，再加4台，一共24台。", "customer"),
        ("另外清洗机要配电控柜，每4台一个，一共6个。", "customer"),
        ("清洗机每台8600元，电控柜每个2500元。", "we"),
        ("预算就20万，不能超。", "customer"),
    )
    found = order_totals(sents)
    assert [(t.total, t.budget) for t in found] == [(Decimal(24 * 8600 + 6 * 2500), Decimal(200000))]


def test_a_total_without_a_total_word_and_a_second_addition() -> None:
    assert [c.value for c in order_counts(said(("增氧机要60台。", "customer"), ("增氧机加12台，共72台。", "customer")))] == [72]
    assert [c.value for c in order_counts(said(("增氧机要60台。", "customer"), ("增氧机加12台，再加6台。", "customer")))] == [78]

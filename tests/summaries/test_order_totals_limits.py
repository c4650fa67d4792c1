"""What an order line said apart is not (:mod:`assistant.summaries.order_totals`): the limits of the readers."""

from __future__ import annotations

from decimal import Decimal

import pytest

from assistant.summaries.order_items import product_counts
from assistant.summaries.order_prices import unit_prices
from assistant.summaries.order_totals import _budget, order_counts, order_totals
from tests.summaries.sentences import alone, said


def _talk(*lines: tuple[str, str]) -> list:
    return said(*((text, role) for role, text in lines))


@pytest.mark.parametrize(("text", "word"), [("要两台全自动封口机", "封口"), ("要三台不锈钢切片机", "切片")])
def test_a_product_name_starting_like_a_predicate_is_kept(text: str, word: str) -> None:
    (line,) = product_counts(alone(text))
    assert word in line.words


@pytest.mark.parametrize(
    ("text", "value"),
    [("We need 12 washers because 8 is not enough", 12), ("钱不够只能先买六台烘干机", 6), ("要十台够不够用", 10)],
)
def test_not_enough_said_elsewhere_leaves_the_count(text: str, value: int) -> None:
    assert [x.value for x in product_counts(alone(text))] == [Decimal(value)]


def test_the_whole_orders_count_updates_no_line() -> None:
    talk = _talk(("customer", "揉面机要5台，醒发箱要3台。"), ("customer", "一共8台，月底前到就行。"))
    assert [c.value for c in order_counts(talk)] == [5, 3]


def test_a_price_of_a_product_never_ordered_prices_nothing() -> None:
    talk = _talk(("customer", "揉面机要五台。"), ("we", "烘干机是每台三万四。"), ("customer", "预算最多十万。"))
    assert order_totals(talk) == []


def test_a_cut_said_only_per_piece_replaces_the_named_price() -> None:
    talk = _talk(
        ("customer", "和面机要五台。"),
        ("we", "和面机每台五万二。"),
        ("customer", "这批加起来不能超过二十五万五。"),
        ("we", "每台可以从五万二降到五万一。"),
    )
    assert order_totals(talk) == []  # 5 × 51,000 = 255,000: within the cap


def test_a_charge_after_a_products_line_is_no_price_of_it() -> None:
    talk = _talk(
        ("customer", "We need 60 KT-20 kettles and 40 TS-4 toasters."),
        ("we", "KT-20 is NOK 1,150 each and TS-4 is NOK 940 each."),
        ("we", "The KT-20 ships from our Oslo warehouse."),
        ("we", "Delivery is NOK 2,000."),
        ("customer", "Our budget is NOK 100,000."),
    )
    (found,) = order_totals(talk)
    assert found.total == Decimal(60 * 1150 + 40 * 940)


def test_a_number_agreed_to_that_we_never_proposed_instead_changes_no_count() -> None:
    talk = _talk(
        ("customer", "We need 24 LX-200 panels."),
        ("we", "The LX-200 is USD 410 each."),
        ("we", "We can ship 10 LX-200 panels this week and 14 next week."),
        ("customer", "OK, 10 this week is fine."),
        ("customer", "Our budget is USD 9,000 for the lot."),
    )
    (found,) = order_totals(talk)
    assert found.total == Decimal(24 * 410)


@pytest.mark.parametrize(
    "closing", ["OK, go ahead, send the invoice and we will pay this week.", "好的，下单吧，付款走流程。"]
)
def test_taking_the_order_with_a_word_of_paying_still_takes_it(closing: str) -> None:
    talk = _talk(
        ("customer", "We need 60 KT-20 kettles."),
        ("we", "The KT-20 is NOK 1,800 each."),
        ("customer", "Our budget is NOK 100,000 for the lot."),
        ("customer", closing),
    )
    assert order_totals(talk) == []


@pytest.mark.parametrize("text", ["年产量不超过10万件", "我们总共就2万台的产能", "总共就两万块瓷砖", "No more than 3 trucks."])
def test_a_cap_on_goods_is_no_budget(text: str) -> None:
    assert _budget(alone(text)) is None


def test_a_cap_said_as_cannot_go_above_is_a_budget() -> None:
    assert _budget(alone("We cannot go above EUR 20,000 for the lot.")) == (Decimal(20000), "We cannot go above EUR 20,000 for the lot.")


def test_minutes_figures_proposed_paid_elsewhere_or_a_rivals_are_no_price_of_ours() -> None:
    from assistant.text.conversation import Sentence

    for text in ("Ms. Lund proposed NOK 800 per toaster.", "They currently pay SAR 30,000 per monitor to another firm."):
        assert unit_prices(Sentence(start=0, end=len(text), text=text, speaker=None, role="unknown")) == []
    assert unit_prices(alone("I understand the ABB quote is EUR 33 per unit.", "we")) == []


@pytest.mark.parametrize("rest", ["全部要进口", "在月底前到", "是给二车间用的"])
def test_what_is_said_of_a_count_in_its_own_clause_keeps_the_product_before(rest: str) -> None:
    (line,) = product_counts(alone(f"要二百八十吨的伺服机，六台{rest}。"))
    assert {"伺服", "服机"} <= line.words


def test_an_incoterm_price_is_ours_and_a_generic_machine_word_prices_the_one_product() -> None:
    (price,) = unit_prices(alone("The FOB price is USD 1,800 per kettle.", "we"))
    assert price.value == Decimal(1800)
    talk = _talk(("customer", "无人机要八台。"), ("we", "机器每台九万八。"), ("customer", "预算一共七十五万。"))
    (found,) = order_totals(talk)
    assert found.total == Decimal(8 * 98000)


@pytest.mark.parametrize("term", ["一般下单后三十天付款。", "Payment is 30 days after we go ahead."])
def test_a_payment_term_after_the_prices_takes_no_price(term: str) -> None:
    talk = _talk(
        ("customer", "We need 60 KT-20 kettles."),
        ("we", "The KT-20 is NOK 1,800 each."),
        ("customer", "Our budget is NOK 100,000 for the lot."),
        ("customer", term),
    )
    assert len(order_totals(talk)) == 1


def test_a_clause_naming_one_piece_per_site_names_the_bare_count_after_it() -> None:
    talk = _talk(("customer", "中央厨房要两台通道式的。"), ("customer", "另外每家店还要配一台消毒柜，也是十八台。"))
    counts = order_counts(talk)
    assert [(c.value, "消毒" in c.words) for c in counts] == [(2, False), (18, True)]

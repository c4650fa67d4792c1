"""The total nobody said (:mod:`assistant.summaries.order_totals`): our unit prices × their counts above the budget."""

from __future__ import annotations

from decimal import Decimal

from assistant.summaries.evidence import quote_of
from assistant.summaries.order_total_risks import file_order_totals
from assistant.summaries.order_totals import order_totals
from assistant.summaries.schema import Risk
from tests.summaries.sentences import said


def _talk(*lines: tuple[str, str]) -> list:
    return said(*((text, role) for role, text in lines))


HOTEL = (
    ("customer", "We are refitting the east wing, so it's thirty-six kettles and 36 toasters."),
    ("we", "Our quote has the kettle at 34 and the toaster at 29."),
    ("customer", "A bit high."),
    ("we", "I can do the kettle at 31.50 and bring the toaster down to 27."),
    ("customer", "Toaster at 27, fine."),
    ("customer", "We have USD 2,000 for all the appliances, that's the limit."),
    ("customer", "And delivery before the reopening, please."),
)


def test_counts_times_our_latest_prices_above_the_budget_is_one_price_risk() -> None:
    talk = _talk(*HOTEL)
    (found,) = order_totals(talk)
    assert (found.budget, found.total) == (Decimal(2000), Decimal("2106.00"))
    (risk,) = file_order_totals(talk, [], "en")
    assert risk.category == "price"
    assert "2,106" in risk.text and "USD 2,000" in risk.text and "36×31.5" in risk.text
    quoted = [q.text for q in risk.quotes]
    assert talk[5].text in quoted and talk[3].text in quoted  # the budget and our latest prices


def test_a_chinese_order_said_in_spoken_figures() -> None:
    talk = _talk(
        ("customer", "门店一共要四百八十盏筒灯。"),
        ("we", "我们报的是一百三一盏。"),
        ("customer", "贵了点。"),
        ("we", "那最低一百二一盏。"),
        ("customer", "这批灯我们是按五万准备的。"),
    )
    (risk,) = file_order_totals(talk, [], "zh")
    assert "5.76万" in risk.text and "480×120" in risk.text and "预算5万" in risk.text


def test_within_the_budget_or_taken_as_a_whole_is_no_gap() -> None:
    within = (*HOTEL[:5], ("customer", "We have USD 2,200 for all the appliances."))
    assert order_totals(_talk(*within)) == []
    taken = (*HOTEL[:6], ("we", "Kettles 31.50, toasters 27, delivered."), ("customer", "OK, send the contract."))
    assert order_totals(_talk(*taken)) == []
    ours_within = (*HOTEL[:6], ("we", "My manager says we can do the lot for 1,990."))
    assert order_totals(_talk(*ours_within)) == []


def test_one_item_taken_or_a_threshold_does_not_settle_or_make_a_budget() -> None:
    item = (*HOTEL[:4], ("customer", "We have USD 2,000 for all the appliances."), ("customer", "Toaster at 27, fine."))
    assert len(order_totals(_talk(*item))) == 1  # one item taken, the whole still above
    threshold = (*HOTEL[:5], ("customer", "Anything above USD 2,000 needs our GM's signature."))
    assert order_totals(_talk(*threshold)) == []


def test_a_budget_naming_one_product_counts_that_product_only() -> None:
    talk = _talk(
        ("customer", "We need 20 frames and 20 saddle bags."),
        ("we", "EUR 2,100 per frame, and the bags at 95."),
        ("customer", "Our budget is EUR 40,000 for the frames."),
    )
    (found,) = order_totals(talk)
    assert found.total == Decimal(42000) and len(found.lines) == 1


def test_it_joins_the_price_risk_already_quoting_the_budget() -> None:
    talk = _talk(*HOTEL)
    risk = Risk(text="价格：超预算", category="price", severity="medium", quotes=[quote_of(talk[5])])
    assert file_order_totals(talk, [risk], "en") == [risk]
    assert len(risk.quotes) > 1


def test_a_budget_for_a_product_never_priced_alone_is_left_alone() -> None:
    """"Our budget for the high shelves" when only the shelf codes were priced: not a total of everything else."""
    said_before = (
        ("customer", "We need 300 tall shelves."),
        ("we", "So 300 SH-40 and 50 CT-2 trolleys."),
        ("we", "The SH-40 is USD 95 and the CT-2 at 240."),
    )
    assert order_totals(_talk(*said_before, ("customer", "Our budget for the tall shelves is USD 27,000."))) == []
    lot = ("customer", "All in, shelves and trolleys, we have USD 36,000 for the order.")
    (found,) = order_totals(_talk(*said_before, lot))
    assert found.total == Decimal(40500)


def test_our_stated_total_before_a_concession_is_quoted_too() -> None:
    talk = _talk(*HOTEL[:2], ("we", "Total USD 2,268, delivered."), *HOTEL[2:])
    (risk,) = file_order_totals(talk, [], "en")
    assert "Total USD 2,268, delivered." in [q.text for q in risk.quotes]


def test_products_sharing_a_word_stay_apart_and_added_counts_add() -> None:
    talk = _talk(
        ("customer", "We need 10 office desks and 200 office chairs."),
        ("we", "Chairs at 95, desks at 450."),
        ("customer", "Our budget is 20,000 for the lot."),
    )
    (found,) = order_totals(talk)
    assert found.total == Decimal(23500)
    more = _talk(
        ("customer", "We need 180 stools."),
        ("we", "Stools at 95."),
        ("customer", "Actually add 40 more stools."),
        ("customer", "Our budget is 20,000 for everything."),
    )
    assert order_totals(more)[0].total == Decimal(20900)


def test_no_budget_from_a_threshold_a_deposit_a_measure_or_a_service() -> None:
    for budget in (
        "Purchases above USD 2,000 must be approved by the GM.",
        "The deposit is at most USD 1,000.",
        "The max load per shelf is 1,500 kg.",
        "Our budget for installation is USD 1,200.",
        "The budget was USD 1,800 last year.",
    ):
        assert order_totals(_talk(*HOTEL[:4], ("customer", budget))) == [], budget


def test_a_bare_acknowledgement_or_a_deposit_figure_closes_nothing() -> None:
    for after in (("customer", "Okay, noted."), ("we", "We'd need a 50% deposit, that's 1,053, on signing.")):
        assert len(order_totals(_talk(*HOTEL[:6], after))) == 1, after
    assert order_totals(_talk(*HOTEL[:6], ("customer", "Deal, send the PI."))) == []


def test_prices_in_another_currency_than_the_budget_are_not_summed() -> None:
    talk = _talk(
        ("customer", "We need 24 mixers."),
        ("we", "EUR 2,060 per mixer."),
        ("customer", "Our budget is USD 45,000 for all of it."),
    )
    assert order_totals(talk) == []


BASE = (
    ("customer", "We need 30 grinders."),
    ("we", "Grinders at 410 each."),
    ("customer", "Our budget is USD 12,000 for the lot."),
)


def test_a_question_or_a_condition_is_no_new_count() -> None:
    for said_after in (
        ("customer", "Out of curiosity, what would 40 grinders cost?"),
        ("we", "So 40 grinders, right?"),
        ("customer", "If we took 40 grinders, could you do better?"),
    ):
        assert order_totals(_talk(*BASE, said_after))[0].total == Decimal(12300), said_after


def test_an_added_count_read_back_is_added_once() -> None:
    talk = _talk(*BASE[:2], ("customer", "Add 5 more grinders."), ("we", "OK, 5 more grinders, noted."), BASE[2])
    assert order_totals(talk)[0].total == Decimal(35 * 410)


def test_our_newer_price_with_delivery_included_counts_and_an_old_one_after_it_does_not() -> None:
    cheaper = _talk(*BASE[:2], ("we", "I can do 395 each with free delivery."), BASE[2])
    assert order_totals(cheaper) == []  # 30 × 395 = 11,850: within the budget
    list_after = _talk(*BASE[:2], ("we", "Grinders are 395 each now, the list price is 450."), BASE[2])
    assert order_totals(list_after) == []


def test_a_dropped_product_leaves_the_total() -> None:
    talk = _talk(
        ("customer", "We need 30 grinders and 30 kettles."),
        ("we", "Grinders at 410 and kettles at 60."),
        ("customer", "Our budget is USD 12,500 for everything."),
        ("customer", "Let's drop the kettles for now, just the grinders."),
    )
    assert order_totals(talk) == []  # 30 × 410 = 12,300


def test_no_deal_or_a_condition_on_signing_is_no_taking_of_the_price() -> None:
    for reply in ("No deal.", "We can't go ahead at that price.", "下单前我们还要再比比价。"):
        assert len(order_totals(_talk(*BASE, ("customer", reply)))) == 1, reply


def test_a_discount_on_top_or_a_price_for_another_size_is_not_summed() -> None:
    assert order_totals(_talk(*BASE, ("we", "And 5% off the whole order."))) == []
    sizes = _talk(*BASE[:2], ("we", "It would be 380 each for 50."), BASE[2])
    assert order_totals(sizes)[0].total == Decimal(12300)  # 380 is for an order of 50, not of 30


def test_chinese_counts_with_zero_and_english_tens_without_a_hyphen() -> None:
    zh = _talk(("customer", "叉车要一百零八台。"), ("we", "叉车三万一台。"), ("customer", "这批车预算三百万。"))
    assert order_totals(zh)[0].total == Decimal(108 * 30000)
    en = _talk(("customer", "so twenty four grinders"), BASE[1], ("customer", "Our budget is USD 9,500 for the lot."))
    assert order_totals(en)[0].total == Decimal(24 * 410)

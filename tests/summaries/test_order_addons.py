"""A service priced per piece joins the order's total (:mod:`assistant.summaries.order_addons`).

"Fitting is EUR 35 per door" with 40 doors ordered adds 40 × 35 to the total set against a budget that
includes the fitting; "安装费每台600元" adds 600 per machine in 台. A free or included service adds nothing.
"""

from __future__ import annotations

from decimal import Decimal

from assistant.summaries.order_addons import addon_lines
from assistant.summaries.order_items import product_counts
from assistant.summaries.order_totals import order_totals
from assistant.text.conversation import Sentence
from tests.summaries.sentences import alone, said

EN = (
    ("We need 40 fire doors and 12 steel frames for the depot.", "customer"),
    ("The doors are EUR 410 each and the frames EUR 95 each.", "we"),
    ("Fitting is EUR 35 per door.", "we"),
    ("Our budget is EUR 18,500 including fitting.", "customer"),
)


def _dishes(budget: str) -> list[Sentence]:
    """Six dishwashers and four warmers at our prices, commissioning per machine, then the customer's budget."""
    return said(
        ("洗碗机要6台，保温柜4台。", "customer"),
        ("洗碗机每台2.2万，保温柜每台9500元。", "we"),
        ("每台安装调试费800元。", "we"),
        (budget, "customer"),
    )


def test_a_service_per_piece_adds_its_pieces_to_the_total() -> None:
    (found,) = order_totals(said(*EN))
    assert found.budget == Decimal(18500)
    assert found.total == 40 * 410 + 12 * 95 + 40 * 35  # 18,940: over only with the fitting
    assert (Decimal(40), Decimal(35)) in [(c.value, p.value) for c, p in found.lines]


def test_without_the_service_the_same_order_fits_the_budget() -> None:
    assert order_totals(said(*EN[:2], EN[3])) == []  # 17,540


def test_a_free_or_included_service_adds_nothing() -> None:
    free = said(*EN[:2], ("Fitting is included, normally EUR 35 per door.", "we"), EN[3])
    assert order_totals(free) == []


def test_a_chinese_service_per_machine_counts_the_lines_in_that_measure_word() -> None:
    sents = _dishes("预算一共17万，含安装。")
    (found,) = order_totals(sents)
    assert found.total == 6 * 22000 + 4 * 9500 + 10 * 800  # 178,000 > 170,000


def test_addon_lines_need_priced_lines_to_count() -> None:
    assert addon_lines(said(("Installation is USD 60 per unit.", "we")), (), frozenset({"install"})) == ()


def test_a_count_added_to_then_totalled_in_english_is_the_total() -> None:
    got = product_counts(alone("So we need six more DP-40, 30 in total."))
    assert [(c.value, sorted(c.codes), c.more) for c in got] == [(Decimal(30), ["DP-40"], False)]


def test_a_service_is_added_only_when_the_budget_covers_it() -> None:
    doors = said(*EN[:3], ("Our budget is EUR 18,500 for the doors and frames.", "customer"))
    assert order_totals(doors) == []
    sents = _dishes("预算一共17万，不含安装。")
    assert order_totals(sents) == []


def test_a_waived_fee_a_rate_per_hour_and_a_price_said_twice() -> None:
    waived = said(*EN[:2], ("Fitting is normally EUR 35 per door, but for this order we waive it.", "we"), EN[3])
    assert order_totals(waived) == []
    hourly = said(*EN[:2], ("Fitting is EUR 60 per hour.", "we"), EN[3])
    assert order_totals(hourly) == []
    twice = said(*EN, ("To confirm: fitting is EUR 35 per door.", "we"))
    (found,) = order_totals(twice)
    assert found.total == 40 * 410 + 12 * 95 + 40 * 35  # counted once


def test_goods_named_fitting_or_mounting_keep_their_price() -> None:
    from assistant.summaries.order_prices import unit_prices

    assert [p.value for p in unit_prices(alone("The brass fitting is USD 3.20 each.", "we"))] == [Decimal("3.20")]
    assert [p.value for p in unit_prices(alone("Mounting brackets are GBP 90 each.", "we"))] == [Decimal(90)]
    assert unit_prices(alone("Fitting is EUR 35 per door.", "we")) == []


def test_a_fee_in_another_clause_than_free_or_ours_to_do_and_two_services() -> None:
    free_else = said(*EN[:2], ("Fitting is EUR 35 per door; delivery is free.", "we"), EN[3])
    assert [t.total for t in order_totals(free_else)] == [Decimal(40 * 410 + 12 * 95 + 40 * 35)]
    ourselves = said(*EN, ("We will do the fitting ourselves.", "customer"))
    assert order_totals(ourselves) == []
    covers = said(*EN[:3], ("Our budget is EUR 18,500 including delivery.", "customer"))
    assert order_totals(covers) == []  # the budget covers delivery, not the fitting
    not_incl = _dishes("预算一共17万，不包含安装。")
    assert order_totals(not_incl) == []


def test_service_prices_said_without_a_verb_are_no_goods_price() -> None:
    from assistant.summaries.order_prices import unit_prices

    for text in ("Fitting: EUR 35 per door", "Door fitting is EUR 35 per door.", "Wall mounting is GBP 40 per screen."):
        assert unit_prices(alone(text, "we")) == [], text
    assert [p.value for p in unit_prices(alone("Brass fittings at USD 3.20 per piece.", "we"))] == [Decimal("3.20")]

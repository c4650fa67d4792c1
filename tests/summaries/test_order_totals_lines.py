"""Order lines the total reads in more shapes (:mod:`assistant.summaries.order_items`, ``order_totals``).

A code after the noun ("1,200 radiators OR-1500"), a code with letters after its hyphen ("10 DW-H60"), one
machine counted in 台 ("烘干机一台"), our read-back of the list ("我整理了一下：…"), and a service priced once for
the whole package ("installation USD 24,000 lump sum") are lines of the total; a date ("the 30 June delivery")
is no count, and "we will take it to our CFO" or "he will send the PO draft" does not take the price.
"""

from __future__ import annotations

from decimal import Decimal

from assistant.summaries.order_addons import lump_lines, money_value
from assistant.summaries.order_items import product_counts
from assistant.summaries.order_totals import order_totals
from tests.summaries.sentences import alone, said


def _counts(text: str, role: str = "customer") -> list[tuple[Decimal, frozenset[str]]]:
    return [(c.value, c.codes) for c in product_counts(alone(text, role))]


def test_a_code_after_the_noun_or_with_letters_after_its_hyphen_names_the_product() -> None:
    assert _counts("- 1,200 oil-filled radiators OR-1500") == [(Decimal(1200), frozenset({"OR-1500"}))]
    assert (Decimal(10), frozenset({"DW-H60"})) in _counts("so we need 10 DW-H60 instead of 8.")


def test_a_day_of_a_month_is_no_count() -> None:
    assert _counts("And the 30 June delivery still stands.") == []
    assert _counts("We need 30 June deliveries.") == []


def test_one_machine_in_tai_and_our_read_back_list_are_counted() -> None:
    assert _counts("还要一台色选机，出口那边卡得很严。") == [(Decimal(1), frozenset())]
    got = [c.value for c in product_counts(alone("设备我整理了一下：滚筒杀青机两台，揉捻机六台，烘干机一台。", "we"))]
    assert got == [Decimal(2), Decimal(6), Decimal(1)]
    assert _counts("我们开一个会，买一张桌子") == []  # 一个, 一张: talk, no line
    assert _counts("六台算下来一台才十万") == [(Decimal(6), frozenset())]  # one at a price is no count
    assert _counts("另外我们想先租一台叉车试用一个月") == []  # a trial
    assert product_counts(alone("滚筒杀青机两台，揉捻机六台。", "we")) == []  # our own remark, no read-back


def test_a_service_priced_once_joins_a_budget_for_the_whole_package() -> None:
    talk = said(
        ("We need 6,400 pallet positions and 4 VNA-16 trucks.", "customer"),
        ("Racking is USD 58 per pallet position and the VNA-16 USD 66,500 per truck.", "we"),
        ("Installation including wire guidance: USD 24,000 lump sum.", "we"),
        ("Our approved budget is USD 650,000 for the whole package.", "customer"),
    )
    (found,) = order_totals(talk)
    assert found.total == 6400 * 58 + 4 * 66500 + 24000  # 661,200: over only with the installation
    plain = [*talk[:3], alone("Our approved budget is USD 650,000 for the trucks and racking.")]
    assert order_totals(plain) == []  # a budget that names no service leaves it out: 637,200 is within it


def test_a_free_or_customer_priced_lump_sum_adds_nothing_and_chinese_figures_read_wan() -> None:
    assert lump_lines(said(("Installation is free of charge, USD 0.", "we")), None) == ()
    assert lump_lines(said(("Installation for USD 24,000 would be our limit.", "customer")), None) == ()
    ((count, price),) = lump_lines(said(("安装调试及培菌32万元，不含土建。", "we")), None)
    assert (count.value, price.value, price.each) == (Decimal(1), Decimal(320000), False)
    assert money_value("3.2万") == Decimal(32000) and money_value("USD 24,000") == Decimal(24000)


def test_taking_it_to_the_cfo_or_a_po_draft_to_come_does_not_take_the_price() -> None:
    talk = (
        ("We need 10 DW-H60 and 10 WS-20.", "customer"),
        ("The DW-H60 is SGD 8,300 per unit and the WS-20 SGD 1,300 per unit.", "we"),
        ("Budget stays at SGD 95,000, we cannot go over that.", "customer"),
        ("Alicia and I will take it to our CFO on Monday.", "customer"),
        ("Ravi will send the PO draft on Monday.", "customer"),
    )
    (found,) = order_totals(said(*talk))
    assert found.total == Decimal(96000)
    assert order_totals(said(*talk, ("Fine, we will take it.", "customer"))) == []


def test_a_price_per_piece_a_measure_or_a_self_done_service_is_no_lump_sum() -> None:
    assert lump_lines(said(("Installation is USD 55 per panel.", "we")), None) == ()
    assert lump_lines(said(("Delivery is USD 1,200 per truck.", "we")), None) == ()
    for text in ("安装需要3天", "安装高度2500mm", "安装2台", "安装费每台800元"):
        assert lump_lines(said((text, "we")), None) == (), text
    done = said(("Installation: USD 24,000 lump sum.", "we"), ("We'll do the installation ourselves.", "customer"))
    assert lump_lines(done, None) == ()


def test_a_count_cut_down_to_one_replaces_the_earlier_count() -> None:
    from assistant.summaries.order_totals import order_counts

    talk = said(("烘干机要两台，色选机两台。", "customer"), ("烘干机改成一台。", "customer"))
    assert [c.value for c in order_counts(talk) if "烘干" in "".join(c.words)] == [Decimal(1)]
    kept = said(("烘干机要两台。", "customer"), ("另外我们想先租一台烘干机试用。", "customer"))
    assert [c.value for c in order_counts(kept)] == [Decimal(2)]


def test_a_currency_or_a_rating_after_a_count_is_no_product_code() -> None:
    assert _counts("We need 200 sets USD50 each.")[0][1] == frozenset()
    assert _counts("We need 8 pumps PN16 rated.")[0][1] == frozenset()


def test_a_lump_sum_ending_a_sentence_counts_and_a_payment_milestone_does_not() -> None:
    ((_, price),) = lump_lines(said(("Installation is USD 24,000.", "we")), None)
    assert price.value == Decimal(24000)
    for text in ("After installation, the balance of USD 150,000 is due.", "Installation: USD 55 for each panel.",
                 "Installation USD 24k.", "安装完成后付尾款30万元", "安装费一台800元", "安装36块光伏板", "送货1万件"):
        assert lump_lines(said((text, "we")), None) == (), text


def test_only_a_reduction_word_right_before_the_count_makes_one_the_new_count() -> None:
    from assistant.summaries.order_totals import order_counts

    talk = said(("烘干机要两台。", "customer"), ("只要你们包安装，我们先订烘干机一台。", "customer"))
    assert [c.value for c in order_counts(talk)] == [Decimal(2)]


def test_a_price_listed_before_a_service_with_a_comma_is_not_that_services_price() -> None:
    line = "Qu Mingze: revised quotation (racking USD 58, VNA-16 USD 66,500, installation USD 24,000), tomorrow."
    ((_, price),) = lump_lines(said((line, "we")), None)
    assert price.value == Decimal(24000)

"""Order totals from lines said in more ways (:mod:`order_totals`, :mod:`order_items`, :mod:`order_prices`).

A budget whose figure is its own clause ("预算还是那个数，六十万"), a chat's price list with bare figures
("烤箱5200，发酵箱3100，和面机2400一台"), our answer to the customer's counter for one product ("烤箱能不能
4800" … "经理说最低5000了"), "we have around 6k EUR for all of it", counts before their nouns ("四台烤箱加两台
发酵箱"), a code in apposition ("two dishwashers, the DW-30 from your list"), a count that stays ("The fryers
stay at three."), one unit dearer than half the budget, a short name of a product ("排气罩" for "万向排气罩"),
and our list for the customer to check ("按图纸需要：…") all make up the total.
"""

from __future__ import annotations

from decimal import Decimal

from assistant.summaries.count_stays import stayed_count
from assistant.summaries.order_items import product_counts
from assistant.summaries.order_total_risks import file_order_totals
from assistant.summaries.order_totals import order_totals
from tests.summaries.sentences import alone, said


def _counts(text: str, role: str = "customer") -> list[tuple[Decimal, frozenset[str], frozenset[str]]]:
    return [(c.value, c.words, c.codes) for c in product_counts(alone(text, role))]


def _total(*pairs: tuple[str, str]) -> tuple[Decimal, Decimal] | None:
    found = order_totals(said(*pairs))
    return (found[0].total, found[0].budget) if found else None


def test_a_budget_whose_figure_is_the_next_clause() -> None:
    got = _total(
        ("烤箱要四台，发酵箱两台。", "customer"),
        ("烤箱每台5.2万，发酵箱每台3.1万。", "we"),
        ("预算还是那个数，二十六万，上面不会再加了。", "customer"),
    )
    assert got == (Decimal(270000), Decimal(260000))


def test_a_chat_price_list_with_bare_figures_and_our_answer_to_a_counter() -> None:
    pairs = (
        ("烤箱一台 发酵箱一台 和面机两台", "customer"),
        ("烤箱5200，发酵箱3100，和面机2400一台，都包送货", "we"),
        ("烤箱能不能4800😭 开店到处花钱 设备一共就留了一万二💸", "customer"),
        ("我问下经理", "we"),
        ("经理说最低5000了 真没法再低", "we"),
        ("5000行吧", "customer"),
    )
    assert _total(*pairs) == (Decimal(12900), Decimal(12000))  # 5,000 + 3,100 + 2 × 2,400


def test_a_bare_figure_alone_or_in_a_customer_line_is_no_price() -> None:
    assert _total(("烤箱一台 发酵箱一台", "customer"), ("烤箱5200", "we"), ("设备一共就留了六千", "customer")) is None


def test_we_have_some_money_for_all_of_it_is_a_budget() -> None:
    got = _total(
        ("final order: 400 aprons + 200 caps", "customer"),
        ("aprons 11.80 EUR, caps 6.40", "we"),
        ("we have around 6k EUR for all of it, that's what the owner allowed", "customer"),
    )
    assert got is None  # 400 × 11.80 + 200 × 6.40 = 6,000: on the budget, no gap
    got = _total(
        ("final order: 400 aprons + 200 caps", "customer"),
        ("aprons 12.50 EUR, caps 6.40", "we"),
        ("we have around 6k EUR for all of it, that's what the owner allowed", "customer"),
    )
    assert got == (Decimal("6280.00"), Decimal(6000))


def test_counts_before_their_nouns_each_name_their_own_product() -> None:
    got = _counts("预算五十万，四台烤箱加两台发酵箱，全部在里面。")
    assert [(v, sorted(w)) for v, w, _ in got] == [(Decimal(4), ["烤箱"]), (Decimal(2), ["发酵", "酵箱"])]
    assert [c.more for c in product_counts(alone("四台烤箱加两台发酵箱"))] == [False, False]  # "加" joins two lines
    assert [w for _, w, _ in _counts("六台算下来一台才十万")] == [frozenset()]  # a count and a price: no noun after it
    got = _counts("发酵箱两台，烤箱四台。")  # nouns first: unchanged
    assert [(v, sorted(w)) for v, w, _ in got] == [(Decimal(2), ["发酵", "酵箱"]), (Decimal(4), ["烤箱"])]


def test_a_code_in_apposition_and_a_count_that_stays() -> None:
    assert _counts("We'd also like two dishwashers, the DW-30 from your list.")[0][2] == frozenset({"DW-30"})
    assert stayed_count("The fryers stay at three.") == ("three", "fryers")
    assert stayed_count("Keep the walk-in freezers at 2") == ("2", "walk-in freezers")
    assert stayed_count("The prices stay at 3,900.") is None
    assert stayed_count("It stays at four.") is None
    assert [v for v, _, _ in _counts("The fryers stay at three.")] == [Decimal(3)]


def test_one_unit_dearer_than_half_the_budget_and_a_short_name() -> None:
    got = _total(
        ("万向排气罩八个，洗眼器两台。", "customer"),
        ("排气罩每个1600元，洗眼器每台900元。", "we"),
        ("这块预算一共一万四。", "customer"),
    )
    assert got == (Decimal(14600), Decimal(14000))
    got = _total(
        ("封箱机一台，打包机一台。", "customer"),
        ("封箱机每台9800元，打包机每台4600元。", "we"),
        ("设备预算一万四。", "customer"),
    )
    assert got == (Decimal(14400), Decimal(14000))


def test_our_list_for_the_customer_to_check_counts() -> None:
    got = [c.value for c in product_counts(alone("量过现场了，按图纸需要：货架十二组，叉车两台。", "we"))]
    assert got == [Decimal(12), Decimal(2)]
    assert product_counts(alone("我们上次给别家装了货架十二组。", "we")) == []


def test_a_trade_in_a_service_point_and_a_decision_still_to_come_leave_the_gap_open() -> None:
    pairs = (
        ("烤箱要四台，发酵箱两台。", "customer"),
        ("烤箱每台5.2万，发酵箱每台3.1万。", "we"),
        ("我们那三台旧烤箱你们能回收吗？", "customer"),
        ("可以，三台旧烤箱按四千一台回收。", "we"),
        ("我们的售后在本市有一个点，两小时到场。", "we"),
        ("预算一共二十六万，全部在里面。", "customer"),
        ("方案我报给老板，他定了我就通知你。", "customer"),
    )
    assert _total(*pairs) == (Decimal(270000), Decimal(260000))  # the trade-in is no line; nothing closed it
    assert _total(*pairs[:5], ("再给您让两个点。", "we"), *pairs[5:]) is None  # a discount: the sum is not the price


def test_the_customer_saying_the_budget_will_not_move_is_quoted() -> None:
    sents = said(
        ("We need 20 benches and 10 lockers.", "customer"),
        ("Benches are USD 1,200 each and lockers USD 950 each.", "we"),
        ("Our budget for the changing rooms is USD 32,000.", "customer"),
        ("And that budget cannot be increased this year.", "customer"),
    )
    (risk,) = file_order_totals(sents, [], "en")
    assert sents[3].text in [q.text for q in risk.quotes]  # 20 × 1,200 + 10 × 950 = 33,500
    sents = said(*((s.text, s.role) for s in sents[:3]), ("And we would like them in grey.", "customer"))
    (risk,) = file_order_totals(sents, [], "en")
    assert sents[3].text not in [q.text for q in risk.quotes]

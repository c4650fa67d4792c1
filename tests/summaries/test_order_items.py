"""The lines of an order (:mod:`assistant.summaries.order_items`): counts of products and our unit prices for them."""

from __future__ import annotations

from decimal import Decimal

from assistant.summaries.order_items import product_counts
from assistant.summaries.order_prices import same_product, unit_prices
from tests.summaries.sentences import alone


def _counts(text: str, role: str = "customer") -> list[tuple[Decimal, set[str], set[str]]]:
    return [(c.value, set(c.words), set(c.codes)) for c in product_counts(alone(text, role))]


def _prices(text: str, role: str = "we") -> list[tuple[Decimal, set[str], bool]]:
    return [(p.value, set(p.words), p.each) for p in unit_prices(alone(text, role))]


def test_english_counts_name_their_product() -> None:
    """Digits or number words, a code, modifiers and a plural noun; the last count of a clause list each."""
    assert _counts("Rooms went up, so it's thirty-six kettles now.") == [(Decimal(36), {"kettle"}, set())]
    assert _counts("We now want 150 PX-20 heaters for the depots.") == [(Decimal(150), {"heater"}, {"PX-20"})]
    assert _counts("So 40 TR-9, 12 TR-12 and twenty 2 litre jugs.") == [
        (Decimal(40), set(), {"TR-9"}),
        (Decimal(12), set(), {"TR-12"}),
        (Decimal(20), {"litre", "jug"}, set()),
    ]


def test_what_is_no_count_of_an_order_is_left_out() -> None:
    """A count per site, a replaced count, a measure, money, what they already have."""
    assert _counts("Each depot takes four heaters.") == []
    assert [v for v, _, _ in _counts("we need 220 stools now, not 180 stools")] == [Decimal(220)]
    assert _counts("The drum holds 12 litres.") == []
    assert _counts("Head office approved 9,500 US dollars for this.") == []
    assert _counts("We have 40 chairs from last year.") == []


def test_chinese_counts_name_their_product_before_or_after() -> None:
    assert _counts("冷柜要六台就够了。") == [(Decimal(6), {"冷柜"}, set())]
    ((value, words, _),) = _counts("另外要两台五门的展示柜。")
    assert value == 2 and "展示" in words
    assert _counts("每个门店十盏。") == []  # a count per shop, not the order
    assert _counts("那就一百二一盏吧。", "we") == []  # a price per lamp, not 121 lamps


def test_our_unit_price_per_clause_is_the_new_figure() -> None:
    got = _prices("I can do the kettle at 31.50 and bring the toaster down to 27.")
    assert [(v, w) for v, w, _ in got] == [(Decimal("31.50"), {"kettle"}), (Decimal(27), {"toaster"})]
    assert [v for v, _, _ in _prices("For 150 units I can take the PX-20 from 95 to 89.")] == [Decimal(89)]
    assert [v for v, _, _ in _prices("what I can do is the stools at £58 instead of £64")] == [Decimal(58)]
    assert [v for v, _, _ in _prices("Quote: EUR 2,100 per frame, so EUR 42,000 for 20.")] == [Decimal(2100)]


def test_a_rivals_price_a_gift_and_a_total_are_no_unit_price_of_ours() -> None:
    assert _prices("Another supplier quoted 25 for the same kettle.", "customer") == []
    assert _prices("送您一套刀具（价值500）。") == []
    assert _prices("合计12.6万，含安装。") == []
    assert _prices("Your quote has the kettle at 34 dollars.", "customer")[0][0] == Decimal(34)  # ours, read back
    assert _prices("The kettle is 30 at the shop down the road.", "customer") == []  # the customer's own words


def test_chinese_prices_per_piece_or_for_the_line() -> None:
    assert _prices("展示柜可以降到1.15万一台。") == [(Decimal(11500), {"展示", "示柜"}, True)]
    assert _prices("冷柜六台4.2万。") == [(Decimal(42000), {"冷柜"}, False)]  # the line's price
    assert [v for v, _, _ in _prices("最低一百二一盏。")] == [Decimal(120)]


def test_a_price_is_for_the_count_whose_name_it_covers() -> None:
    (adult,) = product_counts(alone("30 adult ones please"))
    (child,) = product_counts(alone("and 20 junior helmets"))
    (price,) = unit_prices(alone("adult helmet £41 incl visor", "we"))
    assert same_product(price, adult) > same_product(price, child) > 0


def test_counts_of_past_sales_and_our_own_remarks_are_no_order_lines() -> None:
    assert product_counts(alone("We sold 60 mixers to a bakery in Leeds last month.", "we")) == []
    assert product_counts(alone("去年我们给宁波发过十二台叉车。", "we")) == []
    assert product_counts(alone("Last year we ordered 300 stools from you.")) == []
    assert [c.value for c in product_counts(alone("So 40 mixers and 12 proofers, noted.", "we"))] == [40, 12]


def test_numbers_ending_in_one_and_ordinals() -> None:
    """"二十一台" is 21 machines; "第二台" is the second one, no count; "2 containers of stools" counts containers."""
    assert [c.value for c in product_counts(alone("需要二十一台叉车。"))] == [Decimal(21)]
    assert product_counts(alone("第二台叉车可以晚点到。")) == []
    assert product_counts(alone("We need 2 containers of stools.")) == []
    assert product_counts(alone("About 2 hundred stools.")) == []


def test_plural_nouns_are_made_singular() -> None:
    assert {c.head for c in product_counts(alone("We need 40 shelves, 12 boxes and 6 benches."))} == {"shelf", "box", "bench"}


def test_another_sellers_price_a_service_and_an_old_figure_are_not_our_unit_price() -> None:
    assert _prices("Bosch has the same mixer at 2,600.") == []
    assert _prices("Installation is 80 per mixer.") == []
    # the list price is the old figure; "for you 2,060" names no product: the clause before it does
    assert _prices("The mixer lists at 2,400 but for you 2,060.") == [(Decimal(2060), {"mixer"}, True)]
    assert [v for v, _, _ in _prices("叉车三万一台。")] == [Decimal(30000)]


def test_the_original_count_is_replaced_by_the_new_one_said_without_its_noun() -> None:
    """"We first planned ten PX-20 heaters, so we need seven, not ten": seven PX-20 heaters."""
    (line,) = product_counts(alone("We originally planned ten PX-20 heaters, but the depot shrank, so we need seven, not ten."))
    assert (line.value, line.codes) == (Decimal(7), frozenset({"PX-20"}))
    (zh,) = product_counts(alone("本来要十二台冷柜，现在九台就行。"))
    assert zh.value == Decimal(9) and "冷柜" in zh.words

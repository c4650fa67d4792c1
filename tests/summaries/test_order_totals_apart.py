"""Order lines said apart (:mod:`assistant.summaries.order_totals`): the count, its product and its price in pieces."""

from __future__ import annotations

from decimal import Decimal

from assistant.summaries.order_items import product_counts
from assistant.summaries.order_prices import unit_prices
from assistant.summaries.order_totals import order_counts, order_totals
from tests.summaries.sentences import alone, said


def _talk(*lines: tuple[str, str]) -> list:
    return said(*((text, role) for role, text in lines))


def test_a_chinese_count_in_its_own_clause_names_the_product_before_it() -> None:
    (line,) = product_counts(alone("这次要换三百吨的液压折弯机，四台。"))
    assert line.value == 4 and {"折弯", "弯机"} <= line.words


def test_a_count_followed_by_what_is_said_of_it_names_nothing() -> None:
    (line,) = product_counts(alone("十台都算在里面。"))
    assert line.value == 10 and not line.words


def test_a_count_too_small_is_the_old_one() -> None:
    lines = product_counts(alone("四台不够用了，要七台。"))
    assert [x.value for x in lines] == [Decimal(7)]


def test_a_code_longer_than_the_window_is_read_whole() -> None:
    (line,) = product_counts(alone("清单如下：XJD-880B全自动封口机5台。"))
    assert line.codes == {"XJD-880B"}


def test_a_price_per_measure_word_and_a_spec_figure_beside_it() -> None:
    (price,) = unit_prices(alone("我这边最低能做到每台二十六万。", "we"))
    assert (price.value, price.unit) == (Decimal(260000), "台")
    (price,) = unit_prices(alone("主轴最高转速8000转 报价：雕刻机4.2万一台", "we"))
    assert price.value == Decimal(42000)
    (price,) = unit_prices(alone("烘干机3.4万/台。", "we"))
    assert (price.value, price.unit) == (Decimal(34000), "台")


def test_a_bare_count_is_the_last_product_in_its_measure_word() -> None:
    talk = _talk(
        ("customer", "清单：KM-30揉面机2台，DF-12醒发箱5台。"),
        ("customer", "醒发箱再想想……"),
        ("customer", "对，6台。"),
    )
    counts = order_counts(talk)
    assert [(sorted(c.codes), c.value) for c in counts] == [(["KM-30"], 2), (["DF-12"], 6)]


BAKERY = (
    ("customer", "我们中央厨房要上新线，要双速的和面机，五台。"),
    ("we", "好的。"),
    ("we", "报价单上是每台五万二。"),
    ("customer", "这条线加起来不能超过二十五万。"),
    ("we", "我跟领导申请了，每台可以从五万二降到五万一。"),
)


def test_a_total_from_pieces_said_apart_exceeds_a_cap() -> None:
    (found,) = order_totals(_talk(*BAKERY))
    assert (found.budget, found.total) == (Decimal(250000), Decimal(255000))


def test_a_budget_said_as_all_we_have_or_granted() -> None:
    for budget in ("我们总共就二十五万。", "这条线老板总共给到二十五万。"):
        (found,) = order_totals(_talk(*BAKERY[:3], ("customer", budget), BAKERY[4]))
        assert found.budget == Decimal(250000)


def test_paying_terms_after_the_price_do_not_take_the_price() -> None:
    talk = _talk(*BAKERY, ("customer", "签合同先付三成，剩下的验收后再付。"))
    assert len(order_totals(talk)) == 1


TILES = (
    ("we", "how many boxes of tiles do you need?"),
    ("customer", "40 boxes for the lobby"),
    ("customer", "and 30 grout tubs"),
    ("we", "tiles are USD 62 per box 👍 grout USD 15 a tub"),
    ("customer", "client moved a wall 😅 make it 50 boxes"),
    ("customer", "total budget is 3.2k, not a cent more"),
    ("we", "I got you USD 58 per box on the tiles 🙌 grout is already our best price"),
    ("customer", "58 on the tiles, deal ✅"),
)


def test_a_price_per_box_prices_the_boxes_and_one_item_taken_closes_nothing() -> None:
    (found,) = order_totals(_talk(*TILES))
    assert (found.budget, found.total) == (Decimal(3200), Decimal(50 * 58 + 30 * 15))


def test_the_customer_agreeing_to_our_proposed_count_by_its_number() -> None:
    talk = _talk(
        ("customer", "We need 24 LX-200 panels for the roof."),
        ("we", "The LX-200 is USD 410 each."),
        ("we", "Looking at the drawings we suggest 30 LX-200 panels instead of 24."),
        ("customer", "Agreed, 30 it is."),
        ("customer", "Our budget for the whole roof is USD 12,000."),
    )
    (found,) = order_totals(talk)
    assert found.total == Decimal(30 * 410)


def _minutes(*texts: str) -> list:
    """Minutes' narrative: sentences nobody is labelled as saying, one character apart."""
    from assistant.text.conversation import Sentence

    out, pos = [], 0
    for text in texts:
        out.append(Sentence(start=pos, end=pos + len(text), text=text, speaker=None, role="unknown"))
        pos += len(text) + 1
    return out


def test_minutes_price_our_goods_in_the_third_person_and_a_price_follows_its_product() -> None:
    talk = _minutes(
        "Ms. Lund confirmed 60 KT-20 kettles and 40 TS-4 toasters.",
        "The KT-20 price of NOK 1,150 per kettle was accepted.",
        "TS-4: quoted at NOK 980 per toaster;",
        "after discussion the price was lowered to NOK 940.",
        "The hotel asked for NOK 800 per toaster.",
        "Ms. Lund stated that the approved budget for the lot is NOK 105,000.",
    )
    (found,) = order_totals(talk)
    assert found.total == Decimal(60 * 1150 + 40 * 940)


def test_a_product_codes_price_is_ours_and_a_price_in_riyals_is_a_price() -> None:
    (price,) = unit_prices(alone("The HB-7 price of SAR 24,500 per bed was not discussed further.", "we"))
    assert (price.value, price.codes) == (Decimal(24500), {"HB-7"})
    (price,) = unit_prices(alone("Our rep offered AED 36,000.", "we"))
    assert price.value == Decimal(36000)

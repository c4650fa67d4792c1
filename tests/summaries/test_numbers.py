"""Amounts, quantities and percentages found in sales talk."""

from __future__ import annotations

from decimal import Decimal

from assistant.summaries.numbers import find_numbers, said_each
from assistant.summaries.price_figures import figures


def test_find_numbers_amounts_quantities_percentages() -> None:
    text = "我们要5000条，单价$2.5，总共1.2万美元，能打九折吗？或者95折，两千五百件也行，3 containers，优惠5%"
    got = {(n.kind, n.value) for n in find_numbers(text)}
    assert got == {
        ("quantity", "5000 条"),
        ("amount", "USD 2.5"),
        ("amount", "USD 12000"),
        ("percentage", "10% off"),
        ("percentage", "5% off"),
        ("quantity", "2500 件"),
        ("quantity", "3 containers"),
        ("percentage", "5%"),
    }
    for n in find_numbers(text):
        assert text[n.start : n.end] == n.text


def test_small_chinese_counts_and_durations_are_not_quantities() -> None:
    assert find_numbers("寄两个样品，延误了两个星期，给您两个方案") == []


def test_chinese_decimal_quantities_are_read_not_a_crash() -> None:
    # "一点六吨" once raised ValueError out of the summariser (found scoring summaries_blind12)
    assert [(n.kind, n.value) for n in find_numbers("这批货一点六吨左右")] == [("quantity", "1.6 吨")]  # as 1.6吨 is
    assert [(n.kind, n.value) for n in find_numbers("先订十二点五吨")] == [("quantity", "12.5 吨")]


def test_pounds_as_a_weight_are_no_money() -> None:
    assert [n.kind for n in find_numbers("each carton weighs 40 pounds")] == []
    assert [(n.kind, n.value) for n in find_numbers("the fee is 500 pounds")] == [("amount", "GBP 500")]


def test_kuai_with_a_zero_is_fen() -> None:
    assert [(n.kind, n.value) for n in find_numbers("最低十块零五")] == [("amount", "CNY 10.05")]
    assert [(n.kind, n.value) for n in find_numbers("三十六块五")] == [("amount", "CNY 36.5")]


def test_kuai_then_one_and_a_measure_word_is_a_unit_price_not_jiao() -> None:
    assert figures("隔壁卖二十块一条") == [Decimal("20")]  # 20 a towel, not 20.1
    assert figures("三十块一个，五十块一双") == [Decimal("30"), Decimal("50")]
    assert figures("最后二十块一") == [Decimal("20.1")]  # said alone, 一 is still one jiao
    assert figures("散装十五块一斤") == [Decimal("15")]


def test_a_bare_figure_in_price_talk_is_a_price_not_a_quantity() -> None:
    # issue 14: "best I can do is 252" lost its figure as "252 pcs"
    for text in ("last time was without dimmer… best I can do is 252", "can you go to 275?", "Our price is 1800."):
        assert [n.kind for n in find_numbers(text)] == ["amount"], text
    assert [(n.kind, n.value) for n in find_numbers("the best I can do is 252")] == [("amount", "252")]
    assert [(n.kind, n.value) for n in find_numbers("we're at 4.30 now")] == [("amount", "4.30")]


def test_a_bare_figure_in_quantity_talk_stays_a_quantity() -> None:
    for text in ("We need 500.", "Can you do 3000?", "order of 1200.", "MOQ is 500.", "the price is fine for an order of 1200."):
        assert [n.kind for n in find_numbers(text)] == ["quantity"], text
    assert [n.kind for n in find_numbers("the price is OK, can you go to 2,000 pieces?")] == ["quantity"]


def test_strong_price_cues_win_over_a_weak_quantity_word() -> None:
    assert [n.kind for n in find_numbers("We need 345, that is our shelf price.")] == ["amount"]
    assert [n.kind for n in find_numbers("PS-1200 still needs to be 345.")] == ["quantity"]


def test_sizes_and_function_words_are_no_counted_nouns() -> None:
    assert find_numbers("trial units used 100 mm castors") == []
    assert [n.value for n in find_numbers("we want 100 this time or later")] == ["100 pcs"]


def test_the_count_a_price_is_for_stays_a_count() -> None:
    assert [n.kind for n in find_numbers("On price, we can meet you at 0.88 for 10,000.")] == ["amount", "quantity"]
    assert [n.kind for n in find_numbers("Price is USD 2.10 a pair at 1,500")] == ["amount", "quantity"]
    assert [n.kind for n in find_numbers("MD-GLV-N: USD 3.15/box of 100.")] == ["amount", "quantity"]
    got = [(n.kind, n.value) for n in find_numbers("For the 10 kWh we're at USD 1,380 a unit, and the 5 kWh stays at 720.")]
    assert got == [("amount", "USD 1380"), ("amount", "720")]


def test_a_count_before_a_model_code_and_its_noun() -> None:
    got = [(n.kind, n.value) for n in find_numbers("We now want 1,400 CC-200 chairs instead of 1,000.")]
    assert got[0] == ("quantity", "1400 CC-200 chairs")


def test_a_small_chinese_count_after_an_order_verb_is_a_quantity() -> None:
    assert [n.value for n in find_numbers("这次泵得要六台")] == ["6 台"]
    assert [n.value for n in find_numbers("再来两箱")] == ["2 箱"]
    assert find_numbers("给了三条建议") == []
    assert find_numbers("先要一个报价") == []
    assert find_numbers("合同要两个股东签字") == []


def test_a_small_count_after_the_thing_counted_is_a_quantity() -> None:
    """An order line names the thing, then its count: "压缩机两台，冷凝器一台" (a list, not "两个样品")."""
    assert [n.value for n in find_numbers("压缩机两台，冷凝器一台，管路另算。") if n.kind == "quantity"] == ["2 台", "1 台"]
    assert [n.value for n in find_numbers("展示柜DC-12三台") if n.kind == "quantity"] == ["3 台"]
    assert [n.value for n in find_numbers("收银台一个、冷柜两个") if n.kind == "quantity"] == ["1 个", "2 个"]
    assert not [n for n in find_numbers("上次坏了两台") if n.kind == "quantity"]  # a count of faults, not an order
    assert not [n for n in find_numbers("两个样品都收到了") if n.kind == "quantity"]


def test_more_currencies_are_money() -> None:
    """Codes of the currencies our buyers pay in, before or after the figure, and "US dollars"/"euros" said out."""
    assert [n.value for n in find_numbers("Orders above SGD 45,000 need the CFO now.")] == ["SGD 45000"]
    assert [n.value for n in find_numbers("Head office signed off 62,000 US dollars for the fit-out.")] == ["USD 62000"]
    assert [n.value for n in find_numbers("the trays come to 9,400 euros landed")] == ["EUR 9400"]
    assert [n.value for n in find_numbers("We can spend AUD 18,500 on the lot")] == ["AUD 18500"]
    assert [n.value for n in find_numbers("each hood is HK$ 1,250")] == ["HKD 1250"]
    assert [n.value for n in find_numbers("Cap is 30,000 CAD this quarter")] == ["CAD 30000"]


def test_a_numeral_ending_in_one_is_a_price_per_piece_only_in_the_shortened_form() -> None:
    """"一百六十五一张" (165 a table), "三万一台" are prices per piece; "三十一盏" (31) and "二百零一" are not."""
    assert all(said_each(t) for t in ("二百六一", "一百六十五一", "三万一", "八十二一"))
    assert not any(said_each(t) for t in ("三十一", "二十一", "二百零一", "十一"))
    # "一千零五十一张": 1,050 a table after words of price, else 1,051 tables
    assert said_each("一千零五十一", "六人桌报价是") and not said_each("一千零五十一", "门店一共要")

"""The pieces of one negotiation (offer, counter, outcome) are one progress item with all their quotes."""

from __future__ import annotations

from decimal import Decimal

from assistant.summaries.progress_points import group_points, prices
from assistant.summaries.schema import ProgressItem, Quote


def _item(text: str, start: int, kind: str, by: str, speaker: str | None = None) -> ProgressItem:
    quote = Quote(text=text, start=start, end=start + len(text), speaker=speaker)
    return ProgressItem(text=text, kind=kind, by=by, quotes=[quote])


def test_prices_skip_counts_shares_dates_and_codes() -> None:
    assert prices("价格方面3000袋首单我可以做到17.6") == [Decimal("17.6")]
    assert prices("我最多给到两万四千五") == [Decimal("24500")]
    assert prices("含竿包的，二百六一把") == [Decimal("260")]
    assert prices("30%预付，1月8号发货，整机保修两年") == []
    assert prices("For 6,000 pairs of SB-310 we can go to USD 20.40") == [Decimal("20.40")]


def test_a_zh_price_negotiation_across_turns_is_one_point() -> None:
    items = [
        _item("每平米我们给到二百八", 0, "concession", "we", "销售"),
        _item("本月签约的话可以降到二百六", 40, "concession", "we", "销售"),
        _item("再送一年维保，最低二百五十五", 70, "concession", "we", "销售"),
        _item("二百五十五可以", 90, "agreement", "customer", "客户"),
    ]
    [point] = group_points(items, "zh")
    assert [q.start for q in point.quotes] == [0, 40, 70, 90]
    assert "280 → 260 → 255" in point.text and "客户接受" in point.text
    assert point.kind == "agreement" and point.by == "customer"


def test_an_en_offer_not_accepted_says_so_and_keeps_both_offers() -> None:
    items = [
        _item("For HD-2200 I can do USD 19.50", 0, "concession", "we"),
        _item("OK, HD-2200 at USD 18.00 is my best price", 60, "concession", "we"),
    ]
    [point] = group_points(items, "en")
    assert "19.5 → 18" in point.text and "not yet accepted" in point.text
    assert len(point.quotes) == 2 and point.by == "we"


def test_different_terms_and_products_stay_apart() -> None:
    items = [
        _item("EM-2 单价我申请到两万四", 0, "concession", "we"),
        _item("付款30%预付，到货付70%，可以", 30, "agreement", "customer"),
        _item("KS-100 按四十五", 60, "concession", "we"),
        _item("样品收到了", 90, "sample", "customer"),
    ]
    assert len(group_points(items, "zh")) == 4


def test_a_far_price_is_another_point() -> None:
    items = [
        _item("The chairs at EUR 14.30", 0, "concession", "we"),
        _item("and the stools at EUR 6.80", 40, "concession", "we"),
    ]
    assert len(group_points(items, "en")) == 2


def test_a_reply_naming_our_offer_joins_it() -> None:
    items = [
        _item(
            "We will issue a credit note and ship the replacement by air at our cost.", 0, "concession", "we"
        ),
        _item("The credit note and the air shipment work for us.", 120, "stage_signal", "customer"),
    ]
    [point] = group_points(items, "en")
    assert [q.start for q in point.quotes] == [0, 120]
    assert "accepted" in point.text and "not yet" not in point.text


def test_a_reply_to_the_second_point_of_an_offer_stays_its_own() -> None:
    items = [
        _item("标签印刷我们免费做，润滑脂每套加三毛钱。", 0, "concession", "we"),
        _item("润滑脂三毛可以。", 30, "agreement", "customer"),
    ]
    assert len(group_points(items, "zh")) == 2


def test_a_figure_restated_much_later_is_another_point() -> None:
    items = [
        _item("EUR 6.40 for the WT-R12 rainbow is acceptable for us.", 0, "agreement", "customer"),
        _item("For a first order the price would be EUR 6.40 for the rainbow.", 1200, "agreement", "we"),
    ]
    assert len(group_points(items, "en")) == 2


def test_the_customers_counter_below_our_offer_joins_the_negotiation() -> None:
    items = [
        _item("I can offer 0.36 for 50,000 pcs", 0, "concession", "we"),
        _item("If you can do 0.35 we'll place the whole order with you", 50, "agreement", "customer"),
        _item("0.35 would only work with a 30% deposit", 120, "concession", "we"),
    ]
    [point] = group_points(items, "en")
    assert "0.36 → 0.35" in point.text and len(point.quotes) == 3


def test_an_acceptance_joins_the_point_whose_figure_it_names() -> None:
    items = [
        _item("IP20 stays at 7.40 per roll", 0, "concession", "we"),
        _item("IP65: I can do 8.60 if you pay a 30% deposit", 40, "concession", "we"),
        _item("7.40 ok", 100, "agreement", "customer"),
    ]
    first, second = group_points(items, "en")
    assert [q.start for q in first.quotes] == [0, 100] and "accepted" in first.text
    assert [q.start for q in second.quotes] == [40]


def test_the_customers_refusal_is_the_points_status() -> None:
    items = [
        _item("透明盖版本可以做，每个加1.2元。", 0, "concession", "we"),
        _item("透明盖加1.2元我们不同意", 30, "agreement", "customer"),
    ]
    [point] = group_points(items, "zh")
    assert "客户未接受" in point.text and point.kind == "concession" and point.by == "we"


def test_kuai_prices_read_with_their_tenths() -> None:
    assert prices("8000个的话我给您39块5") == [Decimal("39.5")]
    assert prices("浴巾我给您三十六块五") == [Decimal("36.5")]


def test_kuai_with_a_zero_reads_the_fen() -> None:
    assert prices("这款最低十块零五") == [Decimal("10.05")]
    assert prices("我给您3块零8") == [Decimal("3.08")]


def test_english_prices_said_in_words() -> None:
    assert prices("For sixty sets I can go to two seventy-five") == [Decimal("275")]
    assert prices("Three fifty a mug is my best") == [Decimal("350")]
    assert prices("I can do four dollars twenty") == [Decimal("4.20")]
    assert prices("a dollar fifty each, not more") == [Decimal("1.50")]


def test_times_and_counts_in_words_are_no_prices() -> None:
    assert prices("Let's talk at three thirty tomorrow") == []
    assert prices("three fifteen pm works") == []
    assert prices("Sixty boards, thirty days production") == []
    assert prices("two twenty-foot containers") == []
    assert prices("one fifty pieces in the first lot") == []


def test_a_counter_between_the_asked_figure_and_our_offer_joins_the_point() -> None:
    items = [  # our offer names their ask (11) before our figure (12.40): the counter sits between
        _item("11 would lose us money on the lids, I can do 12.40", 0, "concession", "we"),
        _item("12.10 and we add the spare seals to the order", 60, "agreement", "customer"),
    ]
    [point] = group_points(items, "en")
    assert [q.start for q in point.quotes] == [0, 60]
    assert "12.4 → 12.1" in point.text


def test_a_spoken_price_then_one_measure_word_is_the_price_per_piece() -> None:
    """"三百四一盏": 340 a lamp (the 一 says "each"), as "二百六一把" is 260 a chair — never 301."""
    assert prices("那就三百四一盏吧") == [Decimal(340)]
    assert prices("门板一百八一扇") == [Decimal(180)]

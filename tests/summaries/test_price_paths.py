"""One progress item per negotiated price: the figures' path, and where the two sides settled."""

from __future__ import annotations

from assistant.summaries.price_paths import with_paths
from assistant.summaries.progress_points import prices
from assistant.summaries.schema import ProgressItem, Quote
from assistant.text.conversation import Sentence
from tests.summaries.sentences import labelled as _talk


def _item(s: Sentence, kind: str, by: str) -> ProgressItem:
    quote = Quote(text=s.text, start=s.start, end=s.end, speaker=s.speaker)
    return ProgressItem(text=s.text, kind=kind, by=by, quotes=[quote])


def test_a_haggle_in_bare_figures_is_one_agreed_item_with_its_path() -> None:
    talk = _talk(
        ("we", "折叠椅二百四一把", "none"),
        ("customer", "二百。", "none"),
        ("we", "二百太低了", "none"),
        ("we", "二百二十。", "none"),
        ("customer", "二百一。", "none"),
        ("we", "好吧，二百一给您", "none"),
    )
    [item] = with_paths([], talk, "zh")
    assert item.kind == "agreement"
    assert "240 → 220 → 210" in item.text and "成交" in item.text and "200" in item.text
    assert item.quotes[-1].text == "好吧，二百一给您"


def test_the_items_of_a_negotiation_fold_into_its_one_item() -> None:
    talk = _talk(
        ("we", "The lanterns are 6.40 each", "none"),
        ("customer", "6.40 is too much for us", "need"),
        ("we", "I can do 6.10", "concession"),
        ("customer", "ok, 6.10 it is", "agreement"),
    )
    pieces = [_item(talk[2][0], "concession", "we"), _item(talk[3][0], "agreement", "customer")]
    [item] = with_paths(pieces, talk, "en")
    assert "6.4 → 6.1" in item.text.replace("6.40", "6.4").replace("6.10", "6.1")
    assert "agreed" in item.text and len(item.quotes) == 4


def test_a_hesitation_over_our_figure_is_no_acceptance() -> None:
    talk = _talk(
        ("we", "单价九十五", "none"),
        ("customer", "九十五有点高", "need"),
        ("we", "那给您九十", "concession"),
        ("customer", "九十嘛……", "none"),
    )
    [item] = with_paths([], talk, "zh")
    assert item.kind == "concession" and "95 → 90" in item.text and "成交" not in item.text


def test_a_firm_last_figure_is_an_offer_the_customer_can_take() -> None:
    talk = _talk(
        ("we", "阀门三百五一个", "none"),
        ("customer", "三百。", "none"),
        ("we", "三百二，真不能再少了。", "none"),
        ("customer", "行，三百二就三百二。", "agreement"),
    )
    [item] = with_paths([], talk, "zh")
    assert "350 → 320" in item.text and "成交" in item.text


def test_a_bare_deal_right_after_our_figure_settles_it() -> None:
    talk = _talk(
        ("we", "Our price is 12.50 per mat", "none"),
        ("customer", "Could you do 11?", "none"),
        ("we", "I can do 11.90", "concession"),
        ("customer", "deal", "none"),
    )
    [item] = with_paths([], talk, "en")
    assert "12.5 → 11.9" in item.text and "agreed" in item.text


def test_a_price_list_splits_per_product_code_and_another_seller_is_no_counter() -> None:
    talk = _talk(
        ("we", "KT-10 八十一个，KT-20 一百二一个", "none"),
        ("customer", "隔壁有家报七十", "risk:competitor"),
        ("customer", "KT-20 一百一可以吧", "none"),
        ("we", "KT-20 一百一十五", "none"),
    )
    [item] = with_paths([], talk, "zh")
    assert "KT-20" in item.text and "120 → 115" in item.text and "70" not in item.text
    assert "客户未表态" in item.text


def test_a_single_quote_nobody_answers_makes_no_item() -> None:
    talk = _talk(("we", "单价三十八", "none"), ("customer", "好的我问问老板", "none"))
    assert with_paths([], talk, "zh") == []


def test_counts_by_the_stick_roll_or_battery_are_no_prices() -> None:
    assert prices("鱼竿要六十根，线要两百卷") == []
    assert prices("四十块TB-40") == [] and prices("四十块的量我给您做到四千") == [4000]
    assert prices("一百八一根") == [180]


def test_two_terms_moved_in_one_line_and_taken_with_one_word_are_one_item() -> None:
    talk = _talk(
        ("we", "面膜一盒九十 精华一瓶一百五", "none"),
        ("customer", "九十太贵了 上次才八十", "need"),
        ("we", "八十五吧", "none"),
        ("we", "好好好 八十二 精华一百四", "none"),
        ("customer", "成交👍 记得开票", "need"),
    )
    [item] = with_paths([], talk, "zh")
    assert "90 → 85 → 82，成交" in item.text and "150 → 140，成交" in item.text


def test_a_code_taken_by_name_settles_at_our_figure() -> None:
    talk = _talk(
        ("we", "BX-10四百二，CX-20二百六", "none"),
        ("customer", "BX-10四百，CX-20二百五", "need"),
        ("we", "BX-10四百一，CX-20二百五十五", "concession"),
        ("customer", "四百一可以，CX-20也行", "agreement"),
    )
    [item] = with_paths([], talk, "zh")
    assert "BX-10 价格 420 → 410，成交" in item.text and "CX-20 价格 260 → 255，成交" in item.text


def test_a_figure_with_cents_is_a_price_and_folded_items_bring_their_quotes() -> None:
    talk = _talk(
        ("we", "The trays are USD 9.40 each", "none"),
        ("customer", "9.00 and we add the lids to the order", "agreement"),
        ("we", "ok 9.00 for the trays if the lids come too", "agreement"),
        ("customer", "deal, and the boss signed it", "none"),
    )
    folded = _item(talk[3][0], "agreement", "customer")
    ours = _item(talk[2][0], "agreement", "we")
    ours = ours.model_copy(update={"quotes": [*ours.quotes, *folded.quotes]})
    [item] = with_paths([ours], talk, "en")
    assert "9.4 → 9, agreed" in item.text
    assert item.quotes[-1].text == "deal, and the boss signed it"


def test_the_agreement_is_by_the_side_that_took_the_other_sides_figure() -> None:
    talk = _talk(
        ("we", "The planters are 9.80 each", "none"),
        ("customer", "9.00 and we have a deal", "none"),
        ("we", "I can do 9.40", "none"),
        ("customer", "9.20, final", "none"),
        ("we", "OK, 9.20 it is", "none"),
    )
    [item] = with_paths([], talk, "en")
    assert item.kind == "agreement" and item.by == "we"
    talk = _talk(
        ("we", "The planters are 9.80 each", "none"),
        ("customer", "9.00 and we have a deal", "none"),
        ("we", "I can do 9.40", "none"),
        ("customer", "OK, 9.40 it is", "none"),
    )
    [item] = with_paths([], talk, "en")
    assert item.kind == "agreement" and item.by == "customer"

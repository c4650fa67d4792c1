"""Order lines naming a model code the catalogue does not know are still needs with their count."""

from __future__ import annotations

import datetime as dt

import assistant.summaries.offline_learned as ol
from assistant.summaries import Catalog
from assistant.summaries.numbers import find_numbers
from assistant.text.conversation import parse_conversation


def _quantities(text: str) -> list[str]:
    return [n.value for n in find_numbers(text) if n.kind == "quantity"]


def test_small_count_before_a_model_code_is_a_quantity() -> None:
    assert _quantities("Put us down for 24 GX-8 folding gazebos please.") == ["24 GX-8 folding gazebos"]


def test_small_count_after_an_order_verb_is_a_quantity() -> None:
    assert _quantities("For the lobby we'll take 12 umbrella stands.") == ["12 umbrella stands"]
    assert _quantities("We want 18 pallet jacks.") == ["18 pallet jacks"]


def test_small_count_without_code_or_order_verb_stays_unread() -> None:
    assert _quantities("We opened 12 stores last year.") == []
    assert _quantities("It took 3 weeks to arrive.") == []


def _need_values(chat: str, lang: str) -> list[str]:
    summary = ol.summarize_offline(
        parse_conversation(chat), today=dt.date(2027, 3, 1), catalog=Catalog.from_products([]), language=lang
    )
    return [v for n in summary.needs for v in n.values]


def test_english_count_with_unknown_code_is_a_quantity_need() -> None:
    chat = "Sales: How many do you need?\nCustomer: 2,400 drip emitters DE-4 and 300 filter heads FH-20.\n"
    assert "2400 DE-4 drip emitters" in _need_values(chat, "en")


def test_chinese_count_with_unknown_code_is_a_quantity_need() -> None:
    chat = "销售：数量定了吗？\n客户：防滑垫板PV-30 2500套，月底前到。\n"
    assert "2500 套" in _need_values(chat, "zh")


def test_small_count_of_time_after_want_is_not_an_order() -> None:
    assert _quantities("We want 24 months on the motors.") == []


def test_english_order_verb_with_small_count_is_a_quantity_need() -> None:
    chat = "Sales: Anything else?\nCustomer: For the changing rooms we'll take 14 shoe racks as well.\n"
    assert "14 shoe racks" in _need_values(chat, "en")


def test_model_code_after_the_counted_noun_is_named() -> None:
    assert _quantities("Then 3,600 spray nozzles SN-20 for the new line.") == ["3600 SN-20 spray nozzles"]


def test_dropping_a_coded_item_asks_for_nothing() -> None:
    from assistant.summaries.need_markers import drops_item

    assert drops_item("We don't need the HB-240 heaters after all.")
    assert drops_item("No need for the GP-50 pumps this round.")
    assert drops_item("Skip the RC-12 covers, please.")
    assert drops_item("防水盖板WP-300不需要了")
    assert not drops_item("We don't need the HB-240 heaters, make it 300 of the HB-250.")

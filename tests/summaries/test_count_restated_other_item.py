"""A count said again joins its need only when it counts the same thing, not another item at that count."""

from __future__ import annotations

import datetime as dt
import re

from assistant.summaries.need_wholes import make_whole
from assistant.summaries.schema import Need, Quote
from assistant.text.conversation import parse_conversation


def _need(source: str, quote: str, speaker: str, values: list[str]) -> Need:
    start = source.index(quote)
    q = Quote(text=quote, start=start, end=start + len(quote), speaker=speaker)
    return Need(text=f"quantity: {quote}", topic="quantity", values=values, quotes=[q])


def _speaker(source: str, text: str) -> str:
    line = source[: source.index(text)].rsplit("\n", 1)[-1]
    return re.split(r"[：:]", line)[0]


def _kept(source: str, lang: str, *parts: tuple[str, list[str]]) -> tuple[list[Need], list[Need]]:
    parsed = parse_conversation(source, we_names=("Sam", "我方"), today=dt.date(2031, 5, 6))
    needs = [_need(source, text, _speaker(source, text), values) for text, values in parts]
    return needs, make_whole(list(needs), parsed, lang)


def test_a_generic_count_of_another_named_item_stays_its_own_need() -> None:
    source = (
        "Lena: We need 180 RB-5 blenders for the cafes.\n"
        "Sam: Noted.\n"
        "Lena: Also add 180 units of the steel jugs, please.\n"
        "Lena: And 180 pcs of the paper filters.\n"
    )
    needs, kept = _kept(
        source,
        "en",
        ("We need 180 RB-5 blenders for the cafes.", ["180 blenders"]),
        ("And 180 pcs of the paper filters.", ["180 pcs"]),
    )
    assert kept == needs


def test_a_generic_chinese_count_of_another_item_stays_its_own_need() -> None:
    source = "周总：碗要450个。\n我方：好。\n周总：勺子450个。\n"
    needs, kept = _kept(source, "zh", ("碗要450个。", ["450 个"]), ("勺子450个。", ["450 个"]))
    assert kept == needs


def test_a_generic_count_that_names_nothing_new_still_joins() -> None:
    source = "Lena: We need 180 RB-5 blenders for the cafes.\nSam: Noted.\nLena: So 180 units in all.\n"
    needs, kept = _kept(
        source,
        "en",
        ("We need 180 RB-5 blenders for the cafes.", ["180 blenders"]),
        ("So 180 units in all.", ["180 units"]),
    )
    assert kept == needs[:1] and len(kept[0].quotes) == 2


def test_a_count_equal_to_an_earlier_price_is_not_a_restated_count() -> None:
    source = (
        "Lena: We need 35 RB-5 blenders at 90 each.\nSam: Noted.\nLena: Then 90 pcs of the paper filters.\n"
    )
    needs, kept = _kept(
        source,
        "en",
        ("We need 35 RB-5 blenders at 90 each.", ["35 blenders"]),
        ("Then 90 pcs of the paper filters.", ["90 pcs"]),
    )
    assert kept == needs

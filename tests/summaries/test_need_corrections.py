"""A customer's line that corrects a count on its own is a need with the corrected count."""

from __future__ import annotations

import datetime as dt

from assistant.summaries.need_corrections import add_corrections
from assistant.summaries.schema import Need, Quote
from assistant.text.conversation import parse_conversation

CHAT = (
    "Lena: So last time you mentioned eight kiosks.\n"
    "Marco: Make that six. The station hall lost two spots.\n"
    "Marco: And make it ten forty per unit and we have a deal.\n"
    "Lena: Noted, six kiosks.\n"
)


def test_a_correction_after_our_line_is_a_need_of_its_own() -> None:
    parsed = parse_conversation(CHAT, we_names=("Lena",), today=dt.date(2031, 2, 3))
    [need] = add_corrections([], parsed, "en")
    assert need.values == ["6 pcs"] and need.topic == "quantity"
    assert need.quotes[0].text.startswith("Make that six")
    assert CHAT[need.quotes[0].start : need.quotes[0].end] == need.quotes[0].text


def test_a_line_already_quoted_or_naming_a_price_adds_nothing() -> None:
    parsed = parse_conversation(CHAT, we_names=("Lena",), today=dt.date(2031, 2, 3))
    at = CHAT.index("Make that six.")
    kept = Need(
        text="Quantity: 6 kiosks",
        topic="quantity",
        values=["6 kiosks"],
        quotes=[Quote(text="Make that six.", start=at, end=at + 14)],
    )
    assert add_corrections([kept], parsed, "en") == [kept]


def test_a_chinese_correction_keeps_the_new_count() -> None:
    text = "小宋：上次您说的是十二台跑步机吧？\n阿强：不对不对 九台 场地放不下十二台\n"
    parsed = parse_conversation(text, we_names=("小宋",), today=dt.date(2031, 2, 3))
    [need] = add_corrections([], parsed, "zh")
    assert need.values == ["9 台"] and need.text == "数量：9 台"

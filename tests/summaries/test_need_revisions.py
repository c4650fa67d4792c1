"""A count revised from what was said before is one need, with the later count."""

from __future__ import annotations

import datetime as dt

from assistant.summaries.need_revisions import join_revisions
from assistant.summaries.schema import Need, Quote
from assistant.text.conversation import parse_conversation


def _need(source: str, quote: str, speaker: str, values: list[str] | None = None, text: str | None = None) -> Need:
    start = source.index(quote)
    q = Quote(text=quote, start=start, end=start + len(quote), speaker=speaker)
    return Need(text=text or f"product: {quote}", topic="product", values=values or [], quotes=[q])


EN = (
    "Hana: I need ten dough mixers and some proofing cabinets.\n"
    "Hana: We said twelve cabinets last time, but with the smaller bakery nine are enough.\n"
    "Ivo: Noted, nine cabinets.\n"
)
ZH = (
    "甘总：另外冷柜原来说要五台。\n"
    "甘总：我回去算了一下，用不了那么多。\n"
    "甘总：四台就够了，先上四台。\n"
    "小陆：好的，四台。\n"
)


def test_a_later_line_that_revises_the_count_joins_the_need() -> None:
    parsed = parse_conversation(EN, we_names=("Ivo",), today=dt.date(2028, 3, 1))
    need = _need(EN, "I need ten dough mixers and some proofing cabinets.", "Hana")
    [kept] = join_revisions([need], parsed)
    assert [q.text for q in kept.quotes][-1].startswith("We said twelve cabinets last time")


def test_the_revising_need_holds_and_keeps_the_earlier_quote() -> None:
    parsed = parse_conversation(ZH, we_names=("小陆",), today=dt.date(2028, 3, 1))
    old = _need(ZH, "另外冷柜原来说要五台。", "甘总", ["5 台"], "数量：5 台")
    new = _need(ZH, "四台就够了，先上四台。", "甘总", ["4 台"], "数量：4 台")
    assert join_revisions([old, new], parsed) == [new]
    assert [q.text for q in new.quotes] == ["另外冷柜原来说要五台。", "四台就够了，先上四台。"]
    assert new.values == ["4 台"]


def test_the_later_count_replaces_the_earlier_one() -> None:
    parsed = parse_conversation(ZH, we_names=("小陆",), today=dt.date(2028, 3, 1))
    old = _need(ZH, "另外冷柜原来说要五台。", "甘总", ["5 台"], "数量：5 台")
    [kept] = join_revisions([old], parsed)
    assert kept.values == ["4 台"] and kept.text == "数量：4 台"
    assert len(kept.quotes) == 2


def test_a_count_of_another_thing_or_without_an_earlier_figure_stays_apart() -> None:
    text = "甘总：冷柜要五台。\n甘总：展示架两个就够了。\n"
    parsed = parse_conversation(text, we_names=("小陆",), today=dt.date(2028, 3, 1))
    need = _need(text, "冷柜要五台。", "甘总", ["5 台"])
    [kept] = join_revisions([need], parsed)
    assert len(kept.quotes) == 1

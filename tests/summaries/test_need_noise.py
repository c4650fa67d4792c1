"""Needs that are noise in long conversations: header lines, one-word lines, totals restating a need."""

from __future__ import annotations

import datetime as dt

from assistant.summaries.need_noise import drop_need_noise
from assistant.summaries.numbers import find_numbers
from assistant.summaries.schema import Need, Quote
from assistant.text.conversation import parse_conversation


def _need(
    source: str, quote: str, speaker: str | None, values: list[str] | None = None, topic: str = "product"
) -> Need:
    start = source.index(quote)
    q = Quote(text=quote, start=start, end=start + len(quote), speaker=speaker)
    return Need(text=f"{topic}: {quote}", topic=topic, values=values or [], quotes=[q])


SOURCE = (
    "Meeting notes: Acme / Beta - cabinets for the new stores\n"
    "Anna: Each store gets six cabinets and two freezers. So 180 cabinets and 60 freezers in total.\n"
    "Bob: Please.\n"
    "Bob: We need a cleaning guide in Polish.\n"
)
PARSED = parse_conversation(SOURCE, we_names=(), today=dt.date(2028, 3, 1))


def test_a_title_line_before_the_first_speaker_is_no_need() -> None:
    needs = [
        _need(SOURCE, "Acme / Beta - cabinets for the new stores", None),
        _need(SOURCE, "We need a cleaning guide in Polish.", "Bob"),
    ]
    assert [n.quotes[0].speaker for n in drop_need_noise(needs, PARSED)] == ["Bob"]


def test_a_one_word_line_is_no_need() -> None:
    needs = [_need(SOURCE, "Please.", "Bob"), _need(SOURCE, "We need a cleaning guide in Polish.", "Bob")]
    assert [n.quotes[0].text for n in drop_need_noise(needs, PARSED)] == [
        "We need a cleaning guide in Polish."
    ]


def test_a_total_restating_the_need_before_it_joins_that_need() -> None:
    first = _need(
        SOURCE, "Each store gets six cabinets and two freezers.", "Anna", ["6 cabinets"], "quantity"
    )
    total = _need(SOURCE, "So 180 cabinets and 60 freezers in total.", "Anna", ["180 cabinets"], "quantity")
    kept = drop_need_noise([first, total], PARSED)
    assert len(kept) == 1
    assert [q.text for q in kept[0].quotes] == [first.quotes[0].text, total.quotes[0].text]


def test_a_total_with_no_need_before_it_stays() -> None:
    total = _need(SOURCE, "So 180 cabinets and 60 freezers in total.", "Anna", ["180 cabinets"], "quantity")
    assert drop_need_noise([total], PARSED) == [total]


def test_a_plain_text_without_speakers_keeps_its_first_line() -> None:
    source = "我们要1000个杯子，下月底交货。\n"
    need = _need(source, "我们要1000个杯子，下月底交货。", None, ["1000 个"], "quantity")
    assert drop_need_noise([need], parse_conversation(source, we_names=(), today=dt.date(2028, 3, 1))) == [
        need
    ]


def test_a_model_code_is_no_count() -> None:
    # "six RD-250 multideck cabinets" was read as 250 cabinets
    assert [
        n.value
        for n in find_numbers("Each store gets six RD-250 multideck cabinets and two IC-180 island freezers.")
    ] == []


def test_a_total_gives_its_figures_to_a_need_without_any() -> None:
    first = _need(SOURCE, "Each store gets six cabinets and two freezers.", "Anna")
    total = _need(SOURCE, "So 180 cabinets and 60 freezers in total.", "Anna", ["180 cabinets"], "quantity")
    (kept,) = drop_need_noise([first, total], PARSED)
    assert (kept.topic, kept.values, len(kept.quotes)) == ("quantity", ["180 cabinets"], 2)


def test_a_short_quote_of_a_longer_sentence_is_kept() -> None:
    need = _need(SOURCE, "Polish", "Bob")  # an LLM quotes a fragment of "We need a cleaning guide in Polish."
    assert drop_need_noise([need], PARSED) == [need]

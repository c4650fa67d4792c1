"""A revision is a new count of the same thing: a date or another product's count revises nothing."""

from __future__ import annotations

import datetime as dt

from assistant.summaries.need_revisions import join_revisions
from assistant.summaries.schema import Need, Quote
from assistant.text.conversation import parse_conversation


def _one(text: str, line: str, values: list[str]) -> Need:
    parsed = parse_conversation(text, we_names=("Ola",), today=dt.date(2028, 3, 1))
    start = text.index(line)
    q = Quote(text=line, start=start, end=start + len(line), speaker="Kit")
    [kept] = join_revisions([Need(text=line, topic="product", values=values, quotes=[q])], parsed)
    return kept


def test_a_date_after_make_it_is_no_revised_count() -> None:
    text = "Kit: As agreed before, we had said 800 lamps.\nKit: Could you make it by 14 June?\n"
    assert len(_one(text, "As agreed before, we had said 800 lamps.", ["800 lamps"]).quotes) == 1


def test_a_small_count_of_another_product_is_no_revision() -> None:
    text = "Kit: At first we wanted 800 lamps.\nKit: 12 benches are enough for the hall.\n"
    assert len(_one(text, "At first we wanted 800 lamps.", ["800 lamps"]).quotes) == 1


def test_a_small_count_of_the_same_product_still_revises() -> None:
    text = "Kit: At first we wanted 80 lamps.\nKit: 60 lamps are enough for the hall.\n"
    assert len(_one(text, "At first we wanted 80 lamps.", []).quotes) == 2


def test_a_bare_count_revises_the_counted_product() -> None:
    text = "Kit: At first we wanted 800 lamps.\nKit: Please make it 650 instead.\n"
    assert len(_one(text, "At first we wanted 800 lamps.", ["800 lamps"]).quotes) == 2

"""A clause that carries on our own line in minutes is ours: no need of the customer's."""

from __future__ import annotations

import datetime as dt

from assistant.summaries.need_sides import drop_our_continuations
from assistant.summaries.schema import Need, Quote
from assistant.summaries.speakers import Directory, Person, attribute
from assistant.text.conversation import parse_conversation

SOURCE = (
    "Call notes - Harbour Foods / our company\n"
    "Present: Nina Shaw (Harbour Foods), Tim Cole (our company)\n\n"
    "Tim Cole explained that the pilot crates were grey; series crates will be made in food-grade blue.\n"
    "Nina Shaw said every crate must stack eight high.\n"
)


def _parsed():
    directory = Directory(ours=(Person("Tim Cole"),), company_names=("Harbour Foods",))
    return attribute(
        parse_conversation(SOURCE, we_names=("Tim Cole",), today=dt.date(2029, 5, 2)), directory
    ).parsed


def _need(quote: str) -> Need:
    start = SOURCE.index(quote)
    return Need(text=quote, topic="product", quotes=[Quote(text=quote, start=start, end=start + len(quote))])


def test_what_we_will_make_said_on_in_our_line_is_no_need() -> None:
    ours = _need("series crates will be made in food-grade blue.")
    theirs = _need("Nina Shaw said every crate must stack eight high.")
    assert drop_our_continuations([ours, theirs], _parsed()) == [theirs]

"""Prices moved together but ending apart are one progress item each; ending alike, one item."""

from __future__ import annotations

from assistant.summaries.price_outcomes import outcome
from assistant.summaries.price_paths import with_paths
from assistant.summaries.price_pieces import find_paths
from assistant.summaries.schema import ProgressItem, Quote
from assistant.text.conversation import Sentence
from tests.summaries.sentences import unlabelled as _talk


def _said_in(quotes: list[Quote], s: Sentence) -> bool:
    return any(s.start <= q.start < s.end for q in quotes)


def test_one_price_taken_and_one_left_open_are_two_items() -> None:
    talk = _talk(
        ("we", "RL-30一台四百二，TB-8一台二百三"),
        ("customer", "RL-30四百，TB-8二百一"),
        ("we", "RL-30四百一，TB-8二百二"),
        ("customer", "TB-8二百二行，RL-30还要再想想"),
    )
    items = with_paths([], talk, "zh")
    assert len(items) == 2
    settled = next(i for i in items if "TB-8" in i.text)
    open_ = next(i for i in items if "RL-30" in i.text)
    assert "成交" in settled.text and "成交" not in open_.text
    assert _said_in(settled.quotes, talk[3][0]) and not _said_in(open_.quotes, talk[3][0])


def test_two_prices_taken_together_stay_one_item() -> None:
    talk = _talk(
        ("we", "Trays are 7.20 and lids 3.10"),
        ("customer", "7.00 and 2.90"),
        ("we", "OK 7.05 and 2.95"),
        ("customer", "7.05 is fine and 2.95 is fine"),
    )
    assert [outcome(p) for p in find_paths(talk)] == ["agreed", "agreed"]
    [item] = with_paths([], talk, "en")
    assert item.text.count("agreed") == 2 and "no answer" not in item.text


def test_the_customers_acceptance_goes_with_the_price_it_takes() -> None:
    talk = _talk(
        ("we", "GX-12一套六百五，PD-5一套一百八"),
        ("customer", "GX-12六百，PD-5一百六"),
        ("we", "GX-12六百二，PD-5一百七"),
        ("customer", "GX-12六百二还得商量，PD-5一百七可以"),
    )
    last = talk[3][0]
    said = Quote(text=last.text, start=last.start, end=last.end, speaker="customer")
    taken = ProgressItem(text="成交：PD-5一百七", kind="agreement", by="customer", quotes=[said])
    items = with_paths([taken], talk, "zh")
    settled = next(i for i in items if "PD-5" in i.text)
    open_ = next(i for i in items if "GX-12" in i.text)
    assert said in settled.quotes and said not in open_.quotes

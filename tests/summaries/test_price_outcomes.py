"""Prices moved together but ending apart are one progress item each; ending alike, one item."""

from __future__ import annotations

from assistant.summaries.price_paths import with_paths
from assistant.summaries.schema import Quote
from assistant.text.conversation import Sentence


def _talk(*lines: tuple[str, str]) -> list[tuple[Sentence, str]]:
    """(role, text) lines with no label, laid end to end one character apart."""
    out, at = [], 0
    for role, text in lines:
        out.append((Sentence(text=text, start=at, end=at + len(text), speaker=role, role=role), "none"))
        at += len(text) + 1
    return out


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
        ("customer", "deal, 7.05 and 2.95"),
    )
    items = with_paths([], talk, "en")
    assert len(items) == 1

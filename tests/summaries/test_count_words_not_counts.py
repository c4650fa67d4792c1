"""Figures after a word of change that are no counts: haggled prices, dates, times, streets, standards."""

from __future__ import annotations

import pytest

from assistant.summaries.count_words import change_counts, counts
from assistant.summaries.numbers import asked_quantities


@pytest.mark.parametrize(
    "text",
    [
        "Would you drop it to 61?",
        "Could you take it down to 33?",
        "Make it 38 each and the order is yours.",
        "Make it 27 and we have an agreement.",
        "Make it 19 per box and we sign today.",
        "the unit price was lowered to 88 and we need 30 crates",
    ],
)
def test_a_haggled_figure_is_no_count(text: str) -> None:
    assert all(not v.startswith(("61", "33", "38", "27", "19", "88")) for v in asked_quantities(text))


@pytest.mark.parametrize(
    "text",
    [
        "Hold on, no wait, 18 March suits us more.",
        "sorry, I meant 22 October",
        "Could you make it 7 April?",
        "make it 11 am",
        "Make it 4 pm please",
        "Make it 9 o'clock",
        "change the shipping address to 14 Harbour Road",
        "we are moving the call to 16",
    ],
)
def test_a_date_time_or_street_is_no_count(text: str) -> None:
    assert list(change_counts(text)) == []


@pytest.mark.parametrize("text", ["make it 3.5k", "make it 14 hundred", "make it 2.75 thousand"])
def test_a_scaled_or_decimal_figure_is_not_read_as_its_first_digits(text: str) -> None:
    assert list(change_counts(text)) == []


@pytest.mark.parametrize(
    "text", ["We got 80 ISO-14001 audits done", "the lamps are 60 IP-67 rated", "We use 310 TK-4 today."]
)
def test_a_standard_or_what_is_already_used_is_no_coded_count(text: str) -> None:
    assert list(counts(text)) == []


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        ("You wrote 900, too many, make it 700.", ["700 pcs"]),
        ("Make that seven.", ["7 pcs"]),
        ("Please raise the order to 260 stools.", ["260 stools"]),
        ("Make it 45 stools, not 50.", ["45 stools"]),
    ],
)
def test_counts_with_a_noun_or_an_earlier_figure_still_count(text: str, wanted: list[str]) -> None:
    assert [v for *_, v in change_counts(text)] == wanted

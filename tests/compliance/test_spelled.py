"""Phone numbers spelled out in English digit words are contact details; counting words are not."""

from __future__ import annotations

from assistant.compliance.matcher import scan_text
from assistant.compliance.spelled import phones, spell


def test_spell_reads_digits_and_repeats() -> None:
    assert spell(["one", "five", "double", "eight", "triple", "zero", "oh"]) == "15880000"


def test_a_spelled_mobile_is_a_phone() -> None:
    text = "text me on one five eight, two two three three, four four five five"
    hits = [h for h in scan_text(text).hits if h.rule == "phone"]
    assert hits and hits[0].matched.startswith("one five eight")


def test_repeats_and_dashes_are_read() -> None:
    assert phones("ring one three six-double nine-one two-three four five") != []


def test_a_few_number_words_are_not_a_phone() -> None:
    assert scan_text("We offer one two three tiers of service").hits == ()
    assert scan_text("Ship five hundred pieces in two weeks").hits == ()

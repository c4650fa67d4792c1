"""Honorifics before English names (:mod:`assistant.text.titles`): no sentence ends at their full stop."""

from __future__ import annotations

import re

from assistant.text.conversation import parse_conversation
from assistant.text.titles import HONORIFIC, NOT_AFTER_HONORIFIC


def test_no_sentence_ends_after_an_honorific_eng_included() -> None:
    text = "Eng. Faisal Al-Harbi will send the serial numbers tomorrow. Dr. Khalid agreed."
    assert [s.text for s in parse_conversation(text).sentences] == [
        "Eng. Faisal Al-Harbi will send the serial numbers tomorrow.",
        "Dr. Khalid agreed.",
    ]


def test_the_patterns_match_each_honorific_and_only_as_a_whole_word() -> None:
    assert all(re.match(HONORIFIC, w + ". Li") for w in ("Mr", "Mrs", "Ms", "Miss", "Dr", "Prof", "Eng", "Engr"))
    assert re.search(rf"{NOT_AFTER_HONORIFIC}\.", "Mr.") is None
    assert re.search(rf"{NOT_AFTER_HONORIFIC}\.", "in English.") is not None  # "English." ends a sentence


def test_eng_without_its_full_stop_is_a_surname() -> None:
    assert re.match(HONORIFIC, "Eng Kok Hwa") is None
    assert re.match(HONORIFIC, "Eng. Faisal") is not None

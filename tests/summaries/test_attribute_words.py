"""Colour, finish and size words, as the follow-up readers use them."""

from __future__ import annotations

import pytest

from assistant.summaries.attribute_words import ATTRIBUTE_EN, COLOUR
from assistant.summaries.done_answers import step_answered
from assistant.summaries.need_drops import dropped_needs
from assistant.summaries.schema import Need, Quote


@pytest.mark.parametrize("word", ["maroon", "teak", "charcoal", "灰色", "Turquoise"])
def test_colours_and_finishes_in_both_languages(word: str) -> None:
    assert COLOUR.search(f"the frame in {word}")


def test_no_colour_inside_other_words() -> None:
    assert not COLOUR.search("a reddish tanker, credit terms")
    assert not ATTRIBUTE_EN.search("largely ready")


def test_a_finish_chosen_answers_a_colour_step() -> None:
    step = "Customer confirms the finish colour of the shelving"
    assert step_answered(step, ["For the shelving colour we'll go with teak."]) is not None


def test_a_finish_named_instead_changes_a_need_rather_than_dropping_it() -> None:
    text = "Maple finish on 40 bar stools"
    needs = [Need(text=text, topic="other", quotes=[Quote(text=text, start=0, end=len(text))])]
    assert dropped_needs(needs, ["Skip the maple on the bar stools, cherry instead."]) == []
    assert dropped_needs(needs, ["We no longer need the bar stools."]) == [text]

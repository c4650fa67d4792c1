"""A customer's contact who moves to another branch and the named successor (:mod:`contact_handover`).

Written anew, not taken from any evaluation set: "I move to our Lisbon office from 3 June" is a
change of post with its timing; "Marta Silva will take over purchasing for the project" names who
takes over once a change was said.
"""

from __future__ import annotations

import pytest

from assistant.summaries.contact_handover import handover_sentences, leaves_post
from assistant.text.conversation import Sentence


def _s(text: str, role: str = "customer", start: int = 0) -> Sentence:
    return Sentence(text=text, start=start, end=start + len(text), speaker="x", role=role)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "text",
    [
        "Please note that I move to our Lisbon office from 3 June.",
        "I am moving to the Porto branch next month.",
    ],
)
def test_a_move_to_another_branch_is_a_contact_change(text: str) -> None:
    assert leaves_post(_s(text))


@pytest.mark.parametrize(
    "text",
    [
        "We move to our new warehouse from 3 June.",  # the company's site, not a person
        "The goods move to the Porto branch next month.",
    ],
)
def test_a_site_move_is_no_contact_change(text: str) -> None:
    assert not leaves_post(_s(text))


def test_the_successor_who_will_take_over_joins_the_change() -> None:
    move = _s("Please note that I move to our Lisbon office from 3 June.", start=0)
    succ = _s("Marta Silva will take over purchasing for this project.", start=60)
    assert handover_sentences([move, succ]) == [move, succ]

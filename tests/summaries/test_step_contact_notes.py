"""A customer's note that they move on is a contact-change risk, not a next step, though it says "please note"."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.summaries import movement as mv
from assistant.summaries.step_rules import not_a_step
from assistant.text.conversation import parse_conversation


def _sentence(text: str):
    parsed = parse_conversation(f"Us: Thanks for the update.\nThem: {text}", today=dt.date(2030, 5, 6))
    return parsed.sentences[-1]


@pytest.mark.parametrize(
    "text",
    [
        "Please note that I move to our Gdansk branch from 1 June.",
        "Please be aware I am transferring to our Porto plant next month.",
        "I move to the Lyon office at the end of May.",
    ],
)
def test_a_move_to_another_office_is_a_contact_change_and_no_step(text: str) -> None:
    s = _sentence(text)
    assert mv.CONTACT_CHANGE.search(s.text) and not_a_step(s, True)


def test_a_request_beside_the_move_still_is_a_step() -> None:
    assert not not_a_step(_sentence("I move to our Gdansk branch in June, so please send the contract before that."), True)

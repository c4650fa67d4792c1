"""A move to another post is a contact change; a trip with a purpose is not (:data:`movement.POST_MOVE`).

Written anew, not taken from any evaluation set: "I'm moving to our Oslo office from June" changes
who the customer's contact is; "I'm moving to the site next week to oversee the installation" is a
trip, and our own "I move to our Ningbo plant to check the moulds, and I will send you photos by
Friday" stays our step.
"""

from __future__ import annotations

import pytest

from assistant.summaries import movement as mv
from assistant.summaries.contact_handover import leaves_post
from assistant.summaries.step_rules import not_a_step
from tests.summaries.sentences import alone as _s


@pytest.mark.parametrize(
    "text",
    [
        "I'm moving to the site next week to oversee the installation.",
        "Next Monday I move to the plant to check the first batch.",
        "I'm moving to our Turin site for two days to audit the line.",
    ],
)
def test_a_trip_with_a_purpose_is_no_contact_change(text: str) -> None:
    assert not leaves_post(_s(text))
    assert not mv.CONTACT_CHANGE.search(text)


@pytest.mark.parametrize(
    "text",
    [
        "I'm moving to our Oslo office from June.",
        "From next month I move to our Lyon branch.",
        "I'm transferring to the Porto plant in May.",
        "She is moving to our Graz subsidiary from 1 July to lead the sales team.",
    ],
)
def test_a_move_to_another_post_is_a_contact_change(text: str) -> None:
    assert leaves_post(_s(text))
    assert mv.CONTACT_CHANGE.search(text)


def test_our_trip_with_a_promise_stays_a_step() -> None:
    said = _s("Tomorrow I move to our Ningbo plant to check the moulds, and I will send you photos by Friday.", "we")
    assert not not_a_step(said, True)

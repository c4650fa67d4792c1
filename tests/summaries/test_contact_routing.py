"""Orders or purchasing routed to another person from a given time (:mod:`assistant.summaries.contact_handover`).

Written anew, not taken from any evaluation set: "starting Monday, purchase orders go via Dana",
"下个月起订货找小刘" or "I'm passing spare-parts buying to our new buyer" names a new contact for the
business — a contact change even though nobody says they leave. A system or a channel the orders
go through, our own side and the speaker who stays the contact are not.
"""

from __future__ import annotations

import pytest

from assistant.summaries.contact_handover import leaves_post
from assistant.text.conversation import Sentence
from tests.summaries.sentences import alone as _s


@pytest.mark.parametrize(
    "text",
    [
        "btw starting monday purchase orders go via Dana, im on the new site",
        "From next month all orders will go through Piet (piet@example.test).",
        "下个月起订货找小刘，他电话我发你",
        "以后下单直接找采购部的孙燕",
        "From 3 May I am passing spare-parts buying to our new buyer, Lena Ortiz.",
    ],
)
def test_orders_routed_to_someone_else_are_a_contact_change(text: str) -> None:
    assert leaves_post(_s(text))


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("From next month orders go through our web portal.", "customer"),
        ("以后下单找我就行", "customer"),
        ("From next week orders go through Mei in our Ningbo office.", "we"),
        ("The order goes through customs next week.", "customer"),
        ("以后下单要走OA审批", "customer"),
    ],
)
def test_a_channel_ourselves_or_the_same_contact_is_no_change(text: str, role: str) -> None:
    assert not leaves_post(_s(text, role))


def test_the_successor_who_takes_over_the_project_joins_the_change() -> None:
    from assistant.summaries.contact_handover import handover_sentences

    texts = [
        "Quick note: I'm moving to our Lyon office from June.",
        "Hugo Lambert, our buyer for spare parts, will take over the fitting-out project here.",
    ]
    sents, pos = [], 0
    for text in texts:
        sents.append(Sentence(text=text, start=pos, end=pos + len(text), speaker="x", role="customer"))  # type: ignore[arg-type]
        pos += len(text) + 1
    assert handover_sentences(sents) == sents
    alone = Sentence(text=texts[1], start=0, end=len(texts[1]), speaker="x", role="customer")  # type: ignore[arg-type]
    assert handover_sentences([alone]) == []

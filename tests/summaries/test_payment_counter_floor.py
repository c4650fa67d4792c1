"""Our minimum deposit against the customer's milestones (:mod:`assistant.summaries.payment_terms`): both in the credit risk."""

from __future__ import annotations

import pytest

from assistant.summaries.payment_cues import names_term
from assistant.summaries.payment_terms import file_payment_terms, payment_gap
from tests.summaries.sentences import said


def _labelled(*turns: tuple[str, str, str]) -> list:
    sents = said(*((text, role) for role, text, _ in turns))
    return list(zip(sents, [lab for _, _, lab in turns], strict=True))


def test_our_floor_on_the_deposit_is_our_counter_zh() -> None:
    talk = _labelled(
        ("customer", "付款按我们的惯例：下单付15%，到厂付35%，调试完付40%，剩下10%一年后付。", "need"),
        ("we", "15%预付太少了，我们至少要三成预付。", "none"),
    )
    gap = payment_gap(talk)
    assert gap is not None and [s.text for s in gap.ours] == ["15%预付太少了，我们至少要三成预付。"]
    (risk,) = file_payment_terms(talk, [], [], "zh")[0]
    assert risk.category == "payment" and len(risk.quotes) == 2


def test_our_terms_said_back_as_ours_en() -> None:
    talk = _labelled(
        ("customer", "Could we pay 20% with the order and 80% sixty days after the goods arrive?", "need"),
        ("we", "Our terms are 40% deposit and the balance before shipment.", "none"),
    )
    gap = payment_gap(talk)
    assert gap is not None and [s.text for s in gap.ours] == ["Our terms are 40% deposit and the balance before shipment."]


def test_a_share_now_and_the_rest_on_arrival_said_with_a_word_of_paying_is_their_term_against_ours() -> None:
    """The rule: "X% now and the rest when…" names a term only with a word of paying in its sentence ("payment")."""
    talk = _labelled(
        ("customer", "also on payment, could we do 25% now and the rest when the boats arrive?", "none"),
        ("we", "Our terms are 40% deposit and the balance before shipment.", "none"),
        ("customer", "hmm, we'd need to think about that.", "none"),
    )
    gap = payment_gap(talk)
    assert gap is not None
    assert [s.text for s in gap.theirs] == [talk[0][0].text]
    assert [s.text for s in gap.ours] == [talk[1][0].text]


@pytest.mark.parametrize(
    "text",
    [
        "could we do 35% now and the rest when the trucks arrive?",
        "Please dispatch 35% now and the balance when the new depot opens.",
        "Ship 20% now and the remainder once the site is cleared, payment as agreed.",
        "could we do 35% now and the balance when the depot opens?",
    ],
)
def test_a_split_with_no_word_of_paying_or_of_goods_is_no_payment_term(text: str) -> None:
    assert not names_term(text)


def test_a_split_with_a_word_of_paying_is_a_payment_term() -> None:
    assert names_term("on the invoice, could we do 35% now and the rest when the trucks arrive?")

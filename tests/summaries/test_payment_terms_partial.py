"""A payment term accepted only in part, and our approval still awaited (:mod:`payment_terms`, :mod:`payment_cues`).

"The 40% deposit is fine." followed by "The rest 90 days after arrival I cannot confirm myself: I have asked
our finance manager." accepts the deposit only: the customer's balance term is still open. "I'm still waiting
for our finance director on that" after their term is the approval our side still needs.
"""

from __future__ import annotations

from assistant.summaries.payment_terms import payment_gap
from tests.summaries.sentences import labelled as _talk


def test_the_deposit_accepted_but_the_balance_referred_stays_open() -> None:
    talk = _talk(
        ("customer", "We can pay a 40% deposit", "agreement"),
        ("customer", "and the rest 90 days after the goods arrive in Lagos.", "need"),
        ("we", "The 40% deposit is fine.", "agreement"),
        ("we", "The rest 90 days after arrival I cannot confirm myself: I have asked our finance manager.", "risk:credit"),
    )
    gap = payment_gap(talk)
    assert gap is not None and [s.text for s in gap.theirs][-1].startswith("and the rest 90 days")


def test_the_whole_term_accepted_settles_it() -> None:
    talk = _talk(
        ("customer", "We can pay a 40% deposit", "agreement"),
        ("customer", "and the rest 90 days after the goods arrive in Lagos.", "need"),
        ("we", "40% deposit and 90 days after arrival is fine.", "agreement"),
        ("we", "I'll put it in the contract.", "next_step"),
    )
    assert payment_gap(talk) is None


def test_waiting_for_our_director_is_the_approval_still_needed() -> None:
    talk = _talk(
        ("we", "On payment, is your position the same?", "none"),
        ("customer", "Yes: a third of it 120 days after installation.", "need"),
        ("we", "I'm still waiting for our finance director on that.", "none"),
    )
    gap = payment_gap(talk)
    assert gap is not None and [s.text for s in gap.ours] == ["I'm still waiting for our finance director on that."]

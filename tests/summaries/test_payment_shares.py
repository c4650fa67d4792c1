"""Payment splits said in words: shares with their time, a balance put off (:mod:`assistant.summaries.payment_cues`).

Written anew, not taken from any evaluation set: "could we pay half now and half after the audit?",
"a deposit of fifteen percent and the balance in March", "the rest when our client pays us" name the
customer's own split; a share of goods ("half the crates now") or a share without a time is no term.
"""

from __future__ import annotations

import pytest

from assistant.summaries.payment_terms import names_term, payment_gap
from tests.summaries.test_payment_terms import _talk


@pytest.mark.parametrize(
    "text",
    [
        "could we pay half now and half after the audit?",
        "We would pay a deposit of fifteen percent and the balance in March.",
        "We pay 10% upfront and the rest when our client pays us.",
        "pay 40 percent with the order, ok?",
    ],
)
def test_a_split_in_words_is_a_term(text: str) -> None:
    assert names_term(text)


@pytest.mark.parametrize(
    "text",
    ["Send half the crates now and half next month.", "Half of our stores want the blue one.", "We paid half the invoice."],
)
def test_goods_or_a_share_without_a_time_is_no_term(text: str) -> None:
    assert not names_term(text)


def test_their_split_in_words_against_ours_is_an_open_gap() -> None:
    talk = _talk(
        ("we", "For a first order we ask 100% before shipping.", "none"),
        ("customer", "could we pay half now and half after the audit?", "none"),
    )
    gap = payment_gap(talk)
    assert gap is not None and gap.theirs[0].text.startswith("could we pay half")

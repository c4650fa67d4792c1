"""The most the customer can pay now, said as a share (:mod:`assistant.summaries.payment_cues`).

Written anew, not taken from any evaluation set: "15% today is all we can manage until the grant
clears" states the customer's own term against our deposit, so it is read as a payment term and
quoted with the credit risk; a discount or a price rise given as a share "now" is no term.
"""

from __future__ import annotations

import pytest

from assistant.summaries.payment_terms import names_term, payment_gap
from tests.summaries.test_payment_terms import _talk


@pytest.mark.parametrize(
    "text",
    ["15% today is all we can manage until the grant clears", "30% now is the most our treasurer allows"],
)
def test_a_cap_on_what_is_paid_now_is_a_term(text: str) -> None:
    assert names_term(text)


@pytest.mark.parametrize("text", ["Prices are 5% higher now than in spring", "We can give 3% now as a loyalty discount"])
def test_a_share_of_the_price_now_is_no_term(text: str) -> None:
    assert not names_term(text)


def test_the_cap_joins_the_customers_open_terms() -> None:
    talk = _talk(
        ("we", "Our terms are 40% deposit with the order and 60% before shipment.", "none"),
        ("customer", "We can pay 15% with the order and 85% after installation.", "need"),
        ("customer", "15% today is all we can manage until the grant clears", "none"),
    )
    gap = payment_gap(talk)
    assert gap is not None and [s.text for s in gap.theirs][-1].startswith("15% today")


def test_a_promise_with_their_own_term_for_the_balance_is_still_their_term() -> None:
    talk = _talk(
        ("we", "定金三成 发货前付清余款", "none"),
        ("customer", "定金我明天转你 余款等货到验收完再付可以吗", "none"),
    )
    gap = payment_gap(talk)
    assert gap is not None and gap.theirs[0].text.startswith("定金我明天转你")
    assert payment_gap(_talk(("we", "定金三成 发货前付清余款", "none"), ("customer", "好的，定金我明天转你", "none"))) is None

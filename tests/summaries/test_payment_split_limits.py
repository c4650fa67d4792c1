"""Shares and "the rest" that are no payment split (:mod:`assistant.summaries.payment_cues`).

Written anew: goods taken now and the rest later, staff away, a discount ceiling or a share of the
stock name no payment term; a split that names paying still does.
"""

from __future__ import annotations

import pytest

from assistant.summaries.payment_cues import names_term


@pytest.mark.parametrize(
    "text",
    [
        "We'll collect 300 pallets now and the rest in October.",
        "Send 40% of the glass first and the remainder in August.",
        "A third of the crew is off sick, the rest in July.",
        "15% now is the most we can shave off the list price.",
        "25% today is all we can absorb of the inventory.",
    ],
)
def test_goods_staff_and_discounts_are_no_payment_split(text: str) -> None:
    assert not names_term(text)


@pytest.mark.parametrize(
    "text",
    ["We can pay half now and the balance in October.", "A deposit of thirty percent, the balance in August."],
)
def test_a_split_that_names_paying_is_a_term(text: str) -> None:
    assert names_term(text)

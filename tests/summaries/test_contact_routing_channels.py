"""Orders routed to a port, a system, a department or our own staff are no contact change (:mod:`assistant.summaries.contact_handover`).

Written anew: the business moving to another person on the customer's side is a new contact; moving
to a harbour, a purchasing platform, a department, the seller's own staff, or to a colleague who only
approves while the same buyer still signs, is not.
"""

from __future__ import annotations

import pytest

from assistant.summaries.contact_handover import leaves_post
from tests.summaries.sentences import alone as _s


@pytest.mark.parametrize(
    "text",
    [
        "From August our orders will go via Rotterdam instead of Antwerp.",
        "From next quarter all orders go through Coupa.",
        "From May the invoices go to Accounts Payable.",
        "下个月起下单直接发给你们小李就行",
        "以后订货找你们销售就行",
        "以后下单发到邮箱就行",
        "From June orders go to Marta for approval, I still sign them.",
    ],
)
def test_ports_systems_departments_and_your_staff_are_no_new_contact(text: str) -> None:
    assert not leaves_post(_s(text))


@pytest.mark.parametrize("text", ["From June orders go to Marta, she runs buying now.", "下个月起下单找老周"])
def test_a_person_on_their_side_still_is(text: str) -> None:
    assert leaves_post(_s(text))

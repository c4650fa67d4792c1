"""A customer's need that names an order, a deposit or a transit time is no fact of ours."""

from __future__ import annotations

import datetime as dt

from assistant.summaries.need_facts import drop_fact_needs, states_fact
from assistant.summaries.schema import Need, Quote
from assistant.text.conversation import parse_conversation


def test_what_the_order_or_the_terms_must_be_is_a_need() -> None:
    assert not states_fact("We need the shipment delivered to Rotterdam before 12 June.")
    assert not states_fact("We need the order packed on euro pallets.")
    assert not states_fact("We need the deposit share to be 20% at most, not 40%.")


def test_please_after_a_lead_time_asks_for_something() -> None:
    assert not states_fact("Transit takes 30 days, so please load the container by 2 June.")
    assert not states_fact("The lab expects the results in five weeks; please push them to hurry.")
    assert states_fact("Lead time is 35 days, please note.")


def test_our_condition_still_a_fact_when_we_say_it() -> None:
    assert states_fact("We need your order and the deposit by 9 March.")
    assert states_fact("we need the PO first")


def test_the_customer_needing_the_order_by_a_date_wants_the_goods() -> None:
    assert not states_fact("We need the order by 30 May.", "customer")
    assert states_fact("We need the order by 30 May.", "we")
    assert states_fact("We need the signed contract and the deposit by 30 May.", "customer")


def test_the_customer_asking_for_their_order_is_never_our_condition() -> None:
    text = "Mira: We need the PO confirmed by you before 9 March.\nTom: Sure.\nMira: We need the order before the fair.\n"
    parsed = parse_conversation(text, we_names=("Tom",), today=dt.date(2028, 3, 1))
    needs = []
    for line in ("We need the PO confirmed by you before 9 March.", "We need the order before the fair."):
        start = text.index(line)
        q = Quote(text=line, start=start, end=start + len(line), speaker="Mira")
        needs.append(Need(text=line, topic="other", quotes=[q]))
    assert len(drop_fact_needs(needs, parsed)) == 2

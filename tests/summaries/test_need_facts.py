"""Lead times, test results and our own conditions are facts, not the customer's needs."""

from __future__ import annotations

from assistant.summaries.need_facts import drop_fact_needs, states_fact
from assistant.summaries.schema import Need, Quote


def test_lead_and_transit_times_are_facts() -> None:
    assert states_fact("Manufacturing is 40 days and air freight to Doha about 6 days.")
    assert states_fact("Lead time is 28 working days after the deposit.")
    assert states_fact("生产周期一般是四十天，海运再加二十天。")


def test_test_results_are_facts() -> None:
    assert states_fact("The new fryer passed the burn-in test last week.")
    assert states_fact("The freezer holds minus 25 C for 14 hours in our lab")
    assert states_fact("the lab expects the report in about five weeks")
    assert states_fact("上批样品检测合格了")


def test_our_condition_for_their_order_is_not_their_need() -> None:
    assert states_fact("To ship in May we need your order and deposit by 3 April.")


def test_a_required_lead_time_or_test_stays_a_need() -> None:
    assert not states_fact("Lead time must be under 30 days.")
    assert not states_fact("交期不能超过四十天")
    assert not states_fact("We need a lead time of 25 days at most.")
    assert not states_fact("Every unit must pass the drop test before shipping.")
    assert not states_fact("We need 600 fryers by June.")


def test_only_needs_made_of_facts_are_dropped() -> None:
    fact, want = "Manufacturing is 40 days.", "We need 600 fryers by June."
    both = [
        Need(text=t, topic="product", quotes=[Quote(text=t, start=i * 100, end=i * 100 + len(t))])
        for i, t in enumerate((fact, want))
    ]
    assert [n.text for n in drop_fact_needs(both)] == [want]


def test_a_count_wanted_on_a_test_condition_is_no_fact() -> None:
    assert not states_fact("We still plan 900 pots, but only if the frost test is passed.")

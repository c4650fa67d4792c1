"""Which turn an overrun of lead times reports (:mod:`assistant.summaries.timeline_sums`), in wording of our own.

A turn that starts its stages from a date of its own outweighs stages counted from today, and a
needed-by date said inside the turn that adds the stages up is that turn's deadline even when the
clause names no goods.
"""

from __future__ import annotations

import datetime as dt

from assistant.summaries.timeline_sums import overrun
from tests.summaries.sentences import said as _seq

TODAY = dt.date(2031, 5, 6)


def test_a_turn_with_its_own_start_date_is_preferred_over_a_count_from_today() -> None:
    sents = _seq(
        ("Production takes six weeks, and sea freight another five weeks.", "we"),
        ("We need the units on site by 15 July.", "customer"),
        ("If the order has to wait for the board meeting on 20 May", "customer"),
        ("your eleven weeks take us into August.", "customer"),
    )
    assert overrun(sents, TODAY) == [sents[1], sents[2], sents[3]]


def test_a_need_date_inside_the_summing_turn_is_its_deadline() -> None:
    sents = _seq(
        ("Suppose the money only comes after the board meets on 2 June", "customer"),
        ("then your eight weeks take us to early August", "customer"),
        ("two weeks after the 20 July we need.", "customer"),
    )
    assert overrun(sents, TODAY) == sents


def test_a_need_date_in_a_turn_without_stages_still_needs_the_goods_named() -> None:
    sents = _seq(
        ("Casting takes five weeks, and trucking another two weeks.", "we"),
        ("Our auditors want it settled before the 30 May we agreed.", "customer"),
    )
    assert overrun(sents, TODAY) == []

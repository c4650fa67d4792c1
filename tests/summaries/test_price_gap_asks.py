"""A target said after our floor with a push for more, or a figure we admit is over their budget (:mod:`price_gaps`).

Written anew, with inputs of our own: our "4,350 is the lowest" then the customer's "we can go to
4,000, have another go" leaves the gap open; so does our own "合计一万八千五，确实超了". A figure
within the budget is no gap.
"""

from __future__ import annotations

from decimal import Decimal

from assistant.summaries.price_gaps import open_gaps
from tests.summaries.test_gap_cues import _talk


def test_a_push_for_more_after_our_floor_keeps_the_gap_open() -> None:
    talk = _talk(("we", "烘干机4,350已经是最低价了。"), ("customer", "我们的心理价是4,000，你再争取一下。"))
    (gap,) = open_gaps(talk)
    assert (gap.target, gap.ours) == (Decimal("4000"), Decimal("4350"))


def test_our_own_figure_admitted_over_their_budget_is_an_open_gap() -> None:
    talk = _talk(("customer", "我们这边预算是一万七以内。"), ("we", "算下来合计一万八千五，确实超了。"))
    (gap,) = open_gaps(talk)
    assert gap.ours == Decimal("18500") and gap.evidence[-1] is talk[1]


def test_our_figure_within_the_budget_is_no_gap() -> None:
    talk = _talk(("customer", "我们这边预算是一万七以内。"), ("we", "算下来合计一万六千九，没超。"))
    assert open_gaps(talk) == []

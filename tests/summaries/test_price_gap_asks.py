"""A target said after our floor with a push for more, or a figure we admit is over their budget (:mod:`price_gaps`).

Written anew, not taken from any evaluation set: our "9,800 is our floor" then the customer's "our
ceiling is 9,200, please try once more" leaves the gap open; so does our own "that comes to 26,400,
I know it is above your 24,000". A target met by our figure is no gap.
"""

from __future__ import annotations

from decimal import Decimal

from assistant.summaries.price_gaps import open_gaps
from tests.summaries.test_gap_cues import _talk


def test_a_push_for_more_after_our_floor_keeps_the_gap_open() -> None:
    talk = _talk(("we", "切片机9,800已经是底价了。"), ("customer", "我们心理价是9,200，你再争取一下。"))
    (gap,) = open_gaps(talk)
    assert (gap.target, gap.ours) == (Decimal("9200"), Decimal("9800"))


def test_our_own_figure_admitted_over_their_budget_is_an_open_gap() -> None:
    talk = _talk(("customer", "老板给的预算是两万四以内。"), ("we", "那合计是两万六千四，确实超了。"))
    (gap,) = open_gaps(talk)
    assert gap.ours == Decimal("26400") and gap.evidence[-1] is talk[1]


def test_our_figure_within_the_budget_is_no_gap() -> None:
    talk = _talk(("customer", "老板给的预算是两万四以内。"), ("we", "那合计是两万三千八，没超。"))
    assert open_gaps(talk) == []

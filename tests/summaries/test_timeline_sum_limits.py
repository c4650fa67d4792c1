"""Limits of the lead-time sums (:mod:`assistant.summaries.timeline_sums`), in wording of our own.

A date for paying, invoicing or a document is no date the goods are needed by; a period of
support, a track record or a validity is no stage; two equal stages both count; a quote valid
"until" a date does not start the stages on that date.
"""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.summaries.timeline_sums import lead_days, overrun
from tests.summaries.sentences import said as _seq

TODAY = dt.date(2031, 5, 6)


@pytest.mark.parametrize(
    "later",
    [
        "Your invoice has to be settled by 19 May.",
        "On 19 May we need to transfer the down payment regardless.",
        "By 19 May we need the revised tariff sheet and price list from you.",
        "The purchase order has to be placed by 19 May at the latest.",
        "最晚5月19号要下单",
    ],
)
def test_a_payment_or_paperwork_date_is_no_deadline_for_the_goods(later: str) -> None:
    sents = _seq(("Fabrication runs 4 weeks, trucking another 2 weeks.", "we"), (later, "customer"))
    assert overrun(sents, TODAY) == []


def test_the_goods_needed_on_site_still_make_a_deadline() -> None:
    sents = _seq(("Fabrication runs 4 weeks, trucking another 2 weeks.", "we"), ("We need the pumps on site by 19 May.", "customer"))
    assert overrun(sents, TODAY) == sents


def test_support_periods_and_track_records_are_no_stage() -> None:
    assert lead_days("Commissioning takes three days and we include 18 months of support.") == 3
    assert lead_days("Trucking takes 10 days; our delivery performance over the past 9 months speaks for itself.") == 10


def test_two_equal_stages_both_count_and_only_a_marked_total_is_not_added() -> None:
    assert lead_days("assembly 5 weeks, freight 5 weeks") == 70
    assert lead_days("Casting is 20 days and painting 10 days, 30 days in total.") == 30


def test_a_validity_date_does_not_start_the_stages() -> None:
    sents = _seq(
        ("The offer is valid until 28 May, fabrication takes 3 weeks, trucking 1 week.", "we"),
        ("We need everything by 9 June.", "customer"),
    )
    assert overrun(sents, TODAY) == []


def test_in_place_by_a_date_is_still_a_deadline() -> None:
    sents = _seq(("Everything has to be in place by 20 May.", "customer"), ("Fabrication runs 4 weeks, trucking another 2 weeks.", "we"))
    assert overrun(sents, TODAY) == [sents[0], sents[1]]


def test_a_past_opening_or_a_required_completion_is_no_deadline_or_start() -> None:
    past = _seq(("去年5月10号开业的，生意还行", "customer"), ("这批柜子生产要三周，物流两周", "we"))
    assert overrun(past, TODAY) == []
    required = _seq(("业主要求6月10号完工，", "customer"), ("安装要两周，调试一周", "we"), ("7月20号开业", "customer"))
    assert overrun(required, TODAY) == []  # 6 May + 21 days ends before the opening; 6月10号 is no start


def test_the_goods_must_be_there_by_a_date_whatever_follows() -> None:
    sents = _seq(
        ("They have to be in Rotterdam by 25 May so we can train the staff.", "customer"),
        ("Fabrication runs 4 weeks, trucking another 2 weeks.", "we"),
    )
    assert overrun(sents, TODAY) == [sents[0], sents[1]]


def test_by_then_takes_the_date_said_before_it() -> None:
    sents = _seq(
        ("The first course starts on Mon 25 May, everything needs to be here by then.", "customer"),
        ("Fabrication runs 4 weeks, trucking another 2 weeks.", "we"),
    )
    assert overrun(sents, TODAY) == [sents[0], sents[1]]

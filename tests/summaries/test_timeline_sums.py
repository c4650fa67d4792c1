"""Lead times added up from a start against a deadline (:mod:`assistant.summaries.timeline_sums`).

Written anew, not taken from any evaluation set: production, shipping and installation times said
one after another finish on a date; when that date falls after the date the goods are needed by
(an opening, a handover, "the date we need"), the schedule is a timeline risk, quoting the lead
times and the deadline. Lead times that fit, payment periods and warranties are no risk.
"""

from __future__ import annotations

import datetime as dt

from assistant.summaries.learned_risks import learned_risks
from assistant.summaries.timeline_sums import lead_days, overrun
from evals.eval_summaries_blind import demo_catalog
from tests.summaries.sentences import said as _seq

TODAY = dt.date(2031, 5, 6)


def test_lead_days_add_each_stage_and_take_the_top_of_a_range() -> None:
    assert lead_days("模具加工要四周，喷涂再要十天") == 38
    assert lead_days("Fabrication takes three weeks, then trucking about 8-10 days.") == 31
    assert lead_days("Milling is 12 days; fitting on site another two weeks.") == 26


def test_a_stated_total_is_not_counted_twice() -> None:
    assert lead_days("Casting is 20 days and painting 10 days, so 30 days in all.") == 30


def test_payment_periods_and_warranties_are_no_lead_time() -> None:
    assert lead_days("We pay 60 days after delivery and the warranty is 24 months.") == 0
    assert lead_days("账期60天，质保12个月") == 0


def test_stages_that_end_after_the_opening_are_an_overrun() -> None:
    sents = _seq(
        ("设备生产要六周，现场安装还要两周", "we"),
        ("可是我们6月20号就要开业了", "customer"),
    )
    assert overrun(sents, TODAY) == [sents[0], sents[1]]


def test_stages_counted_from_a_later_start_date() -> None:
    sents = _seq(
        ("The funds only arrive after the council vote on 10 June", "customer"),
        ("your nine weeks then take us into August, past the 31 July we need.", "customer"),
    )
    assert overrun(sents, TODAY) == [sents[0], sents[1]]


def test_stages_that_fit_before_the_deadline_are_no_risk() -> None:
    sents = _seq(
        ("Fabrication takes three weeks, then trucking about ten days.", "we"),
        ("We need everything on site by 30 July.", "customer"),
    )
    assert overrun(sents, TODAY) == []


def test_a_single_stage_without_a_start_is_a_plain_lead_time() -> None:
    sents = _seq(("海运大概要45天", "we"), ("我们6月1号前要到货", "customer"))
    assert overrun(sents, TODAY) == []


def test_an_overrun_joins_or_makes_one_delivery_risk_quoting_both() -> None:
    sents = _seq(
        ("设备生产要六周，现场安装还要两周", "we"),
        ("可是我们6月20号就要开业了", "customer"),
    )
    risks = learned_risks([(s, "none") for s in sents], demo_catalog(), "zh", TODAY)
    assert [r.category for r in risks] == ["delivery"]
    assert {q.start for q in risks[0].quotes} == {sents[0].start, sents[1].start}


def test_stages_the_turn_says_still_work_are_left_to_the_conditional_date() -> None:
    sents = _seq(
        ("Printing is 12 days plus 6 days by air,", "we"),
        ("so if the proof is approved by Friday we're fine.", "we"),
        ("The stands must be at the venue by 20 May.", "customer"),
    )
    assert overrun(sents, TODAY) == []


def test_a_signing_date_starts_the_stages_and_a_missed_goal_is_the_deadline() -> None:
    sents = _seq(
        ("模具加工四十天，现场施工五十天，再加上验收十五天。", "we"),
        ("六月底签合同的话，算下来要到九月底。", "we"),
        ("那九月十号肯定开不了业。", "customer"),
    )
    assert lead_days(sents[0].text) == 105
    assert overrun(sents, TODAY) == sents

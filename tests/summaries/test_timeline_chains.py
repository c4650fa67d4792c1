"""Lead times chained from a start said elsewhere (:mod:`assistant.summaries.timeline_sums`), in wording of our own.

The start of a chain of stages is often not in the sentence that lists them: the deposit the order waits for
is paid on a day the customer names turns away ("we can wire the deposit next Thursday"), a booked slot opens
the chain ("the factory audit slot is on 2 June; the report follows within a week, and trucking is about ten
days"), and a stage may be named in the clause before its duration ("…then they go by rail, roughly four
weeks to Almaty"). The chain's end is set against the day the goods are needed ("before we open on 20 June").
"""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.summaries.timeline_process import process_gate
from assistant.summaries.timeline_starts import deposit_date, from_deposit
from assistant.summaries.timeline_sums import lead_days, overrun
from tests.summaries.sentences import said as _seq

TODAY = dt.date(2031, 5, 6)  # a Tuesday


def test_the_deposit_day_the_customer_names_starts_stages_counted_from_the_deposit() -> None:
    sents = _seq(
        ("The pumps must be installed before we open on 30 June.", "customer"),
        ("Manufacturing is four weeks after the deposit, then trucking to Tashkent about three weeks.", "we"),
        ("Our finance team can wire the deposit on 26 May.", "customer"),
    )
    assert deposit_date(sents, TODAY) == (sents[2], dt.date(2031, 5, 26))
    assert overrun(sents, TODAY) == sents  # 26 May + 49 days = 14 July, after 30 June


def test_the_same_stages_from_today_fit_when_no_deposit_day_is_said() -> None:
    sents = _seq(
        ("The pumps must be installed before we open on 30 June.", "customer"),
        ("Manufacturing is four weeks after the deposit, then trucking to Tashkent about three weeks.", "we"),
    )
    assert overrun(sents, TODAY) == []  # 6 May + 49 days = 24 June


def test_a_deposit_named_before_and_paid_turns_later_is_the_start() -> None:
    sents = _seq(
        ("Has the 30% deposit been approved?", "we"),
        ("Yes, finance approved the deposit.", "customer"),
        ("We will pay it once the contract is stamped", "customer"),
        ("probably the week after next.", "customer"),
    )
    assert deposit_date(sents, TODAY) == (sents[3], dt.date(2031, 5, 23))  # Friday of the week after next


def test_a_day_to_pay_the_deposit_by_is_no_day_it_is_paid() -> None:
    sents = _seq(("Please pay the deposit by 20 May so we can book the line.", "we"),)
    assert deposit_date(sents, TODAY) is None
    assert from_deposit("production is six weeks after the deposit")
    assert not from_deposit("production is six weeks after the PO")


def test_a_stage_named_in_the_clause_before_its_duration_counts() -> None:
    assert lead_days("The frames can be welded in two weeks and then go by rail, roughly four weeks to Almaty.") == 42
    assert lead_days("Our engineer is on leave, about two weeks.") == 0  # no stage on either side


def test_a_booked_slot_starts_a_chain_with_a_stage_said_as_within_a_week() -> None:
    sents = _seq(
        ("Everything has to be on site before the ministry inspection on 20 June.", "customer"),
        ("Our pre-shipment inspection slot is on 2 June;", "we"),
        ("the certificate follows within a week,", "we"),
        ("and trucking to the site is about two weeks.", "we"),
    )
    assert lead_days("the certificate follows within a week,") == 7
    assert overrun(sents, TODAY) == sents  # 2 June + 7 + 14 days = 23 June, after 20 June


def test_the_same_chain_that_ends_in_time_is_no_overrun() -> None:
    sents = _seq(
        ("Everything has to be on site before the ministry inspection on 30 June.", "customer"),
        ("Our pre-shipment inspection slot is on 2 June;", "we"),
        ("the certificate follows within a week,", "we"),
        ("and trucking to the site is about two weeks.", "we"),
    )
    assert overrun(sents, TODAY) == []


def test_a_tender_process_that_takes_weeks_is_the_gate_production_counts_from() -> None:
    sents = _seq(
        ("超过五万的采购都要走集团招标，至少三家比价，走完流程要三周。", "customer"),
        ("4.2万一台可以，我今天就把项目挂到平台上。", "customer"),
        ("新店6月10号开业，设备最晚6月6号要调好。", "customer"),
        ("现在没有现货，工厂排产要两周，到店安装调试三天。", "we"),
    )
    assert process_gate(sents, TODAY) == (sents[0], dt.date(2031, 5, 27))
    assert overrun(sents, TODAY) == [sents[0], sents[2], sents[3]]  # 27 May + 17 days = 13 June, after 6 June


def test_a_reply_or_a_payment_within_weeks_is_no_process() -> None:
    sents = _seq(("审批流程走完两周内付款。", "customer"), ("I'll revert within two weeks.", "we"))
    assert process_gate(sents, TODAY) is None


def test_production_counts_from_a_signing_the_group_allows_only_later() -> None:
    sents = _seq(
        ("七月十五号之前设备都要调好。", "customer"),
        ("我们工厂排产四十天，发货加安装调试一周。", "we"),
        ("新仓库六月十号才交钥匙，拿到钥匙之前集团不让签设备合同。", "customer"),
    )
    assert overrun(sents, TODAY) == sents  # 10 June + 47 days = 27 July, after 15 July


def test_a_shipping_day_beside_the_deposit_is_no_deposit_day_and_a_deposit_due_date_no_deadline() -> None:
    sents = _seq(("这周六前付定金的话，我们5月30号能发，物流三天。", "we"),)
    assert deposit_date(sents, TODAY) is None
    assert overrun(sents, TODAY) == []  # "这周六前" is when to pay, not when the goods are needed
    sents = _seq(("定金下周三打过去。", "customer"),)
    assert deposit_date(sents, TODAY) == (sents[0], dt.date(2031, 5, 14))


def test_a_gate_named_in_the_clause_after_its_date_counts_as_units() -> None:
    sents = _seq(
        ("七月十五号之前设备都要调好。", "customer"),
        ("我们工厂排产四十天，发货加安装调试一周。", "we"),
        ("新仓库六月十号才交钥匙", "customer"),
        ("拿到钥匙之前集团不让签设备合同。", "customer"),
    )
    assert overrun(sents, TODAY) == sents[:3]  # 10 June + 47 days = 27 July, after 15 July


def test_a_board_date_alone_does_not_hold_production_back_and_a_feasible_plan_is_no_risk() -> None:
    sents = _seq(
        ("The committee meets on 17 June.", "customer"),
        ("Production takes 35 days, so if we have your order by 30 June, 20 August on site is feasible.", "we"),
    )
    assert overrun(sents, TODAY) == []


def test_a_day_to_sign_by_is_no_day_the_goods_are_needed_but_a_board_after_it_misses_it() -> None:
    sents = _seq(
        ("Contracts above USD 1 million need our board; the board meets on 16 May.", "customer"),
        ("Production 35 days, trucking three days,", "we"),
        ("installation 30 days.", "we"),
        ("If the contract is signed by 20 May", "we"),
        ("the line runs by early July.", "we"),
    )
    assert overrun(sents, TODAY) == []  # the board meets before the day to sign by
    late = _seq(("Contracts above USD 1 million need our board; the board meets on 26 May.", "customer"), *[(x.text, "we") for x in sents[1:]])
    assert late[3] in overrun(late, TODAY)  # signing by 20 May, but the board only meets on 26 May


def test_an_inspection_booked_for_a_day_is_the_deadline_not_the_start() -> None:
    sents = _seq(
        ("Production takes six weeks and shipping three weeks,", "we"),
        ("and your inspection is booked for 20 June.", "we"),
    )
    assert overrun(sents, TODAY) == sents  # 6 May + 63 days = 8 July


def test_a_doubted_plan_is_no_settled_one_and_a_payment_after_the_deadline_keeps_it() -> None:
    doubted = _seq(
        ("The machines must be installed by 20 June.", "customer"),
        ("Production takes six weeks and shipping three weeks, so I don't think that is realistic.", "we"),
    )
    assert overrun(doubted, TODAY) == doubted
    sure = _seq(("The machines must be installed by 20 June.", "customer"), ("Production takes six weeks and shipping three weeks, and that is still feasible.", "we"))
    assert overrun(sure, TODAY) == []
    paying = _seq(("Production takes six weeks and shipping three weeks; we need them on site by 20 June, paying the rest on arrival.", "we"),)
    assert overrun(paying, TODAY) == paying
    signed = _seq(("生产要六周，海运三周。", "we"), ("货最晚6月20号签收。", "customer"))
    assert overrun(signed, TODAY) == signed


def test_an_opening_before_a_signing_said_as_no_problem_is_no_gate() -> None:
    sents = _seq(
        ("新店6月10号开业", "customer"),
        ("签合同没问题，我们明天就签。", "customer"),
        ("下单后生产三周，物流一周。", "we"),
    )
    assert overrun(sents, TODAY) == []  # 6 May + 28 days = 3 June, before the opening


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("定金明天付，尾款6月30号付。", dt.date(2031, 5, 7)),
        ("We'll wire the deposit tomorrow and pay the balance on 30 June.", dt.date(2031, 5, 7)),
        ("We'll transfer the deposit on 12 May, and you ship on 30 June, right?", dt.date(2031, 5, 12)),
        ("We paid the deposit on Monday.", None),
        ("Please pay the deposit at the latest on 20 May.", None),
        ("最晚5月20号付定金", None),
        ("定金的事我打算5月20号跟老板商量", None),
    ],
)
def test_the_deposit_day_is_the_one_its_own_clause_pays_it_on(text: str, expected: dt.date | None) -> None:
    found = deposit_date(_seq((text, "customer"),), TODAY)
    assert (found[1] if found else None) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The warranty starts at sign-off and is 24 months.",
        "Our procurement term is 60 days after invoice.",
        "付款条件是审批后需要30天。",
        "审批通过后需要两周内付款。",
        "招标本来要一个月，不过这单金额小，不用招标。",
    ],
)
def test_a_warranty_a_payment_term_or_a_waived_tender_is_no_process(text: str) -> None:
    assert process_gate(_seq((text, "customer"),), TODAY) is None


def test_a_process_starts_on_its_own_clauses_day_and_reads_a_range_by_its_top() -> None:
    sents = _seq(
        ("We will launch the tender on 12 May, and the chairs must be in place by 30 July.", "customer"),
        ("The tender process takes three to four weeks.", "customer"),
    )
    assert process_gate(sents, TODAY) == (sents[1], dt.date(2031, 6, 9))
    (s,) = _seq(("招标流程要三周，结果5月28号公布。", "customer"),)
    assert process_gate([s], TODAY) == (s, dt.date(2031, 5, 27))


def test_reassurance_settles_and_a_waived_or_after_delivery_process_is_none() -> None:
    sents = _seq(
        ("The machines must be installed by 20 June.", "customer"),
        ("Production takes six weeks and shipping three weeks, but don't worry, we will still be in time.", "we"),
    )
    assert overrun(sents, TODAY) == []
    assert process_gate(_seq(("After installation, the fire department sign-off takes about two weeks.", "customer"),), TODAY) is None
    kept = _seq(("这单金额小，不用招标，审批要一周。", "customer"),)
    assert process_gate(kept, TODAY) == (kept[0], dt.date(2031, 5, 13))

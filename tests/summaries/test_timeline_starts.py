"""The date an order waits for, said turns away from the lead time (:mod:`assistant.summaries.timeline_starts`).

Written anew, not taken from any evaluation set: a lead time counted from the order ("下单后40天",
"12 weeks after the PO") ends after the customer's deadline once the order itself waits for a board,
a vote or a signing that someone else dates elsewhere in the conversation. Without such a gate, or
when the lead time is not counted from the order, nothing changes.
"""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.summaries.timeline_starts import counts_from_order, gate_date
from assistant.summaries.timeline_sums import overrun
from tests.summaries.sentences import said

TODAY = dt.date(2031, 8, 4)  # a Monday


def test_a_board_that_meets_later_dates_the_order() -> None:
    sents = said(
        ("学校的储物柜这次要采购三百组", "customer"),
        ("金额超过四十万要上校务委员会，委员会8月22号才开会，通过了才能签", "customer"),
    )
    assert gate_date(sents, TODAY) == (sents[1], dt.date(2031, 8, 22))


def test_the_next_meeting_named_in_english_is_a_gate() -> None:
    sents = said(("Anything above EUR 200,000 goes to the trustees; their next meeting is on 28 August.", "customer"),)
    assert gate_date(sents, TODAY) == (sents[0], dt.date(2031, 8, 28))


def test_an_inspection_date_or_our_reply_is_no_gate() -> None:
    sents = said(
        ("消防验收定在9月10号", "customer"),
        ("I will send the signed contract draft by 8 August.", "we"),
    )
    assert gate_date(sents, TODAY) is None


def test_a_lead_time_counts_from_the_order_only_when_it_says_so() -> None:
    assert counts_from_order("正常是下单后40天出货")
    assert counts_from_order("Production is 12 weeks after the PO.")
    assert not counts_from_order("Trucking to Poznań takes about four days.")


def test_a_lead_time_from_the_order_counted_from_a_gate_said_elsewhere_overruns() -> None:
    sents = said(
        ("储物柜9月15号前必须装好，开学要用", "customer"),
        ("我们的交期是下单后40天，含安装", "we"),
        ("好的，我先问问预算", "customer"),
        ("另外金额超过四十万要上校务委员会，委员会8月22号才开会，通过了才能签", "customer"),
    )
    late = overrun(sents, TODAY)
    assert sents[1] in late and sents[3] in late and sents[0] in late  # 22 Aug + 40 days = 1 Oct, after 15 Sep


def test_the_same_lead_time_without_a_gate_fits() -> None:
    sents = said(
        ("储物柜9月15号前必须装好，开学要用", "customer"),
        ("我们的交期是下单后40天，含安装", "we"),
    )
    assert overrun(sents, TODAY) == []  # one stage from today: 13 Sep, before the 15th


def test_a_gate_does_not_move_a_lead_time_not_counted_from_the_order() -> None:
    sents = said(
        ("The greenhouse lights must be installed before 20 September.", "customer"),
        ("Trucking from the port takes about four days.", "we"),
        ("Spending above USD 80,000 needs board approval; the next board meeting is on 10 September.", "customer"),
    )
    assert overrun(sents, TODAY) == []


def test_a_deadline_said_far_from_the_lead_times_still_counts() -> None:
    filler = [(f"第{n}个问题我们再确认一下规格", "customer") for n in range(1, 11)]
    sents = said(
        ("The panels have to be on site in Gdańsk by 5 September", "customer"),
        *filler,
        ("Fabrication takes 3 weeks after the deposit, and trucking is about 2 weeks.", "we"),
    )
    assert overrun(sents, TODAY) == [sents[0], sents[-1]]  # 4 Aug + 35 days = 8 Sep


def test_an_event_right_after_its_date_is_the_deadline() -> None:
    sents = said(
        ("9月1号开学，柜子之前一定要到", "customer"),
        ("柜子是定做的，生产要三周，物流再两周", "we"),
    )
    assert overrun(sents, TODAY) == [sents[0], sents[1]]  # 4 Aug + 35 days = 8 Sep, after 1 Sep


def test_ready_on_a_date_then_freight_starts_from_that_date() -> None:
    sents = said(
        ("They must be here before the trade fair we exhibit at on 12 September.", "customer"),
        ("The replacement lamps can be ready on 8 September; courier to Milan takes about five days.", "we"),
    )
    assert overrun(sents, TODAY) == [sents[0], sents[1]]


def test_a_met_deadline_nearer_hides_a_far_one_for_other_goods() -> None:
    filler = [(f"第{n}项规格我们下周确认", "customer") for n in range(1, 9)]
    sents = said(
        ("样品8月20号前要到，给老板看", "customer"),
        *filler,
        ("大货生产要30天，海运两周", "we"),
        ("大货10月底前到就行", "customer"),
    )
    assert overrun(sents, TODAY) == []  # 4 Aug + 44 days = 17 Sep: the bulk's own deadline is met


def test_a_payment_or_a_quotes_validity_is_no_gate() -> None:
    sents = said(
        ("Payment is due 30 days after signing, so by 30 September.", "customer"),
        ("This quote is valid until 30 September, please sign before then.", "we"),
    )
    assert gate_date(sents, TODAY) is None


def test_a_deadline_before_the_gate_is_missed_too() -> None:
    sents = said(
        ("The shelving must be installed by 20 August.", "customer"),
        ("Delivery is 6 weeks after the order.", "we"),
        ("Anything over EUR 50,000 needs board approval; the board meeting is on 22 August.", "customer"),
    )
    assert sents[0] in overrun(sents, TODAY)


def test_the_return_of_the_person_who_decides_is_a_gate() -> None:
    sents = said(
        ("Any order above EUR 40,000 needs our director's signature,", "customer"),
        ("and he is back from his trip on 25 August.", "customer"),
    )
    assert gate_date(sents, TODAY) == (sents[1], dt.date(2031, 8, 25))
    zh = said(("这事我得等老板 他下周三才从成都回来 他说了算", "customer"),)
    assert gate_date(zh, TODAY) == (zh[0], dt.date(2031, 8, 13))
    assert gate_date(said(("I'm back in the office on 20 August, let's talk then.", "customer"),), TODAY) is None


def test_a_lead_time_after_payment_counts_from_the_gate() -> None:
    sents = said(
        ("9月5号开学，柜子之前一定要到", "customer"),
        ("柜子要工厂发，付款后30天左右到", "we"),
        ("付款这事我得等校长 她下周三才出差回来 她说了算", "customer"),
    )
    assert sents[1] in overrun(sents, TODAY)  # 13 Aug + 30 days = 12 Sep, after 5 Sep
    assert overrun(sents[:2], TODAY) == []  # from today: 3 Sep, in time


def test_the_return_of_the_one_who_signs_dates_the_order() -> None:
    sents = said(("过二十万的单子得老板签字，他在德国看展会，18号才回来。", "customer"),)
    assert gate_date(sents, TODAY) == (sents[0], dt.date(2031, 8, 18))


def test_a_delivery_signed_for_on_arrival_is_no_gate() -> None:
    sents = said(("设备18号以后才能到，到了签字验收就行。", "customer"),)
    assert gate_date(sents, TODAY) is None


@pytest.mark.parametrize("text", ["合同要院长签字，院长18号才回来。", "得总经理签字，他出差18号以后才回来。"])
def test_a_titled_signer_back_later_dates_the_order(text: str) -> None:
    sents = said((text, "customer"),)
    assert gate_date(sents, TODAY) == (sents[0], dt.date(2031, 8, 18))

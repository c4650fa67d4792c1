"""Composite lead times: the signer's return, the events a lead time counts from, delays between gate, signing
and deposit, and stages and deadlines said in more words (:mod:`timeline_starts`, :mod:`timeline_events`,
:mod:`timeline_sums`, :mod:`timeline_deadlines`)."""

from __future__ import annotations

import datetime as dt

from assistant.summaries.timeline_deadlines import needed_by
from assistant.summaries.timeline_events import event_start
from assistant.summaries.timeline_starts import gate_date, signing_delay
from assistant.summaries.timeline_sums import lead_days, overrun
from assistant.text.conversation import Sentence
from tests.summaries.sentences import alone, said

TODAY = dt.date(2035, 3, 12)  # a Monday


def test_the_signer_returning_on_a_day_is_the_gate() -> None:
    sents = said(("采购合同得由孟总签，他去成都开会了，下周四回来。", "customer"))
    assert gate_date(sents, TODAY) == (sents[0], dt.date(2035, 3, 22))
    assert gate_date(said(("合同孟总签了，下周四发货。", "customer")), TODAY) is None  # signed already


def test_the_gate_counts_from_the_day_its_message_was_said() -> None:
    text = "采购合同得由孟总签，他去成都开会了，下周四回来。"
    friday = Sentence(start=0, end=len(text), text=text, speaker="c", role="customer", date=dt.date(2035, 3, 9))
    assert gate_date([friday], TODAY) == (friday, dt.date(2035, 3, 15))


def test_delays_between_the_gate_the_signing_and_the_deposit_add_up() -> None:
    assert signing_delay(said(("理事会批准后两周内签合同。", "customer"))) == 14
    assert signing_delay(said(("The contract is signed within a week of the council's approval.", "customer"))) == 7
    both = said(
        ("The contract is signed within a week of the council's approval.", "customer"),
        ("The down payment is wired within 5 working days after signing.", "customer"),
    )
    assert signing_delay(both) == 14
    assert signing_delay(said(("批下来马上就签。", "customer"))) == 0
    assert signing_delay(said(("After the mayor signs, our treasury needs two weeks to release the deposit.", "customer"))) == 14
    assert signing_delay(said(("从合同签字到钱出去，一般要走一个礼拜。", "customer"))) == 7


def test_more_stages_are_read() -> None:
    assert lead_days("配件十五天到货，到货后我们两天内上门换完") == 17
    assert lead_days("验收报告是检测站出，装好以后十个工作日出具") == 14
    assert lead_days("then 4 days express to Porto") == 4
    assert lead_days("and the truck to Brno takes about 6 days") == 6
    assert lead_days("DHL to Lyon 4 days") == 4
    assert lead_days("合同签了以后，预付款到账四十天到厂，安装调试再要两天") == 42
    assert lead_days("manufacturing 40 days after the down payment") == 40
    assert lead_days("货到以后六十天再付四成") == 0  # a payment period
    assert lead_days("付款方式：预付三成，验收后九十天付六成") == 0


def test_more_deadlines_are_read() -> None:
    assert [d for d, _ in needed_by(alone("仓库六月一号要启用"), TODAY)] == [dt.date(2035, 6, 1)]
    assert {d for d, _ in needed_by(alone("我们五一开业，设备得先装好"), TODAY)} == {dt.date(2035, 5, 1)}
    got = needed_by(alone("3月30日卫健委来做等级评审现场检查，之前所有设备必须调试好"), TODAY)
    assert {d for d, _ in got} == {dt.date(2035, 3, 30)}
    assert {d for d, _ in needed_by(alone("The plant must be running by 1 September."), TODAY)} == {dt.date(2035, 9, 1)}
    assert dt.date(2035, 6, 2) in {d for d, _ in needed_by(alone("The regional tournament is 2 June, bring them before!"), TODAY)}
    assert [d for d, _ in needed_by(alone("千万别拖到五月六号，六号一早产线就要开。"), TODAY)] == [dt.date(2035, 5, 6)]
    assert [d for d, _ in needed_by(alone("The machines have to be running by then.", "customer"), TODAY)] == []  # no date of its own


def test_a_lead_time_counts_from_the_event_it_names() -> None:
    sents = said(
        ("Our gala opening is on 8 April.", "customer"),
        ("I will send you the approved layout on Friday.", "customer"),
        ("Printing is 21 days after layout, then 5 days express to Vienna.", "we"),
    )
    assert event_start(sents[2].text, sents, TODAY) == (sents[1], dt.date(2035, 3, 16))
    assert overrun(sents, TODAY) == sents  # 16 March + 26 days = 11 April, after 8 April
    assert overrun([sents[0], sents[2]], TODAY) == []  # from today: 7 April, in time


def test_an_event_named_with_its_approval_is_dated_by_the_event() -> None:
    sents = said(
        ("Printing is 21 days after artwork approval.", "we"),
        ("ok, I send the final artwork on Thursday", "customer"),
    )
    assert event_start(sents[0].text, sents, TODAY) == (sents[1], dt.date(2035, 3, 15))


def test_an_event_dated_only_before_its_name_or_in_another_clause_is_not_its_day() -> None:
    sents = said(
        ("The proof comes tomorrow, before you check the layout.", "we"),
        ("Printing is 21 days after layout.", "we"),
    )
    assert event_start(sents[1].text, sents, TODAY) is None
    assert event_start("Production is 30 days after the deposit.", sents, TODAY) is None  # timeline_starts' own


def test_the_signer_and_the_delays_push_the_stages_past_the_deadline() -> None:
    sents = said(
        ("新门店5月10日开业，设备要提前装好。", "customer"),
        ("合同要孟总签，他下周四回来，签完一周内付预付款。", "customer"),
        ("预付款到账后生产四十天，运输两天，安装调试三天。", "we"),
    )
    assert overrun(sents, TODAY) == sents  # 22 March + 7 days + 45 days = 13 May, after 10 May
    assert overrun([sents[0], sents[2]], TODAY) == []  # from today: 26 April

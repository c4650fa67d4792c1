"""Stages counted from the day the order is placed or the deposit paid, said in few words (:mod:`timeline_starts`).

"Production is six weeks after the PO" starts from the day the customer says they will issue the PO ("we will
place the order on Tuesday 20 May"), not from today; "deposit friday 🙏" names the deposit's day without a verb;
a deadline said as "…by then" right after the clause that dates it ("the fair opens on 30 June," + "stand must
be there by then") is that date.
"""

from __future__ import annotations

import datetime as dt

from assistant.summaries.timeline_starts import deposit_date, from_order_day, order_date
from assistant.summaries.timeline_sums import overrun
from tests.summaries.sentences import said

TODAY = dt.date(2031, 5, 6)  # a Tuesday


def test_the_day_the_customer_places_the_po_starts_stages_counted_from_the_po() -> None:
    sents = said(
        ("The chillers have to be installed by 30 June, when the hotel opens.", "customer"),
        ("Manufacturing is 30 days after the PO, and trucking to Almaty takes about 12 days.", "we"),
        ("Our board meets next week, and we will place the order on Tuesday 20 May.", "customer"),
    )
    assert order_date(sents, TODAY) == (sents[2], dt.date(2031, 5, 20))
    assert overrun(sents, TODAY) == sents  # 20 May + 42 days = 1 July, after 30 June


def test_the_same_stages_from_today_fit_without_an_order_day() -> None:
    sents = said(
        ("The chillers have to be installed by 30 June, when the hotel opens.", "customer"),
        ("Manufacturing is 30 days after the PO, and trucking to Almaty takes about 12 days.", "we"),
    )
    assert overrun(sents, TODAY) == []  # 6 May + 42 days = 17 June


def test_an_order_already_placed_or_a_day_to_order_by_is_no_order_day() -> None:
    assert order_date(said(("We placed the order on 2 May.", "customer")), TODAY) is None
    assert order_date(said(("Please place the order before 20 May to keep the slot.", "we")), TODAY) is None
    assert order_date(said(("我们下周一下单。", "customer")), TODAY) == (said(("我们下周一下单。", "customer"))[0], dt.date(2031, 5, 12))


def test_only_a_lead_time_counted_from_the_order_uses_the_order_day() -> None:
    assert from_order_day("Production is 35 days after the PO")
    assert from_order_day("生产是下单后25天")
    assert not from_order_day("Production is 3 weeks after the deposit")
    assert not from_order_day("sea freight is about 30 days")


def test_a_deposit_and_its_day_without_a_verb_is_the_day_it_is_paid() -> None:
    sents = said(
        ("the stand must be in Milan by then!!", "customer"),
        ("production is 20 days after deposit, trucking 9 days", "we"),
        ("deposit friday, promise 🙏", "customer"),
    )
    assert deposit_date(sents, TODAY) == (sents[2], dt.date(2031, 5, 9))
    assert deposit_date(said(("deposit was friday, all paid", "customer")), TODAY) is None


def test_by_then_after_the_clause_that_dates_it_is_that_date() -> None:
    sents = said(
        ("the fair opens on 30 May,", "customer"),
        ("stand must be in Milan by then!!", "customer"),
        ("production is 20 days after deposit, trucking 9 days", "we"),
        ("deposit friday, promise 🙏", "customer"),
    )
    late = overrun(sents, TODAY)  # 9 May + 29 days = 7 June, after 30 May
    assert sents[0] in late and sents[1] in late and sents[3] in late


def test_a_po_day_refused_asked_ours_or_a_confirmation_is_no_order_day() -> None:
    for text, role in (
        ("We will not issue the PO on 25 May as planned, it goes out tomorrow.", "customer"),
        ("Could you issue the PO on 25 May?", "customer"),
        ("We will send the order confirmation on 25 May.", "we"),
    ):
        assert order_date(said((text, role)), TODAY) is None, text


def test_a_deposit_day_refused_is_no_deposit_day() -> None:
    for text in ("deposit on friday is impossible, earliest 20 May", "deposit on 20 May is too early for us"):
        assert deposit_date(said((text, "customer")), TODAY) is None, text


def test_a_po_day_beside_a_question_or_a_promise_not_to_delay_stays() -> None:
    for text in ("We will issue the PO on 19 May, can you confirm the lead time?", "我们5月19号下单不会再拖了"):
        assert order_date(said((text, "customer")), TODAY)[1] == dt.date(2031, 5, 19), text  # type: ignore[index]
    assert deposit_date(said(("定金5月20号付不会晚", "customer")), TODAY)[1] == dt.date(2031, 5, 20)  # type: ignore[index]


def test_a_day_the_factory_starts_work_on_is_the_start_of_the_stages() -> None:
    from assistant.summaries.timeline_sums import _start
    from assistant.text.conversation import Sentence

    today = dt.date(2033, 11, 14)
    for text in ("工厂11月17日开工，生产12天，发物流到合肥要3天。", "Production starts on 17 November, then 12 days and 3 days by truck."):
        s = Sentence(0, len(text), text, role="we")
        assert _start(s, today) == dt.date(2033, 11, 17), text

"""Payment terms (:mod:`assistant.summaries.payment_terms`): a differing or delayed term is a credit risk, not a need."""

from __future__ import annotations

import pytest

from assistant.summaries.payment_terms import (
    delays_payment,
    file_payment_terms,
    names_term,
    payment_gap,
)
from assistant.summaries.schema import Need, Quote, Risk
from assistant.text.conversation import Sentence
from tests.summaries.sentences import labelled as _talk


@pytest.mark.parametrize(
    "text",
    [
        "付款的话我们是验收合格后六十天付全款",
        "我们财务要求改成月结九十天",
        "能不能月结",
        "先发货后付款",
        "we can only pay net 90",
        "our finance needs 120 days",
        "we pay 60 days after arrival in Durban",
        "Could we pay 100% against the B/L copy?",
    ],
)
def test_a_payment_term_is_named(text: str) -> None:
    assert names_term(text)


@pytest.mark.parametrize(
    "text",
    [
        "一千六直接从货款里扣",
        "production is 25 days after deposit",
        "明天上午回您",
        "We need 345 to make our shelf price.",
        "交期三十天",
    ],
)
def test_other_figures_are_no_payment_term(text: str) -> None:
    assert not names_term(text)


@pytest.mark.parametrize(
    "text",
    [
        "我们财务说年前资金紧，定金要1月20号以后才能付",
        "we can't pay the 30% deposit this time",
        "cash flow is tight in January",
    ],
)
def test_a_delayed_payment_is_read(text: str) -> None:
    assert delays_payment(text)


def test_the_customers_term_against_ours_is_a_credit_risk_zh() -> None:
    talk = _talk(
        ("customer", "付款的话我们是验收合格后六十天付全款", "need"),
        ("we", "我们一般要30%定金", "none"),
        ("we", "付款这个我跟财务商量一下", "next_step"),
    )
    gap = payment_gap(talk)
    assert gap is not None
    assert [s.text for s in gap.theirs] == ["付款的话我们是验收合格后六十天付全款"]
    assert "我们一般要30%定金" in [s.text for s in gap.ours]
    risks, needs = file_payment_terms(talk, [], [_need(talk[0][0])], "zh")
    assert needs == []  # filed as the credit risk, not a need
    (risk,) = risks
    assert risk.category == "payment"
    assert risk.text.startswith("付款：客户要求验收合格后六十天付全款")
    assert "我方" in risk.text
    assert {q.text for q in risk.quotes} >= {"付款的话我们是验收合格后六十天付全款", "我们一般要30%定金"}


def test_the_customers_term_is_a_credit_risk_en() -> None:
    talk = _talk(
        ("customer", "We can only pay net 90.", "need"),
        ("we", "Our standard is a 30% deposit and the balance against the B/L copy.", "none"),
    )
    risks, needs = file_payment_terms(talk, [], [_need(talk[0][0])], "en")
    assert needs == []
    (risk,) = risks
    assert risk.text.startswith("Payment: customer: We can only pay net 90")
    assert "net 90" in risk.text and "30% deposit" in risk.text


def test_a_delayed_deposit_is_a_credit_risk() -> None:
    talk = _talk(
        (
            "customer",
            "Another thing: we can't pay the 30% deposit this time, our bank line is renewed in April.",
            "none",
        )
    )
    (risk,) = file_payment_terms(talk, [], [], "en")[0]
    assert risk.category == "payment"


def test_an_agreed_term_is_no_risk() -> None:
    talk = _talk(
        ("customer", "我们要月结60天", "need"),
        ("we", "我们最多30天", "none"),
        ("customer", "那就45天吧", "none"),
        ("we", "45天可以", "agreement"),
    )
    assert payment_gap(talk) is None


def test_terms_kept_as_usual_are_no_risk() -> None:
    talk = _talk(("customer", "付款还是老样子，货到付款", "need"))
    assert payment_gap(talk) is None
    assert file_payment_terms(talk, [], [], "zh")[0] == []


def test_a_promise_to_pay_is_no_term() -> None:
    talk = _talk(("customer", "I'll pay the 30% deposit on Monday", "next_step"))
    assert payment_gap(talk) is None


def test_a_payment_risk_already_found_takes_the_statement_and_the_quotes() -> None:
    talk = _talk(
        ("customer", "我们财务要求改成月结九十天", "need"),
        ("customer", "PS-1200 has had its LOA since last year", "risk:credit"),
    )
    old = Risk(
        text="信用/回款：PS-1200 has had its LOA",
        category="payment",
        severity="medium",
        quotes=[_q(talk[1][0])],
    )
    (risk,) = file_payment_terms(talk, [old], [], "zh")[0]
    assert risk.text.startswith("付款：客户要求")
    assert [q.text for q in risk.quotes] == ["我们财务要求改成月结九十天"]


def _q(s: Sentence) -> Quote:
    return Quote(text=s.text, start=s.start, end=s.end, speaker=s.speaker)


def _need(s: Sentence) -> Need:
    return Need(text=f"付款方式：{s.text}", topic="payment_terms", quotes=[_q(s)])


def test_terms_said_as_usual_in_the_clause_before_are_no_risk() -> None:
    talk = _talk(("customer", "好。付款老样子", "none"), ("customer", "货到付款。", "need"))
    assert payment_gap(talk) is None


def test_a_balance_paid_a_year_later_is_a_term_and_our_approval_joins_the_risk() -> None:
    talk = _talk(
        ("customer", "我们只能验收后付百分之七十", "need"),
        ("customer", "剩下三十一年后付", "none"),
        ("we", "这个我得请示下领导", "next_step"),
    )
    gap = payment_gap(talk)
    assert gap is not None
    assert [s.text for s in gap.theirs] == ["我们只能验收后付百分之七十", "剩下三十一年后付"]
    assert [s.text for s in gap.ours] == ["这个我得请示下领导"]


def test_a_deposit_named_without_its_share_is_no_term() -> None:
    assert not names_term("The deposit depends on the finance director signing off.")
    assert names_term("we'd need a 30% deposit instead of 50%")
    assert names_term("预付款我们从来不付的")


def test_a_payment_risk_on_terms_agreed_since_is_dropped() -> None:
    talk = _talk(
        ("customer", "And payment, we pay 45 days net", "risk:credit"),
        ("we", "45 days is fine for us", "agreement"),
    )
    old = Risk(
        text="Credit/payment: we pay 45 days net",
        category="payment",
        severity="medium",
        quotes=[_q(talk[0][0])],
    )
    assert file_payment_terms(talk, [old], [], "en")[0] == []


def test_an_offer_subject_to_approval_leaves_the_term_open() -> None:
    talk = _talk(
        ("customer", "Our finance department asks for payment 45 days after arrival.", "risk:credit"),
        ("we", "We could accept 30% deposit and 70% at 45 days after arrival", "none"),
        ("we", "subject to our credit insurer's approval.", "none"),
    )
    gap = payment_gap(talk)
    assert gap is not None
    assert "subject to our credit insurer's approval." in [s.text for s in gap.ours]


def test_our_compromise_said_back_by_the_customer_is_agreed() -> None:
    talk = _talk(
        ("we", "折中一下，签合同付三成，验收合格付六成，一成质保金一年后付。", "none"),
        ("customer", "签合同付三成，验收合格付六成，一成质保金一年后付。", "need"),
    )
    assert payment_gap(talk) is None


def test_the_rule_said_of_their_term_joins_it() -> None:
    talk = _talk(
        ("customer", "我们的惯例是预付百分之二十，到货百分之五十", "need"),
        ("we", "我们通常是预付百分之三十", "none"),
        ("customer", "这个是集团规定，非标设备我们都这么付", "none"),
    )
    gap = payment_gap(talk)
    assert gap is not None
    assert "这个是集团规定，非标设备我们都这么付" in [s.text for s in gap.theirs]
    assert not names_term("价格和账期都要他最后定")


@pytest.mark.parametrize(
    "text", ["定金还是30%？", "对，月结 30 天", "Please also send your payment terms", "付款还是货到后30天"]
)
def test_terms_confirmed_or_ours_asked_are_not_theirs(text: str) -> None:
    assert payment_gap(_talk(("customer", text, "need"))) is None


def test_terms_insisted_on_with_still_are_theirs() -> None:
    assert payment_gap(_talk(("customer", "我们还是要月结六十天", "need"))) is not None


def test_a_bare_yes_right_after_their_term_agrees_it() -> None:
    talk = _talk(
        ("customer", "到货验收后付百分之九十，留百分之十质保金", "need"), ("we", "这个可以。", "agreement")
    )
    assert payment_gap(talk) is None


def test_our_condition_our_credit_limit_and_their_insistence_join_the_risk() -> None:
    talk = _talk(
        ("customer", "Our group policy is L/C at 60 days for all new suppliers.", "need"),
        ("we", "We can accept L/C at 60 days, provided it is confirmed by a first-class bank.", "none"),
    )
    gap = payment_gap(talk)
    assert gap is not None and [s.text for s in gap.ours] == [talk[1][0].text]
    talk = _talk(
        ("customer", "我们集团统一是货到六十天付款", "need"),
        ("we", "信用保险给贵司批的额度只有二十万", "none"),
        ("customer", "这个不行的话集团那边基本过不了", "none"),
    )
    gap = payment_gap(talk)
    assert gap is not None
    assert [s.text for s in gap.ours] == ["信用保险给贵司批的额度只有二十万"]
    assert gap.theirs[-1].text == "这个不行的话集团那边基本过不了"


def test_a_credit_limit_quoted_by_the_payment_risk_found_before_is_kept() -> None:
    talk = _talk(
        ("customer", "预付款我们从来不付的", "risk:credit"),
        ("we", "信用保险给贵司批的额度只有二十万", "risk:credit"),
    )
    old = Risk(text="信用/回款：额度", category="payment", severity="medium", quotes=[_q(talk[1][0])])
    (risk,) = file_payment_terms(talk, [old], [], "zh")[0]
    assert [q.text for q in risk.quotes] == ["预付款我们从来不付的", "信用保险给贵司批的额度只有二十万"]


def test_a_term_as_usual_that_we_must_ask_approval_for_is_open_again() -> None:
    talk = _talk(
        ("customer", "付款还是老规矩，月结45天。", "need"),
        ("customer", "样品下周寄来。", "next_step"),
        ("we", "月结45天我得跟财务申请，下周一给您答复。", "next_step"),
    )
    gap = payment_gap(talk)
    assert gap is not None and [s.text for s in gap.theirs] == ["付款还是老规矩，月结45天。"]
    kept = _talk(("customer", "付款还是老规矩，月结45天。", "need"), ("we", "好的，没问题。", "agreement"))
    assert payment_gap(kept) is None  # kept as usual and nobody objects: no risk
    late = _talk(("customer", "付款还是验收以后一次付清。", "need"), ("we", "付款方式我问下财务，明天答复您。", "next_step"))
    assert payment_gap(late) is not None


def test_a_payment_field_read_as_done_is_still_the_customers_term() -> None:
    talk = _talk(
        ("customer", "Payment: 30% with the order and 70% after the locks are installed and handed over.", "done"),
        ("we", "Our usual terms are 30% deposit and 70% before shipment.", "none"),
    )
    gap = payment_gap(talk)
    assert gap is not None and len(gap.theirs) == 1

"""Payment-term cues (:mod:`assistant.summaries.payment_cues`) that must not fire, and the reader's speed."""

from __future__ import annotations

import pytest

from assistant.summaries.payment_terms import delays_payment, file_payment_terms, names_term, payment_gap
from tests.scaling import growth
from tests.summaries.test_payment_terms import _talk


def test_reading_a_long_talk_is_linear() -> None:
    # counted, not timed (8,000 clauses took 6.3 s with a list scan per clause); the speed is in benchmarks/
    turns = [("customer", "账期能不能放到90天", "need"), ("we", "这个可以考虑，我们一般30%定金", "none")]
    assert growth(lambda n: _talk(*turns * n), payment_gap, 200) < 2.2


@pytest.mark.parametrize(
    "text",
    [
        "发货后3天内到吧？",
        "收货后7天内验收。",
        "Our office is closed for 14 days after Chinese New Year, so send it before.",
    ],
)
def test_a_transit_inspection_or_holiday_period_is_no_payment_term(text: str) -> None:
    assert not names_term(text)


@pytest.mark.parametrize("text", ["I can't pay more than 3 dollars.", "We can't pay attention to everything"])
def test_a_price_ceiling_is_no_delayed_payment(text: str) -> None:
    assert not delays_payment(text)


@pytest.mark.parametrize(
    "text",
    ["货到30天付款", "we pay 60 days after delivery", "net 60 from invoice", "We can't pay the deposit"],
)
def test_terms_and_delays_still_read(text: str) -> None:
    assert names_term(text) or delays_payment(text)


@pytest.mark.parametrize(
    "text", ["我们一直是月结六十天，贵司能接受吗", "We always pay 75 days after invoice, can you accept that?"]
)
def test_their_term_they_ask_us_to_accept_is_theirs(text: str) -> None:
    assert payment_gap(_talk(("customer", text, "none"))) is not None


def test_asking_whether_a_term_is_feasible_accepts_nothing() -> None:
    talk = _talk(("customer", "我们的付款条件是预付5%，到货付九成", "need"), ("we", "我回去问下领导5%预付是否可行", "next_step"))
    assert payment_gap(talk) is not None


def test_our_condition_on_our_term_joins_the_risk() -> None:
    talk = _talk(
        ("customer", "Our rule is L/C at 90 days for new vendors.", "need"),
        ("we", "We can accept L/C at 90 days", "concession"),
        ("we", "provided a first-class bank confirms it.", "done"),
    )
    gap = payment_gap(talk)
    assert gap is not None
    assert [s.text for s in gap.ours] == [talk[1][0].text, talk[2][0].text]


def test_the_statement_drops_the_question_and_says_ours_once() -> None:
    talk = _talk(("customer", "我们一直是月结六十天，贵司能接受吗", "none"), ("we", "我们一般是预付30%", "none"))
    (risk,) = file_payment_terms(talk, [], [], "zh")[0]
    assert risk.text == "付款：客户要求月结六十天，我方一般是预付30%"

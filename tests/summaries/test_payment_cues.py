"""Payment-term cues (:mod:`assistant.summaries.payment_cues`) that must not fire, and the reader's speed."""

from __future__ import annotations

import time

import pytest

from assistant.summaries.payment_terms import delays_payment, names_term, payment_gap
from tests.summaries.test_payment_terms import _talk


def test_reading_a_long_talk_is_linear() -> None:
    turns = [("customer", "账期能不能放到90天", "need"), ("we", "这个可以考虑", "none")] * 4000
    started = time.perf_counter()
    payment_gap(_talk(*turns))
    assert time.perf_counter() - started < 3  # 8,000 clauses took 6.3 s with a list scan per clause


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

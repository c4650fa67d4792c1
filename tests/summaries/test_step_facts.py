"""The customer's dated schedule fact with no one acting is no next step; a dated action stays one."""

from __future__ import annotations

import datetime as dt

from assistant.summaries.step_facts import schedule_fact
from assistant.summaries.step_rules import learned_step_dates
from assistant.text.conversation import Sentence

_DAY = dt.date(2027, 1, 1)


def _customer(text: str) -> Sentence:
    return Sentence(0, len(text), text, role="customer")


def test_a_customers_dated_schedule_fact_is_no_step() -> None:
    for text in (
        "The committee meets on 17 June.",
        "Our first delivery to the mine is due on 1 September",
        "八号开会当场就定",
        "十一号签合同，七十五天就是六月下旬了",
    ):
        assert schedule_fact(_customer(text), True), text
        assert learned_step_dates(_customer(text), _DAY) is None, text


def test_a_dated_action_someone_takes_stays_a_step() -> None:
    for text in (
        "He decides on the 15 March board meeting",
        "周五前把报价发我",
        "我们八号开会定供应商",
        "五、孙工这周五前把钢材的低温冲击试验报告样本发给曾主管；",  # a recap line naming who acts
        "paying tonight 💸",  # the speaker's own act, the subject left out
        "Oliver shares the investment committee date next week",  # a named person acts
        "老板下周一开会定供应商",  # the boss decides at the meeting
        "Kiki sends the 50% deposit tonight",
    ):
        assert not schedule_fact(_customer(text), True), text
    assert learned_step_dates(_customer("He decides on the 15 March board meeting"), _DAY)


def test_our_own_dated_sentence_and_an_undated_one_are_not_facts() -> None:
    assert not schedule_fact(Sentence(0, 10, "八号开会当场就定", role="we"), True)
    assert not schedule_fact(_customer("开会当场就定"), False)


def test_a_dated_sentence_about_no_meeting_delivery_or_signing_is_not_a_schedule_fact() -> None:
    assert not schedule_fact(_customer("the 30% deposit on Sunday"), True)
    assert not schedule_fact(_customer("争取12月15日前审阅完框架协议"), True)

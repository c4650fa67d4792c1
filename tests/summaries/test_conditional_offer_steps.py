"""Next-step rules: a conditional offer is no step; a request and its promise are one step.

The sentences are written anew (not from the spent dev sets); each is a kind counted among the
extra next steps on summaries_blind…blind11.
"""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.summaries.schema import NextStep, Quote
from assistant.summaries.step_conditions import conditional
from assistant.summaries.steps_restated import merge_restated


@pytest.mark.parametrize(
    "text",
    [
        "只要下周二前把定金打过来，我们月底就能排产",
        "如果这周内确认颜色，3月2号可以发货",
        "产能没问题，但前提是合同月中能签",
        "周四前下单则下月5号到港",
        "要3月10号前到的话，最晚这周五得定稿",
        "We can ship on the 12th provided the artwork is final by Monday",
        "As long as the deposit lands by Friday, we hold the slot",
        "If you confirm today we can load next week",
    ],
)
def test_a_conditional_offer_is_no_step(text: str) -> None:
    assert conditional(text)


@pytest.mark.parametrize(
    "text",
    [
        "我明天上午把报价单发您",
        "两千个的话我去跟经理申请一下",  # a topic marked with 的话, no date: still a step
        "如果方便的话，请周三前把图纸发我",  # courtesy, not a condition
        "I'll ask my manager if we can go lower",  # "if" is "whether"
        "Let me know if the drawings change",
        "Please send the samples, if possible by Friday",
        "原则上按规则办",  # 则 inside 原则 / 规则
        "我这边主要是周五前把报价发给您",  # 要是 inside 主要是 (review)
        "报价我周五前发您，如果有问题随时找我",  # a trailing courtesy
        "I will send the revised quote by Friday if that works for you",
        "If you need anything, I will send the samples Monday",
        "I will ship on Monday unless you tell me otherwise",
    ],
)
def test_a_commitment_or_request_is_not_conditional(text: str) -> None:
    assert not conditional(text)


def _step(text: str, owner: str, due: dt.date | None, start: int) -> NextStep:
    quote = Quote(text=text, start=start, end=start + len(text))
    return NextStep(text=text, action=text, owner=owner, due=due, quotes=[quote])  # type: ignore[arg-type]


def test_a_request_and_the_promise_that_answers_it_are_one_step() -> None:
    ask = _step("请在出货前把装箱单和验货报告发我", "we", None, 0)
    promise = _step("装箱单和验货报告我会在18号前发您", "we", dt.date(2027, 3, 18), 40)
    [one] = merge_restated([ask, promise])
    assert [q.start for q in one.quotes] == [0, 40]
    assert one.due == dt.date(2027, 3, 18) and one.owner == "we"


def test_an_unknown_owner_follows_the_promise_two_known_owners_stay_apart() -> None:
    ask = _step("请在出货前把装箱单和验货报告发我", "unknown", None, 0)
    promise = _step("装箱单和验货报告我会在18号前发您", "we", dt.date(2027, 3, 18), 40)
    [one] = merge_restated([ask, promise])
    assert one.owner == "we" and one.text == promise.text
    ask = _step("请在出货前把装箱单和验货报告发我", "we", None, 0)
    other = _step("装箱单和验货报告我会在18号前发您", "customer", None, 40)
    assert [s.owner for s in merge_restated([ask, other])] == ["we", "customer"]  # two known owners: apart


def test_a_minutes_recap_merges_with_the_discussion() -> None:
    said = _step("跟踪支架的报价我这周五前发给您", "we", dt.date(2027, 3, 19), 0)
    recap = _step("小林：周五前发跟踪支架报价", "we", dt.date(2027, 3, 19), 200)
    assert len(merge_restated([said, recap])) == 1


def test_different_points_or_conflicting_dates_stay_apart() -> None:
    a = _step("我明天把报价发您", "we", dt.date(2027, 3, 2), 0)
    b = _step("您明天把图纸发我们", "customer", dt.date(2027, 3, 2), 30)
    c = _step("报价下周一前再发一版", "we", dt.date(2027, 3, 8), 60)
    assert len(merge_restated([a, b, c])) == 3


def test_a_problem_condition_before_an_action_is_still_a_condition() -> None:
    assert conditional("如果有问题的话我们安排重新发货")

"""Next-step owners follow who committed; due dates count from the message or meeting date.

Each rule of the brief has its own conversation: our manager's promise is ours, a customer's
instruction to us is ours, the customer's "我回去跟老板商量" is theirs; relative dates count
from the message date when a chat gives one (else the conversation's today); a past date never
rolls into next year; "今天下午"/"this afternoon" is the day it was said; a period counted from
an event ("收到合同后3天内") has no due date; notes without speakers give "我方…" to us and
"对方…" to the customer.
"""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.summaries import summarize_text
from assistant.summaries.schema import NextStep, SalesSummary


@pytest.fixture(scope="module", autouse=True)
def _lexicon_model():  # pins the word-list engine's own rules/in-sample bars (SUMMARY_OFFLINE_MODEL=lexicon)
    from assistant.config import override_settings

    with override_settings(summary_offline_model="lexicon"):
        yield


TODAY = dt.date(2026, 12, 3)  # a Thursday


def _summary(text: str, today: dt.date = TODAY, we: tuple[str, ...] = ()) -> SalesSummary:
    return summarize_text(text, today=today, engine="offline", we_names=we)


def _only_step(text: str, today: dt.date = TODAY, we: tuple[str, ...] = ()) -> NextStep:
    (step,) = _summary(text, today, we).next_steps
    return step


def test_our_managers_promise_is_ours() -> None:
    step = _only_step("客户：框架协议什么时候能看到？\n销售：我们争取下周三之前把框架协议草稿发给您。")
    assert (step.owner, step.due) == ("we", dt.date(2026, 12, 9))


def test_customers_instruction_to_us_is_ours() -> None:
    step = _only_step("销售：王总好。\n客户：下周三前把报价单发我。")
    assert (step.owner, step.due) == ("we", dt.date(2026, 12, 9))


def test_customer_taking_it_to_the_boss_is_theirs() -> None:
    text = "销售：价格就按这个，您看行吗？\n客户：我回去跟老板商量一下，周五前给你答复。"
    step = _only_step(text)
    assert (step.owner, step.due) == ("customer", dt.date(2026, 12, 4))
    assert "decision_maker" in {r.category for r in _summary(text).risks}


def test_relative_dates_count_from_the_message_date() -> None:
    text = "赵敏  2026-11-30 09:05\n张总，样品已经寄出了。\n张伟  2026-11-30 10:16\n下周一前把正式报价单发我邮箱。"
    step = _only_step(text, we=("赵敏",))
    assert (step.owner, step.due) == ("we", dt.date(2026, 12, 7))  # Monday after 11-30, not after 12-03


def test_relative_dates_without_a_message_date_count_from_today() -> None:
    step = _only_step("客户：好的。\n销售：我明天把合同发给您。")
    assert step.due == TODAY + dt.timedelta(days=1)


def test_this_afternoon_is_today() -> None:
    assert _only_step("销售：我今天下午把形式发票发给您。").due == TODAY
    step = _only_step("Customer: Thanks.\nSales: I'll send you the updated quotation this afternoon.")
    assert (step.owner, step.due) == ("we", TODAY)


def test_a_past_date_never_rolls_into_next_year() -> None:
    summary = _summary("客户：货11月28日已经到了，质量没问题。\n销售：好的，谢谢王总。")
    dates = [f.value for f in summary.key_facts if f.kind == "date"]
    assert "2027-11-28" not in dates and summary.next_steps == []


def test_a_period_counted_from_an_event_has_no_due_date() -> None:
    step = _only_step("11月9日拜访纪要\n对方收到合同后3天内付30%定金。", today=dt.date(2026, 11, 10))
    assert (step.owner, step.due) == ("customer", None)


def test_notes_name_the_side_that_acts() -> None:
    step = _only_step("电话纪要\n我方下周一前把合同和形式发票发过去。", today=dt.date(2026, 11, 10))
    assert (step.owner, step.due) == ("we", dt.date(2026, 11, 16))


def test_two_actions_with_two_dates_are_two_steps_with_their_own_quotes() -> None:
    text = (
        "Customer: Thanks.\nSales: I'll issue the credit note by Friday and send you the pro forma on Monday."
    )
    steps = _summary(text).next_steps
    assert [(s.owner, s.due) for s in steps] == [("we", dt.date(2026, 12, 4)), ("we", dt.date(2026, 12, 7))]
    assert [s.quotes[0].text for s in steps] == [
        "I'll issue the credit note by Friday",
        "send you the pro forma on Monday.",
    ]
    assert all(text[q.start : q.end] == q.text for s in steps for q in s.quotes)

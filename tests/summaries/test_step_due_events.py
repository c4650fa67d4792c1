"""Due dates of steps that wait for an event, and of a check followed by a reply on a later day."""

from __future__ import annotations

import datetime as dt

from assistant.summaries.step_rules import step_due
from assistant.text.dates import find_dates

SAID = dt.date(2027, 3, 2)  # a Tuesday


def _due(text: str) -> dt.date | None:
    found = step_due(find_dates(text, SAID), text, SAID)
    return found.date if found else None


def test_reply_on_the_later_weekday_is_the_due_date() -> None:
    assert _due("I'll check with our director on Wednesday and get back to you on Friday.") == dt.date(
        2027, 3, 5
    )
    assert _due("我周三跟老板商量一下，周五给您答复。") == dt.date(2027, 3, 5)


def test_a_single_weekday_is_the_next_such_day() -> None:
    assert _due("We will ship the samples on Thursday.") == dt.date(2027, 3, 4)
    assert _due("周一前把图纸发给您。") == dt.date(2027, 3, 8)


def test_waiting_for_an_event_has_no_due_date() -> None:
    assert _due("We will forward the test report as soon as we get it from the lab.") is None
    assert _due("Our QC will inspect the cartons on arrival and send the findings within a week.") is None
    assert _due("样品一到货就安排测试，收到后三天内给您结果。") is None


def test_a_date_by_which_it_is_due_still_counts() -> None:
    assert _due("As soon as we receive the deposit we start, and the drawings come by Friday.") == dt.date(
        2027, 3, 5
    )


def test_a_week_is_no_due_date() -> None:
    assert _due("We will send you the registration number next week.") is None
    assert _due("By the end of next week, we should have the drawings.") is None
    assert _due("下周一前把合同发您。") == dt.date(2027, 3, 8)


def test_a_call_back_on_the_later_day() -> None:
    assert _due("Femke checks with the owner on Monday and calls back on Tuesday.") == dt.date(2027, 3, 9)


def test_a_return_day_is_not_the_due_date() -> None:
    assert _due("Our owner signs the order once he's back on Thursday.") is None
    assert _due("老板周四才回来，回来后再签合同。") is None
    assert _due("I'll get back to you on Thursday.") == dt.date(2027, 3, 4)

"""A bare weekday that points back to "下周X" / "next X" said earlier in the conversation is that later day.

"采购委员会下礼拜四开" … "周四开完会我回你电话" said on a Monday: the call follows next week's
Thursday meeting, not this week's Thursday.
"""

from __future__ import annotations

import datetime as dt

from assistant.summaries.step_dues import named_weekday
from assistant.text.conversation import Sentence
from assistant.text.dates import find_dates

MONDAY = dt.date(2028, 6, 5)


def _s(text: str, start: int) -> Sentence:
    return Sentence(text=text, start=start, end=start + len(text), speaker="客户", role="customer")


def test_bare_weekday_after_next_week_same_day_is_next_week() -> None:
    before = [_s("这事要采购委员会下礼拜四开会定。", 0)]
    step = _s("周四开完会我回你电话。", 40)
    own = find_dates(step.text, MONDAY)
    assert own[0].date == dt.date(2028, 6, 8)
    assert named_weekday(own, before, step, MONDAY)[0].date == dt.date(2028, 6, 15)


def test_bare_weekday_without_an_earlier_next_week_keeps_its_date() -> None:
    before = [_s("价格我们还要再看。", 0)]
    step = _s("周四我回你电话。", 40)
    own = find_dates(step.text, MONDAY)
    assert named_weekday(own, before, step, MONDAY)[0].date == dt.date(2028, 6, 8)


def test_another_weekday_named_for_next_week_changes_nothing() -> None:
    before = [_s("下周二开会。", 0)]
    step = _s("周四我回你电话。", 40)
    own = find_dates(step.text, MONDAY)
    assert named_weekday(own, before, step, MONDAY)[0].date == dt.date(2028, 6, 8)


def test_english_next_weekday_said_before() -> None:
    before = [_s("The board meets next Thursday.", 0)]
    step = _s("I'll call you on Thursday after the meeting.", 40)
    own = find_dates(step.text, MONDAY)
    assert [d.date for d in named_weekday(own, before, step, MONDAY)] == [
        d.date for d in find_dates(before[0].text, MONDAY)
    ]


def test_a_step_that_names_no_meeting_keeps_this_weeks_day() -> None:
    before = [_s("The trade fair opens next Thursday.", 0)]
    step = _s("I'll send the revised PI by Thursday.", 40)
    own = find_dates(step.text, MONDAY)
    assert named_weekday(own, before, step, MONDAY)[0].date == dt.date(2028, 6, 8)

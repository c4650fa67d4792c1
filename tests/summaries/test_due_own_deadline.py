"""A step's due date is its own deadline, not the date of what it waits for."""

from __future__ import annotations

import datetime as dt

from assistant.summaries.step_rules import pick_due
from assistant.text.dates import find_dates

DAY = dt.date(2027, 4, 7)  # a Wednesday


def _due(text: str) -> dt.date | None:
    found = pick_due(find_dates(text, DAY), text)
    return found.date if found else None


def test_the_date_of_an_event_waited_for_is_no_due_date() -> None:
    assert _due("Our buyer will approve it after she returns on Friday.") is None
    assert _due("The order goes out once the bank confirms on Friday.") is None


def test_a_deadline_with_a_time_of_day() -> None:
    assert _due("今天先把合同初稿做好，明天中午前发到您邮箱。") == dt.date(2027, 4, 8)

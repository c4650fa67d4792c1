"""Relative dates count from the day their message was said (:mod:`assistant.summaries.said_on`)."""

from __future__ import annotations

import datetime as dt

from assistant.summaries.said_on import said_dates, said_on
from assistant.text.conversation import Sentence

TODAY = dt.date(2035, 1, 15)  # a Monday


def _on(text: str, day: dt.date | None) -> Sentence:
    return Sentence(start=0, end=len(text), text=text, speaker="x", role="customer", date=day)


def test_a_dated_message_counts_from_its_own_day() -> None:
    friday = dt.date(2035, 1, 12)
    assert said_on(_on("下周二回来", friday), TODAY) == friday
    assert [d.date for d in said_dates(_on("他下周二回来", friday), TODAY)] == [dt.date(2035, 1, 16)]
    assert [d.date for d in said_dates(_on("I'll send it tomorrow", friday), TODAY)] == [dt.date(2035, 1, 13)]


def test_an_undated_or_later_dated_message_counts_from_today() -> None:
    assert said_on(_on("下周二回来", None), TODAY) == TODAY
    assert said_on(_on("下周二回来", dt.date(2035, 2, 1)), TODAY) == TODAY  # an export's slip
    assert [d.date for d in said_dates(_on("x", None), TODAY, "他下周二回来")] == [dt.date(2035, 1, 23)]

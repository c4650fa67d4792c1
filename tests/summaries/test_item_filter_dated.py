"""A next step due on a calendar day its own quote names is never dropped as noise (:mod:`item_filter`)."""

from __future__ import annotations

import datetime as dt

from assistant.summaries.item_filter import _on_a_day
from assistant.summaries.schema import NextStep, Quote


def _step(text: str, due: dt.date | None, owner: str = "we") -> NextStep:
    return NextStep(text=text, action=text, owner=owner, due=due, quotes=[Quote(text=text, start=0, end=len(text))])


def test_a_step_on_a_named_day_is_kept() -> None:
    assert _on_a_day(_step("样品麻烦11月20日前寄到我们仓库。", dt.date(2026, 11, 20)))
    assert _on_a_day(_step("Please send the samples by 20 May.", dt.date(2027, 5, 20)))


def test_a_relative_or_undated_step_is_left_to_the_filter() -> None:
    assert not _on_a_day(_step("形式发票我明天发您。", dt.date(2026, 11, 13)))
    assert not _on_a_day(_step("样品麻烦寄到我们仓库。", None))
    assert not _on_a_day(_step("Phone call, Thursday 24 August 2034, 14:00", dt.date(2034, 8, 24), "unknown"))

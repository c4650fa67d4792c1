"""A step restated in a meeting's closing recap is the earlier step, not a second one (issue 14)."""

from __future__ import annotations

import datetime as dt

from assistant.summaries.schema import NextStep, Quote
from assistant.summaries.steps_restated import merge_restated

_SRC = (
    "鲁工：我回去查一下仓库，下周二前给您回复。\n"
    "周总：好的。另外样品我们周五前寄回。\n"
    "韩经理：好，我来总结一下：第一，价格按上次谈的；第二，电机型号的问题鲁工下周二前答复；第三，样品客户周五前寄回。\n"
)
_TUE, _FRI = dt.date(2027, 3, 9), dt.date(2027, 3, 5)


def _step(text: str, owner: str, due: dt.date | None, source: str = _SRC) -> NextStep:
    start = source.index(text)
    quote = Quote(text=text, start=start, end=start + len(text))
    return NextStep(text=text, action=text, owner=owner, due=due, quotes=[quote])  # type: ignore[arg-type]


def test_a_recap_item_merges_into_the_step_it_restates() -> None:
    first = _step("我回去查一下仓库，下周二前给您回复。", "we", _TUE)
    samples = _step("另外样品我们周五前寄回。", "customer", _FRI)
    recap = _step("第二，电机型号的问题鲁工下周二前答复", "we", _TUE)
    recap_samples = _step("第三，样品客户周五前寄回。", "customer", _FRI)
    steps = merge_restated([first, samples, recap, recap_samples], source=_SRC)
    assert len(steps) == 2
    assert [q.text for q in steps[0].quotes] == [first.text, recap.text]  # both quotes kept
    assert steps[0].owner == "we" and steps[0].due == _TUE


def test_outside_a_recap_steps_of_one_owner_and_date_stay_apart() -> None:
    src = "A: I'll call the lab tomorrow.\nB: Thanks.\nA: I'll also send the revised drawings tomorrow.\n"
    day = dt.date(2027, 3, 2)
    a = _step("I'll call the lab tomorrow.", "we", day, src)
    b = _step("I'll also send the revised drawings tomorrow.", "we", day, src)
    assert len(merge_restated([a, b], source=src)) == 2


def test_a_recap_item_of_another_owner_or_date_stays_apart() -> None:
    first = _step("我回去查一下仓库，下周二前给您回复。", "we", _TUE)
    recap_samples = _step("第三，样品客户周五前寄回。", "customer", _FRI)
    assert len(merge_restated([first, recap_samples], source=_SRC)) == 2

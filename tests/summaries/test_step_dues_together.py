"""A step sent "together with" another step of the same side is due when that step is."""

from __future__ import annotations

import datetime as dt

from assistant.summaries.schema import NextStep, Quote
from assistant.summaries.step_dues import bundled_dues


def _step(text: str, owner: str, due: dt.date | None, at: int) -> NextStep:
    return NextStep(
        text=f"Us: {text}",
        action=text,
        owner=owner,
        due=due,
        quotes=[Quote(text=text, start=at, end=at + len(text))],
    )


def test_step_sent_together_with_a_dated_step_takes_its_due() -> None:
    day = dt.date(2026, 12, 23)
    steps = [
        _step("I still owe you the second-colour printing cost, I'll email it this afternoon.", "we", day, 0),
        _step("I'll send it together with the printing cost.", "we", None, 200),
        _step("I'll send the proforma tomorrow.", "we", day + dt.timedelta(days=1), 300),
    ]
    out = bundled_dues(steps)
    assert out[1].due == day
    assert out[1].text.endswith("(by 2026-12-23)")
    assert [s.due for s in (out[0], out[2])] == [day, day + dt.timedelta(days=1)]


def test_chinese_bundle_and_other_side_step_are_not_mixed() -> None:
    day = dt.date(2027, 3, 5)
    steps = [
        _step("报价单我周五前发您", "we", day, 0),
        _step("检测报告跟报价单一起发您", "we", None, 50),
        _step("样品我跟报价单一起寄回", "customer", None, 90),  # the customer's own: not our date
    ]
    out = bundled_dues(steps)
    assert out[1].due == day
    assert out[2].due is None


def test_bundle_with_nothing_dated_keeps_no_due() -> None:
    steps = [_step("I'll send the report together with the invoice.", "we", None, 0)]
    assert bundled_dues(steps)[0].due is None


def test_split_dated_part_is_read_with_the_rest_of_its_line() -> None:
    day = dt.date(2026, 12, 23)
    source = "He: I still owe you the printing cost, I'll email it this afternoon.\nHe: I'll send it together with the printing cost.\n"
    first = source.index("I'll email")
    second = source.index("I'll send it")
    steps = [
        _step("I'll email it this afternoon.", "we", day, first),
        _step("I'll send it together with the printing cost.", "we", None, second),
    ]
    assert bundled_dues(steps)[1].due is None  # the dated part alone does not name the printing cost
    assert bundled_dues(steps, source)[1].due == day

"""Parts of a month said as when something comes (:mod:`assistant.text.month_parts`)."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.text.month_parts import month_part_start, month_parts

TODAY = dt.date(2031, 10, 14)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("检测报告要到11月中旬才能出", dt.date(2031, 11, 11)),
        ("证书预计明年2月下旬下来", dt.date(2032, 2, 21)),
        ("厂里说九月底能发", dt.date(2032, 9, 25)),
        ("the lab can only start in early December", dt.date(2031, 12, 1)),
        ("the first slot is the third week of November", dt.date(2031, 11, 15)),
        ("expected in late March 2032", dt.date(2032, 3, 21)),
    ],
)
def test_the_first_day_a_month_part_can_mean(text: str, day: dt.date) -> None:
    assert month_part_start(text, TODAY) == day


def test_no_part_of_a_month_and_every_part_in_order() -> None:
    assert month_part_start("交期四周", TODAY) is None
    assert month_part_start("the report is due 30 November", TODAY) is None
    found = month_parts("11月中旬送检，12月下旬出证", TODAY)
    assert [(d.text, d.date) for d in found] == [("11月中旬", dt.date(2031, 11, 11)), ("12月下旬", dt.date(2031, 12, 21))]


@pytest.mark.parametrize("text", ["We expect a late decision", "early marketing plans", "去年12月底才拿到证书", "今年3月底", "13月初"])
def test_words_past_months_and_no_month_are_none(text: str) -> None:
    assert month_part_start(text, TODAY) is None


def test_the_middle_of_a_month_said_short() -> None:
    assert month_part_start("证书12月中才能出", TODAY) == dt.date(2031, 12, 11)
    assert month_part_start("12月中国展会", TODAY) is None

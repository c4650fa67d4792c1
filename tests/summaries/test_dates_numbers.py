"""Date resolution and number parsing (Chinese and English)."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.summaries.dates import find_dates
from assistant.summaries.numbers import cn_to_int, find_numbers

WED = dt.date(2024, 3, 6)  # a Wednesday


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("我下周三前把报价发给您", "2024-03-13"),
        ("月底前确认数量", "2024-03-31"),
        ("下个月初发货", "2024-04-05"),
        ("3月15日发货", "2024-03-15"),
        ("2025年1月8日签约", "2025-01-08"),
        ("15号之前", "2024-03-15"),
        ("两周内交货", "2024-03-20"),
        ("明天给您回复", "2024-03-07"),
        ("大后天到", "2024-03-09"),
        ("周五寄样", "2024-03-08"),
        ("下下周一见面", "2024-03-18"),
        ("年底前", "2024-12-31"),
        ("I'll send it next Friday", "2024-03-15"),
        ("by the end of the month", "2024-03-31"),
        ("by the end of April", "2024-04-30"),
        ("within 10 days", "2024-03-16"),
        ("on March 20th", "2024-03-20"),
        ("ship on 2 May", "2024-05-02"),
        ("tomorrow", "2024-03-07"),
        ("this Friday", "2024-03-08"),
        ("due 3/25", "2024-03-25"),
        ("1月10日", "2025-01-10"),  # a past month-day without a year means next year
    ],
)
def test_dates_resolve(text: str, expected: str) -> None:
    found = find_dates(text, WED)
    assert found and found[0].date.isoformat() == expected
    assert text[found[0].start : found[0].end] == found[0].text


def test_last_weekday_is_in_the_past() -> None:
    assert find_dates("it should have shipped last Monday", WED)[0].date == dt.date(2024, 2, 26)


def test_no_false_dates() -> None:
    assert find_dates("我们的克重是600克，质量很好", WED) == []
    assert find_dates("the price is too high", WED) == []


@pytest.mark.parametrize(
    ("text", "value"), [("两千五", 2500), ("十五", 15), ("三万", 30000), ("一百二十", 120), ("1.5万", 15000)]
)
def test_chinese_numerals(text: str, value: int) -> None:
    assert cn_to_int(text) == value


def test_find_numbers_amounts_quantities_percentages() -> None:
    text = "我们要5000条，单价$2.5，总共1.2万美元，能打九折吗？或者95折，两千五百件也行，3 containers，优惠5%"
    got = {(n.kind, n.value) for n in find_numbers(text)}
    assert got == {
        ("quantity", "5000 条"),
        ("amount", "USD 2.5"),
        ("amount", "USD 12000"),
        ("percentage", "10% off"),
        ("percentage", "5% off"),
        ("quantity", "2500 件"),
        ("quantity", "3 containers"),
        ("percentage", "5%"),
    }
    for n in find_numbers(text):
        assert text[n.start : n.end] == n.text


def test_small_chinese_counts_and_durations_are_not_quantities() -> None:
    assert find_numbers("寄两个样品，延误了两个星期，给您两个方案") == []

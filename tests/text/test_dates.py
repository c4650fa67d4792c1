"""Date phrases in Chinese and English resolve to real dates."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.text.dates import find_dates, find_day

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
        ("will confirm the specs tmrw", "2024-03-07"),  # chat shorthand
        ("send u the PO tmr", "2024-03-07"),
        ("this Friday", "2024-03-08"),
        ("due 3/25", "2024-03-25"),
        ("1月10日", "2025-01-10"),  # a past month-day without a year means next year
        ("4月底前完成增项", "2024-04-30"),  # a named month's end, not this month's
        ("十月初交货", "2024-10-05"),
        ("1月初之前", "2025-01-05"),  # a month long past: next year
        ("下个月十号前付款", "2024-04-10"),  # a day of next month
        ("这个月20号交货", "2024-03-20"),
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


TODAY = dt.date(2025, 6, 30)


def test_days() -> None:
    assert find_day("明天该联系谁", TODAY) == dt.date(2025, 7, 1)
    assert find_day("who should I call today", TODAY) == TODAY
    assert find_day("2025-07-03 的简报", TODAY) == dt.date(2025, 7, 3)
    assert find_day("没有日期", TODAY) is None


def test_a_bare_afternoon_is_today_but_not_after_another_day() -> None:
    ref = dt.date(2026, 12, 2)
    assert [d.date for d in find_dates("具体数量我下午发你", ref)] == [ref]
    assert [d.date for d in find_dates("明天下午发你", ref)] == [dt.date(2026, 12, 3)]
    assert [d.date for d in find_dates("周五下午前给您", ref)] == [dt.date(2026, 12, 4)]
    assert [d.date for d in find_dates("我问下车间 中午前回您", ref)] == [ref]


def test_a_period_counted_from_receipt_without_hou_has_no_date() -> None:
    import datetime as dt

    from assistant.text.dates import find_dates

    assert find_dates("收到定金我这边五天内出货", dt.date(2027, 5, 4)) == []
    assert find_dates("我们五天内出货", dt.date(2027, 5, 4))[0].date == dt.date(2027, 5, 9)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I'll get the drawings over to you by Wednesday", "2024-03-13"),  # said on a Wednesday: next week's
        ("周三前我把检测报告发您", "2024-03-13"),
        ("星期三给您回话", "2024-03-13"),
        ("this Wednesday", "2024-03-06"),  # "this" is today's
        ("这周三", "2024-03-06"),
        ("by Thursday", "2024-03-07"),  # a later weekday of this week stays this week's
        ("周二前", "2024-03-12"),
    ],
)
def test_a_bare_weekday_said_on_that_weekday_is_next_weeks(text: str, expected: str) -> None:
    assert find_dates(text, WED)[0].date.isoformat() == expected


def test_a_weekday_beside_a_date_is_that_dates_and_it_is_monday_now_is_today() -> None:
    assert [d.date for d in find_dates("Site visit notes - Wednesday 6 March 2024, 09:00", WED)] == [WED, WED]
    assert [d.date for d in find_dates("会议纪要：2024年3月6日（周三）上午", WED)][:2] == [WED, WED]
    assert find_dates("Friday, 15 March works for us", WED)[0].date == dt.date(2024, 3, 15)  # not this Friday
    assert find_dates("转写 2024-03-06（周三）14:00", WED)[0].date == WED
    assert find_dates("周三了，报价单呢？", WED)[0].date == WED
    assert find_dates("it's Wednesday and the invoice is still missing", WED)[0].date == WED
    assert find_dates("周一了，样品还没到", WED)[0].date == dt.date(2024, 3, 4)  # said on a Wednesday: the latest


def test_a_monthly_day_is_no_date_and_not_a_partial_numeral() -> None:
    assert find_dates("评审会每个月十五号开一次", WED) == []  # never "五号"
    assert [d.text for d in find_dates("这个月二十五号前交", WED)] == ["这个月二十五号"]


def test_the_end_of_the_current_month_named_is_this_year() -> None:
    """"before the end of March" said on 20 March is this month's end, not next year's."""
    later = dt.date(2024, 3, 20)
    assert find_dates("please confirm before the end of March", later)[0].date == dt.date(2024, 3, 31)
    assert find_dates("by the end of January", later)[0].date == dt.date(2025, 1, 31)  # long passed: next year's


@pytest.mark.parametrize(
    "text",
    ["We will answer within 4 working days.", "We will answer within 4 business days.", "4个工作日内答复"],
)
def test_working_days_count_like_business_days(text: str) -> None:
    """Monday 7 Dec 2026 plus four working days is Friday 11 Dec, however the days are named."""
    assert [d.date for d in find_dates(text, dt.date(2026, 12, 7))] == [dt.date(2026, 12, 11)]


@pytest.mark.parametrize(
    "text",
    [
        "We return the forms within 2 working days after we receive them.",
        "Payment within 10 days after you sign.",
        "We dispatch within 6 days after we receive the deposit.",
        "The moulds ship within 9 days once they pay.",
    ],
)
def test_a_period_counted_from_their_event_has_no_date(text: str) -> None:
    """"within N days after we receive it" starts at an event nobody has dated."""
    assert find_dates(text, dt.date(2026, 12, 7)) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("we'll pay it the week after next", "2024-03-22"),  # Friday of that week, as "next week" is next Friday
        ("下下周给您答复", "2024-03-22"),
        ("下周给您答复", "2024-03-15"),
        ("the month after next", "2024-05-31"),
        ("下下个月交货", "2024-05-31"),
    ],
)
def test_the_week_or_month_after_next(text: str, expected: str) -> None:
    (mention,) = find_dates(text, WED)
    assert mention.date.isoformat() == expected


@pytest.mark.parametrize(
    ("text", "expected"), [("下下个月底交货", "2024-05-31"), ("下下个月初", "2024-05-05"), ("下下个礼拜三见", "2024-03-20")]
)
def test_the_week_or_month_after_next_with_a_part_or_a_weekday(text: str, expected: str) -> None:
    (mention,) = find_dates(text, WED)
    assert mention.date.isoformat() == expected

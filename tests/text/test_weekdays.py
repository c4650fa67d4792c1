"""Weekdays pinned as today's name, repeated in a sentence, and found without rescanning the text before them."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from assistant.text import weekdays
from assistant.text.dates import find_dates
from tests.scaling import growth

WED = dt.date(2026, 12, 2)
TODAY = "2026-12-02"


def _days(text: str) -> list[str]:
    """The dates of the weekdays ``text`` names (not of its "today")."""
    return [d.date.isoformat() for d in find_dates(text, WED) if d.text.lower() not in {"今天", "today"}]


def test_a_weekday_named_as_today_in_chinese_is_today_and_so_is_its_repeat() -> None:
    assert _days("今天是周三，周三下午我把合同发您") == [TODAY, TODAY]
    assert _days("今天星期三，星期三晚上之前给您答复") == [TODAY, TODAY]
    assert _days("周三也就是今天下午发你")[0] == TODAY


def test_a_weekday_named_as_today_in_english_is_today_and_so_is_its_repeat() -> None:
    days = _days("We are meeting today, Wednesday, and I will send the quote Wednesday afternoon")
    assert days[-1] == TODAY and days.count(TODAY) == len(days)
    assert _days("Today is Wednesday so the samples go out Wednesday evening") == [TODAY, TODAY]


def test_a_bare_weekday_said_on_that_day_stays_next_week_and_a_repeat_after_a_full_stop_is_not_pinned() -> (
    None
):
    assert _days("I'll have it ready by Wednesday") == ["2026-12-09"]
    assert _days("今天是周三。下一批周三到") == [TODAY, "2026-12-09"]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("我们统一15号发货", "15号"),
        ("下周五12号开会", "12号"),
        ("星期三20号前付款", "20号"),
        ("每月8号对账", None),
    ],
)
def test_a_day_of_month_after_a_numeral_word_is_found(text: str, day: str | None) -> None:
    found = [d.text for d in find_dates(text, WED)]
    assert (day in found) if day else not any(t.endswith("号") for t in found)


def test_a_monthly_day_never_gives_a_partial_numeral() -> None:
    assert find_dates("每个月十五号结一次账", WED) == []
    assert find_dates("每个月15号结一次账", WED) == []


@pytest.mark.parametrize("piece", ["周三 ", "Friday ", "3月15日 ", "5天内 ", "March 20 "])
def test_find_dates_work_grows_linearly(piece: str) -> None:
    assert growth(lambda n: piece * n, lambda t: find_dates(t, WED), 200) < 2.3


class _Recorder:
    """A pattern that checks every string it is asked to search is a short window, not the text so far."""

    def __init__(self, rx: object, limit: int) -> None:
        self.rx, self.limit, self.seen = rx, limit, 0

    def _check(self, string: str) -> None:
        assert len(string) <= self.limit, len(string)
        self.seen += 1

    def search(self, string: str, *args: int) -> re.Match[str] | None:
        self._check(string)
        return self.rx.search(string, *args)  # type: ignore[attr-defined]

    def match(self, string: str, *args: int) -> re.Match[str] | None:
        self._check(string)
        return self.rx.match(string, *args)  # type: ignore[attr-defined]


def test_a_weekday_looks_only_at_a_short_window_around_it(monkeypatch: pytest.MonkeyPatch) -> None:
    recorders = {
        name: _Recorder(getattr(weekdays, name), 40) for name in ("_ISO_BEFORE", "_NOW_BEFORE", "_NOW_AFTER")
    }
    for name, rec in recorders.items():
        monkeypatch.setattr(weekdays, name, rec)
    found = find_dates("周三 Friday " * 300 + "2026-12-04（周五）", WED)
    assert found[-1].date == dt.date(2026, 12, 4)
    assert all(rec.seen for rec in recorders.values())

"""Month and weekday names in Chinese and English, and the month arithmetic the date parsers share."""

from __future__ import annotations

import calendar
import datetime as dt

DAY = dt.timedelta(days=1)

MONTHS_EN: dict[str, int] = {m.lower(): i for i, m in enumerate(calendar.month_name) if m} | {
    m.lower(): i for i, m in enumerate(calendar.month_abbr) if m
} | {"sept": 9}
"""English month names and abbreviations ("march", "mar", "sept") → 1..12."""
MONTH_NAMES_EN = "|".join(sorted(MONTHS_EN, key=len, reverse=True))
"""The same names as one regular-expression alternation, longest first (lower case)."""

WEEKDAYS_EN: dict[str, int] = {d.lower(): i for i, d in enumerate(calendar.day_name)} | {
    d.lower(): i for i, d in enumerate(calendar.day_abbr)
}
"""English weekday names and abbreviations ("friday", "fri") → 0 (Monday) .. 6."""

WEEKDAYS_ZH: dict[str, int] = {
    "一": 0,
    "二": 1,
    "三": 2,
    "四": 3,
    "五": 4,
    "六": 5,
    "日": 6,
    "天": 6,
    "末": 5,
}
"""The character after 周 / 星期 / 礼拜 → 0 (Monday) .. 6; 周末 counts as Saturday."""


def month_end(year: int, month: int) -> dt.date:
    """Return the last day of ``year``-``month``."""
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def month_end_meant(ref: dt.date, month: int, grace: int = 7) -> dt.date:
    """Return the end of ``month`` meant on ``ref``: the first on or after ``grace`` days before ``ref``.

    Example: the end of December said on 2031-01-03 → 2030-12-31 (just past); on 2031-01-08 → 2031-12-31.
    """
    return next(e for y in (ref.year - 1, ref.year, ref.year + 1) if (e := month_end(y, month)) >= ref - dt.timedelta(days=grace))


def add_months(day: dt.date, n: int) -> dt.date:
    """Return the first day of the month ``n`` months after ``day``'s month (``n`` may be negative)."""
    k = day.year * 12 + day.month - 1 + n
    return dt.date(k // 12, k % 12 + 1, 1)


def whole_months(start: dt.date, end: dt.date) -> int | None:
    """Return how many whole calendar months ``start``..``end`` spans (a month, quarter, half, year …), else None."""
    if start.day != 1 or end != month_end(end.year, end.month):
        return None
    return (end.year - start.year) * 12 + end.month - start.month + 1


def quarter_of(day: dt.date) -> int:
    """Return the calendar quarter (1..4) of ``day``."""
    return (day.month - 1) // 3 + 1


def quarter_back(n: int, today: dt.date) -> str:
    """Return the calendar quarter ``n`` quarters before this one ("上上个季度": 2) as ``YYYY-Qn``."""
    index = today.year * 4 + (today.month - 1) // 3 - n
    return f"{index // 4}-Q{index % 4 + 1}"

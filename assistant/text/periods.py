"""Canonical period strings → date ranges, resolved against the run's ``today``.

Accepted: ``today``, ``yesterday``, ``this_week``, ``last_week``, ``last_7_days``,
``last_30_days``, ``last_90_days``, ``this_month``, ``last_month``, ``next_month``,
``this_quarter``, ``last_quarter``, ``next_quarter``, ``this_year``, ``last_year``,
``first_half``/``second_half`` (of this year), ``same_time_last_year`` (the calendar
month of today's date one year ago: "去年这个时候" at 2026-11-30 is 2025-11), ``last_N_months`` (whole calendar months: this month
and the N-1 before it, from the 1st, up to today), ``YYYY``, ``YYYY-MM``, ``YYYY-Qn``,
``YYYY-Hn`` and ``YYYY-MM-DD..YYYY-MM-DD`` (inclusive). Both ends are inclusive dates; a
month, quarter or year is always the whole calendar period (a window over timestamps is
:meth:`Period.utc_bounds` in the company's time zone).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from assistant.text import lazy_re
from assistant.text.calendar_words import add_months, month_end, quarter_of

CANONICAL = (
    "today",
    "yesterday",
    "this_week",
    "last_week",
    "last_7_days",
    "last_30_days",
    "last_90_days",
    "this_month",
    "last_month",
    "next_month",
    "this_quarter",
    "last_quarter",
    "next_quarter",
    "this_year",
    "last_year",
    "first_half",
    "second_half",
    "same_time_last_year",
    "last_N_months",
)
_RANGE = lazy_re.compile(r"^(\d{4}-\d{2}-\d{2})\s*\.\.\s*(\d{4}-\d{2}-\d{2})$")
_MONTH = lazy_re.compile(r"^(\d{4})-(\d{1,2})$")
_QUARTER = lazy_re.compile(r"^(\d{4})-?[Qq]([1-4])$")
_YEAR = lazy_re.compile(r"^(\d{4})$")
_HALF = lazy_re.compile(r"^(\d{4})-?[Hh]([12])$")
_LAST_MONTHS = lazy_re.compile(r"^last_(\d{1,2})_months?$")


class PeriodError(ValueError):
    """A period string that is not one of the canonical forms."""


@dataclass(frozen=True)
class Period:
    """An inclusive date range with its canonical label."""

    start: dt.date
    end: dt.date
    label: str

    @property
    def kind(self) -> str:
        """``month``, ``quarter``, ``year`` or ``range``: what the period spans exactly."""
        if self.start.day == 1 and self.end == month_end(self.start.year, self.start.month):
            return "month"
        q_end = add_months(self.start, 2)
        if (
            self.start.day == 1
            and self.start.month % 3 == 1
            and self.end == month_end(q_end.year, q_end.month)
        ):
            return "quarter"
        if (self.start.month, self.start.day, self.end.month, self.end.day) == (1, 1, 12, 31):
            return "year" if self.start.year == self.end.year else "range"
        return "range"

    def utc_bounds(self, timezone: str = "Asia/Shanghai") -> tuple[dt.datetime, dt.datetime]:
        """Naive-UTC ``[start, end)`` of the period's days in ``timezone`` (timestamps are stored naive UTC)."""
        tz = ZoneInfo(timezone)

        def utc(day: dt.date) -> dt.datetime:
            return dt.datetime.combine(day, dt.time(), tz).astimezone(dt.UTC).replace(tzinfo=None)

        return utc(self.start), utc(self.end + dt.timedelta(days=1))

    def previous(self) -> Period:
        """Return the period of the same shape just before this one (previous month, quarter, year or equal length)."""
        kind = self.kind
        if kind in ("month", "quarter", "year"):
            n = {"month": 1, "quarter": 3, "year": 12}[kind]
            start = add_months(self.start, -n)
            last = add_months(self.start, -1)
            return Period(start, month_end(last.year, last.month), f"before {self.label}")
        days = (self.end - self.start).days + 1
        return Period(self.start - dt.timedelta(days=days), self.start - dt.timedelta(days=1), f"before {self.label}")

    def to_dict(self) -> dict[str, str]:
        """JSON form: ``{"label", "start", "end"}``."""
        return {"label": self.label, "start": self.start.isoformat(), "end": self.end.isoformat()}


def _month(day: dt.date, label: str) -> Period:
    return Period(dt.date(day.year, day.month, 1), month_end(day.year, day.month), label)


def _quarter(year: int, q: int, label: str) -> Period:
    start = dt.date(year, 3 * (q - 1) + 1, 1)
    return Period(start, month_end(year, 3 * q), label)


def _year_ago(today: dt.date) -> dt.date:
    try:
        return today.replace(year=today.year - 1)
    except ValueError:  # 29 February
        return today.replace(year=today.year - 1, day=28)


def parse_period(text: str, today: dt.date) -> Period:
    """Resolve ``text`` (a canonical period string) against ``today``.

    Raises:
        PeriodError: when ``text`` is not a canonical period, or a range ends before it starts.
    """
    t = (
        (text or "").strip().lower().replace(" ", "_")
        if not _RANGE.match((text or "").strip())
        else text.strip()
    )
    q_now = quarter_of(today)
    monday = today - dt.timedelta(days=today.weekday())
    fixed = {
        "today": lambda: Period(today, today, t),
        "yesterday": lambda: Period(today - dt.timedelta(days=1), today - dt.timedelta(days=1), t),
        "this_week": lambda: Period(monday, today, t),
        "last_week": lambda: Period(monday - dt.timedelta(days=7), monday - dt.timedelta(days=1), t),
        "last_7_days": lambda: Period(today - dt.timedelta(days=6), today, t),
        "last_30_days": lambda: Period(today - dt.timedelta(days=29), today, t),
        "last_90_days": lambda: Period(today - dt.timedelta(days=89), today, t),
        "this_month": lambda: _month(today, t),
        "last_month": lambda: _month(add_months(today, -1), t),
        "next_month": lambda: _month(add_months(today, 1), t),
        "this_quarter": lambda: _quarter(today.year, q_now, t),
        "last_quarter": lambda: _quarter(today.year - (q_now == 1), (q_now - 2) % 4 + 1, t),
        "next_quarter": lambda: _quarter(today.year + (q_now == 4), q_now % 4 + 1, t),
        "this_year": lambda: Period(dt.date(today.year, 1, 1), dt.date(today.year, 12, 31), t),
        "last_year": lambda: Period(dt.date(today.year - 1, 1, 1), dt.date(today.year - 1, 12, 31), t),
        "first_half": lambda: Period(dt.date(today.year, 1, 1), dt.date(today.year, 6, 30), t),
        "second_half": lambda: Period(dt.date(today.year, 7, 1), dt.date(today.year, 12, 31), t),
        "same_time_last_year": lambda: _month(_year_ago(today), t),
    }
    if t in fixed:
        return fixed[t]()
    try:
        if m := _RANGE.match(t):
            start, end = dt.date.fromisoformat(m.group(1)), dt.date.fromisoformat(m.group(2))
            if end < start:
                raise PeriodError(f"period {text!r} ends before it starts")
            return Period(start, end, f"{start}..{end}")
        if m := _LAST_MONTHS.match(t):
            n = int(m.group(1))
            if not 1 <= n <= 36:
                raise PeriodError(f"period {text!r}: between 1 and 36 months")
            return Period(add_months(today, 1 - n), today, t)
        if m := _HALF.match(t):
            year, h = int(m.group(1)), int(m.group(2))
            return Period(dt.date(year, 6 * h - 5, 1), month_end(year, 6 * h), f"{year}-H{h}")
        if m := _QUARTER.match(t):
            return _quarter(int(m.group(1)), int(m.group(2)), f"{m.group(1)}-Q{m.group(2)}")
        if m := _MONTH.match(t):
            year, month = int(m.group(1)), int(m.group(2))
            return _month(dt.date(year, month, 1), f"{year}-{month:02d}")
        if m := _YEAR.match(t):
            year = int(m.group(1))
            return Period(dt.date(year, 1, 1), dt.date(year, 12, 31), str(year))
    except ValueError as exc:
        if isinstance(exc, PeriodError):
            raise
        raise PeriodError(f"period {text!r} is not a valid date: {exc}") from exc
    raise PeriodError(
        f"unknown period {text!r}; use one of {', '.join(CANONICAL)}, "
        "YYYY, YYYY-MM, YYYY-Qn, YYYY-Hn or YYYY-MM-DD..YYYY-MM-DD"
    )

"""A follow-up that moves the previous turn's period one step further back ("the quarter before that").

"那再往前一个月呢" / "and the quarter before that?" / "上一个呢，再往前" name no period of their own:
they mean the period just before the one the previous turn used (which the conversation state keeps
in the last call's arguments). :func:`shifted_period` returns that earlier period in canonical form
(``YYYY-MM``, ``YYYY-Qn``, ``YYYY-Hn``, ``YYYY`` or a day range of the same length).
"""

from __future__ import annotations

import datetime as dt
import re

from assistant.text import lazy_re
from assistant.text.calendar_words import month_end, whole_months
from assistant.text.periods import PeriodError, add_months, parse_period

BEFORE_THAT = lazy_re.compile(
    r"再往前(?:推)?|再前(?:面)?一?(?:个)?(?:月|季度?|半年|年|周|星期)|(?:之|以)前(?:的)?那(?:一)?个?(?:月|季度?|半年|年|周|星期)|"
    r"前一个(?:月|季度?|半年|年|周|星期)(?:呢|的)|"
    r"\b(?:the )?(?:month|quarter|year|week|half|one|period) (?:before|prior to) (?:that|this|it)\b|"
    r"\b(?:and )?(?:before|prior to) that\s*[?？.。!]*\s*$|\bthe (?:month|quarter|year|week|period) prior\b|\bgo (?:one )?further back\b",
    re.I,
)


def shifted_period(text: str, last_period: object, today: dt.date) -> str | None:
    """Return the period just before ``last_period`` when ``text`` asks for "the one before that", else None.

    Args:
        text: The follow-up message.
        last_period: The period argument of the previous call (a canonical period string), if any.
        today: The day relative periods ("last_quarter") are resolved against.
    """
    if not isinstance(last_period, str) or not last_period or not BEFORE_THAT.search(text):
        return None
    try:
        p = parse_period(last_period, today)
    except PeriodError:
        return None
    if n := whole_months(p.start, p.end):  # whole months: as many before
        shift, length = n, n
        named = _unit_months(text)
        if named and named < n and p.start.month % named == 1 % named:  # "the month before that" after Q3: June
            shift = length = named
        elif named and named > n:  # "the year before that" after Q3 2026: Q3 2025, the same span a year back
            shift = named
        start = add_months(p.start, -shift)
        last = add_months(start, length - 1)
        return _canonical(start, month_end(last.year, last.month), length)
    before = p.previous()
    return f"{before.start.isoformat()}..{before.end.isoformat()}"


_UNITS = ((lazy_re.compile(r"半年|\bhalf\b", re.I), 6), (lazy_re.compile(r"季|\bquarter\b", re.I), 3),
          (lazy_re.compile(r"月|\bmonth\b", re.I), 1), (lazy_re.compile(r"年|\byear\b", re.I), 12))  # fmt: skip


_SPAN = lazy_re.compile(r"一?个?(?:月|季度?|半年|年|周|星期)|\b(?:one )?(?:more )?(?:month|quarter|year|week)\b", re.I)


def without_shift(text: str) -> str:
    """Return ``text`` without its "before that" phrase and unit ("再往前一个季度"), so "一个" is read as no count."""
    return _SPAN.sub(" ", BEFORE_THAT.sub(" ", text))


def _unit_months(text: str) -> int | None:
    """Return the months of the unit the follow-up names ("再往前一个月": 1), if any."""
    return next((n for pattern, n in _UNITS if pattern.search(text)), None)


def _canonical(start: dt.date, end: dt.date, months: int) -> str:
    """Name ``months`` whole months from ``start`` as a month, quarter, half or year when they are one."""
    if months == 1:
        return f"{start:%Y-%m}"
    if months == 3 and start.month % 3 == 1:
        return f"{start.year}-Q{(start.month - 1) // 3 + 1}"
    if months == 6 and start.month in (1, 7):
        return f"{start.year}-H{1 if start.month == 1 else 2}"
    if months == 12 and start.month == 1:
        return str(start.year)
    return f"{start.isoformat()}..{end.isoformat()}"

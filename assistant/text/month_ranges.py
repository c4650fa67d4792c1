"""Spans of months ("Jul-Sep", "7到9月") → one period over the whole span; bare years ("2026 alerts") → that year.

"from May through July" and "2025年2月到4月" are spans too; a year standing alone is read as a
calendar year ("break down 2026 alerts", "revenue 2025 vs target").

A span is read as the latest one that has begun by ``today`` (or, for forecasts, the next one
that has not ended); a span that is exactly a calendar quarter is named as that quarter.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from assistant.text import lazy_re
from assistant.text.calendar_words import MONTHS_EN, month_end
from assistant.text.horizons import EN_NUM
from assistant.text.numerals import CN_NUMBER, en_to_int, read_int

__all__ = ["MONTH_RANGES"]

_NAMES = "|".join(sorted(MONTHS_EN, key=len, reverse=True))
_ZH_MONTH = r"(\d{1,2}|[一二三四五六七八九十]{1,3})"
_RELATIVE_YEAR = {"去年": -1, "今年": 0, "前年": -2, "last": -1, "this": 0}


def span(first: int, last: int, today: dt.date, prefer_future: bool, year: int | None = None) -> str | None:
    """Return the months ``first``..``last`` (1..12, wrapping over New Year) as a period string.

    Args:
        first: The first month of the span.
        last: The last month of the span.
        today: The reference day.
        prefer_future: Read a span without a year as the next one not yet over (forecasts).
        year: The year of the first month when the text names it.
    """
    if not (1 <= first <= 12 and 1 <= last <= 12) or first == last:
        return None
    months = (last - first) % 12 + 1
    if year is None:
        year = today.year if first <= today.month else today.year - 1
        if prefer_future:
            end_index = year * 12 + first - 1 + months - 1
            if end_index < today.year * 12 + today.month - 1:
                year += 1
    start = dt.date(year, first, 1)
    end_index = year * 12 + first - 1 + months - 1
    end = month_end(end_index // 12, end_index % 12 + 1)
    if months == 3 and first % 3 == 1:
        return f"{year}-Q{first // 3 + 1}"
    if months == 6 and first in (1, 7):
        return f"{year}-H{first // 6 + 1}"
    return f"{start.isoformat()}..{end.isoformat()}"


def _en(m: re.Match[str], t: dt.date, f: bool) -> str | None:
    if (m[1] or "").lower() == "between" and (m[3] or "").lower() not in ("and", "-", "–", "—"):
        return None
    if (m[3] or "").lower() == "and" and (m[1] or "").lower() != "between":
        return None  # "March and June" are two months, not a span
    year = int(m[5]) if m[5] else None
    return span(MONTHS_EN[m[2].lower()], MONTHS_EN[m[4].lower()], t, f, year)


def _zh(m: re.Match[str], t: dt.date, f: bool) -> str | None:
    year = int(m[1]) if m[1] else (t.year + _RELATIVE_YEAR[m[2]] if m[2] else None)
    return span(read_int(m[3]) or 0, read_int(m[4]) or 0, t, f, year)


_AMOUNT_BEFORE = lazy_re.compile(r"\b(?:over|above|under|below|than|least|most|about|around|exceeding|sold|bought)\s*$|[超过低于高于约]\s*$", re.I)
_UNIT_AFTER = lazy_re.compile(r"\s*(?:(?:dollars?|usd|rmb|cny|yuan|units?|pcs|pieces?|k)\b|元|块|美元|件|个|台|单|条|套|箱)", re.I)


def _bare_year(m: re.Match[str], t: dt.date, f: bool) -> str | None:
    """Return a year standing alone as that year, but not an amount ("over 2000 dollars") nor an id ("#2025", "SO-2025")."""
    year = int(m[1])
    if _AMOUNT_BEFORE.search(m.string[: m.start()]) or _UNIT_AFTER.match(m.string[m.end() :]):
        return None
    return str(year) if t.year - 6 <= year <= t.year + 1 else None


def _first_months(m: re.Match[str], t: dt.date, f: bool) -> str | None:
    """Return the first N months of a year ("the first four months of this year", "去年前三个月")."""
    n = en_to_int(m[1]) if m[1] else read_int(m[6] or "")
    which = (m[2] or m[3] or m[4] or m[5] or "this").lower()
    year = int(which) if which.isdigit() else t.year + _RELATIVE_YEAR[which]
    return span(1, n, t, f, year) if n and 2 <= n <= 11 else None


Builder = Callable[[re.Match[str], dt.date, bool], str | None]
MONTH_RANGES: list[tuple[str, Builder]] = [
    (
        rf"\b(from|between)?\s*\b({_NAMES})\b\.?\s*(-|–|—|to|till|until|through|thru|and)\s*({_NAMES})\b\.?"
        r"(?:\s*,?\s*(\d{4})\b)?",
        _en,
    ),
    (
        rf"(?<![\d\-/.])(?:(\d{{4}})\s*年|(去年|今年|前年))?\s*(?:从)?\s*{_ZH_MONTH}\s*(?:月份?|月初)?\s*"
        rf"(?:到|至|-|–|—|~|～)\s*(?:\d{{4}}\s*年)?\s*{_ZH_MONTH}\s*月(?:份|底|末)?(?![\d日号])",
        _zh,
    ),
    (r"\blast calendar year\b", lambda m, t, f: "last_year"),
    (r"\b(?:this|the current) calendar year\b", lambda m, t, f: "this_year"),
    (
        rf"\b(?:the\s+)?first\s+{EN_NUM}\s+months\b(?:\s+of\s+(?:(this|last)\s+year|(20\d\d)))?|"
        rf"(?:(去年|今年|前年)|(?<!\d)(20\d\d)\s*年)\s*(?:的)?\s*(?:前|头)\s*({CN_NUMBER})\s*个月",
        lambda m, t, f: _first_months(m, t, f),
    ),
    (r"(?<![\w$¥€£#.,\-/])(20\d\d)(?![\w\-/.,%])", _bare_year),
]
"""(pattern, builder) pairs in :mod:`assistant.text.period_phrases`' form."""

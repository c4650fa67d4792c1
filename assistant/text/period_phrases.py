"""Time expressions in Chinese and English → the tools' canonical period strings.

Canonical periods (see :mod:`assistant.text.periods`): ``today``, ``yesterday``,
``this_week``, ``last_week``, ``last_7_days``, ``last_30_days``, ``last_90_days``,
``this_month``, ``last_month``, ``next_month``, ``this_quarter``, ``last_quarter``,
``next_quarter``, ``this_year``, ``last_year``, ``first_half``, ``second_half``,
``same_time_last_year``, ``last_N_months`` ("最近3个月" = this month and the two before,
whole months), ``YYYY-MM``, ``YYYY-Qn``, ``YYYY-Hn`` and ``"YYYY-MM-DD..YYYY-MM-DD"``. Relative words map
to the relative names (the tool resolves them against its own ``today``); explicit
months, quarters and day counts need ``today`` to pick the year or the range.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass

from assistant.text.calendar_words import DAY, MONTHS_EN, add_months, month_end, quarter_back, quarter_of
from assistant.text.horizons import EN_NUM, find_horizon_days
from assistant.text.month_ranges import MONTH_RANGES
from assistant.text.numerals import CN_NUMBER, en_to_int, read_int

__all__ = ["TimeExpr", "find_horizon_days", "find_period"]


@dataclass(frozen=True)
class TimeExpr:
    """A time expression found in a text.

    Attributes:
        period: The canonical period string.
        start: Offset of the expression in the text.
        end: Offset just past the expression.
    """

    period: str
    start: int
    end: int


def _range(a: dt.date, b: dt.date) -> str:
    return f"{a.isoformat()}..{b.isoformat()}"


def _last_days(n: int, today: dt.date) -> str:
    if n == 30:
        return "last_30_days"
    if n == 7:
        return "last_7_days"
    if n == 90:
        return "last_90_days"
    return _range(today - (n - 1) * DAY, today)


def _last_months(n: int) -> str:
    """"最近3个月" = whole calendar months: this month and the n-1 before it (one month = 30 days)."""
    return "last_30_days" if n <= 1 else f"last_{min(n, 36)}_months"


def _back(n: int, today: dt.date, unit: str) -> str:
    """Return the calendar month or Monday-to-Sunday week ``n`` units before this one ("上上个月", "上上周": 2)."""
    if unit == "month":
        return f"{add_months(today, -n):%Y-%m}"
    monday = today - dt.timedelta(days=today.weekday() + 7 * n)
    return _range(monday, monday + 6 * DAY)


def _half_year(word: str, digits: str | None, today: dt.date) -> int:
    return int(digits) if digits else today.year - {"今年": 0, "去年": 1, "前年": 2}.get(word, 0)


def _month(year: int | None, month: int, today: dt.date, prefer_future: bool) -> str | None:
    if not 1 <= month <= 12:
        return None
    if year is None:
        year = today.year
        if not prefer_future and month > today.month:
            year -= 1
        if prefer_future and month < today.month:
            year += 1
    return f"{year:04d}-{month:02d}"


def _quarter(year: int | None, q: int, today: dt.date, prefer_future: bool) -> str | None:
    if not 1 <= q <= 4:
        return None
    current = quarter_of(today)
    if year is None:
        year = today.year
        if not prefer_future and q > current:
            year -= 1
        if prefer_future and q < current:
            year += 1
    return f"{year:04d}-Q{q}"


def _since(month: str | None, today: dt.date) -> str | None:
    """"9月到现在" / "since September": from the 1st of that month up to today."""
    if month is None:
        return None
    year, mon = map(int, month.split("-"))
    return _range(dt.date(year, mon, 1), today)


def _months_a_year_ago(n: int | None, today: dt.date) -> str | None:
    """Return the last ``n`` whole calendar months up to this one, a year earlier (2025-09-01..2025-11-30)."""
    if not n or not 1 <= n <= 12:
        return None
    index = today.year * 12 + today.month - 1 - 12
    first = index - (n - 1)
    start = dt.date(first // 12, first % 12 + 1, 1)
    return _range(start, month_end(index // 12, index % 12 + 1))


def _year(y: int) -> int:
    return y + 2000 if y < 100 else y


_MONTH_NAMES = "|".join(sorted(MONTHS_EN, key=len, reverse=True))
Builder = Callable[[re.Match[str], dt.date, bool], str | None]
_FIXED: list[tuple[str, str]] = [
    (r"今天|今日|today", "today"),
    (r"昨天|昨日|yesterday", "yesterday"),
    (r"上周|上个?星期|上一周|last week|previous week", "last_week"),
    (r"本周|这周|这个?星期|这一周|this week", "this_week"),
    (r"去年|上一年|last (?:year|yr)|previous (?:year|yr)|prior (?:year|yr)", "last_year"),
    (r"(?:去年|上年|上一年)(?:的)?(?:这个时候|这时候|这个时间|同期|这会儿)|(?:this|same) time last year|last year (?:at )?(?:this|the same) time|a year ago",
     "same_time_last_year"),
    (r"(?:最近|近|过去|这)半年|(?:last|past) (?:six|6) months|(?:last|past) half year", "last_6_months"),
    (r"(?:最近|近|过去)一年|(?:最近|近|过去)12个月|(?:last|past|trailing) (?:twelve|12) months|\bTTM\b|"
     r"(?:over )?the (?:past|last) (?:12 months|year)(?! ago)|\bpast year\b", "last_12_months"),
    (r"last 90 days|past 90 days", "last_90_days"),
    (r"上半年|前半年|(?:the )?first half(?: of (?:the|this) year)?|\bH1\b", "first_half"),
    (r"下半年|后半年|(?:the )?second half(?: of (?:the|this) year)?|\bH2\b", "second_half"),
    (r"本月|这个月|这月|当月|本月度|整个?月|this month|(?:the )?(?:whole|entire|full) month|month[- ]to[- ]date|MTD", "this_month"),
    (r"上个?月|上一个?月|last month|previous month|past month", "last_month"),
    (r"下个?月|下一个?月|next month|coming month", "next_month"),
    (r"本季度?|这个?季度|这一?季度?|当季|本季|整个?季度?|全季度?|this (?:quarter|qtr)|current quarter|(?:the )?(?:whole|entire|full) (?:quarter|qtr)|quarter[- ]to[- ]date|QTD", "this_quarter"),
    (r"上个?季度|上一个?季度|上季|last (?:quarter|qtr)|previous quarter|past quarter", "last_quarter"),
    (r"下个?季度|下一个?季度|下季|next (?:quarter|qtr)|coming quarter", "next_quarter"),
    (r"今年|本年度?|全年|本财年|年初至今|(?:从)?(?:年初|开年)(?:到现在|到今天|到目前(?:为止)?|至今|以来|迄今)|this (?:year|yr)|"
     r"(?:the )?(?:whole|entire|full) year|year[- ]to[- ]date|YTD|this fiscal year|"
     r"since (?:the )?(?:start|beginning) of (?:the |this )?year|since new year", "this_year"),
    (r"(?:the )?(?:whole|entire|full) year (?:of )?last year|(?:all|the whole) of last year|last full year", "last_year"),
    (r"最近一个月|近一个月|过去一个月|last 30 days|past 30 days", "last_30_days"),
    (
        r"最近一周|近一周|过去一周|最近7天|这几天|last 7 days|past 7 days|past week|last few days",
        "last_7_days",
    ),
]
_BUILT: list[tuple[str, Builder]] = [*MONTH_RANGES,
    (
        r"(\d{4})-(\d{2})-(\d{2})\s*(?:\.\.|~|到|至|to)\s*(\d{4})-(\d{2})-(\d{2})",
        lambda m, t, f: _range(dt.date(*map(int, m.groups()[:3])), dt.date(*map(int, m.groups()[3:]))),
    ),
    (
        r"(\d{4})\s*年?\s*(?:第)?\s*[Qq]([1-4])|(\d{4})\s*年\s*第?([一二三四1-4])季度",
        lambda m, t, f: _quarter(int(m[1] or m[3]), read_int(m[2] or m[4]) or 0, t, f),
    ),
    (r"[Qq]([1-4])\s*(?:of\s*)?(\d{4})", lambda m, t, f: _quarter(int(m[2]), int(m[1]), t, f)),
    (
        r"(?:第)?([一二三四1-4])季度|(?<![A-Za-z0-9])[Qq]([1-4])(?!\d)",
        lambda m, t, f: _quarter(None, read_int(m[1] or m[2]) or 0, t, f),
    ),
    (
        r"(\d{4})\s*年\s*(\d{1,2}|[一二三四五六七八九十]{1,3})\s*月(?!\s*\d)",
        lambda m, t, f: _month(int(m[1]), read_int(m[2]) or 0, t, f),
    ),
    (r"(\d{4})-(\d{1,2})(?!\d|-)", lambda m, t, f: _month(int(m[1]), int(m[2]), t, f)),
    (
        rf"(?:最近|近|过去|前)\s*({CN_NUMBER})\s*(?:天|日)",
        lambda m, t, f: _last_days(read_int(m[1]) or 30, t),
    ),
    (
        rf"(?:最近|近|过去)\s*({CN_NUMBER})\s*(?:个)?(?:星期|周)",
        lambda m, t, f: _last_days(7 * (read_int(m[1]) or 1), t),
    ),
    (rf"(?:最近|近|过去)\s*({CN_NUMBER})\s*个月", lambda m, t, f: _last_months(read_int(m[1]) or 1)),
    (  # colloquial counts: "这仨月", "近俩月", "这三个月" (this month and the ones before, whole months)
        rf"(?:最近|近|过去|这)\s*(?:(仨|俩)\s*个?|({CN_NUMBER})\s*个)\s*月",
        lambda m, t, f: _last_months({"仨": 3, "俩": 2}.get(m[1] or "", 0) or read_int(m[2] or "") or 1),
    ),
    (  # a two-digit year: "25年", "'25" (not "25年10月", "25年来")
        r"(?<![\d'’])([12]\d)\s*年(?!\s*(?:\d|[一二三四五六七八九十]{1,3}\s*(?:月|季)|第|[上下]半|[Qq]|来|前|后|以))|"
        r"(?<![\w'’])['’]([12]\d)\b(?!['’])",
        lambda m, t, f: str(2000 + int(m[1] or m[2])) if 2000 + int(m[1] or m[2]) <= t.year + 1 else None,
    ),
    (
        r"(去年|今年|前年|(\d{4})\s*年)\s*(上|下)半年",
        lambda m, t, f: f"{_half_year(m[1], m[2], t)}-H{1 if m[3] == '上' else 2}",
    ),
    (  # a calendar year by its number: "2025年", "2025全年", "in 2025" (not "2025年10月", "in 2025-10")
        r"(?<!\d)(20\d\d)\s*(?:全年|年度|年)(?!\s*(?:\d|[一二三四五六七八九十]{1,3}\s*(?:月|季)|第|[上下]半|[Qq]))|"
        r"\b(?:in|for|during|throughout|of)\s+(?:the\s+(?:year|whole\s+of)\s+)?(20\d\d)\b(?![-/.]\d)",
        lambda m, t, f: str(int(m[1] or m[2])) if int(m[1] or m[2]) <= t.year + 1 else None,
    ),
    (  # "去年11月" / "今年三月份": that month of that year
        r"(去年|今年|前年)\s*(\d{1,2}|[一二三四五六七八九十]{1,3})\s*月份?(?![\d日号])",
        lambda m, t, f: _month(t.year - {"去年": 1, "今年": 0, "前年": 2}[m[1]], read_int(m[2]) or 0, t, f),
    ),
    (r"上上个?(?:季度|季)|(?:the )?quarter before last|two quarters ago", lambda m, t, f: quarter_back(2, t)),
    (r"上上个?月|(?:the )?month before last|two months ago", lambda m, t, f: _back(2, t, "month")),
    (r"上上个?(?:星期|周)|(?:the )?week before last|two weeks ago", lambda m, t, f: _back(2, t, "week")),
    (r"(?:last|past) (?:fortnight|two weeks)|最近半个月|近半个月|过去半个月", lambda m, t, f: _last_days(14, t)),
    (  # "H2 last year" / "the first half of last year" / "last year's H1"
        r"\b(?:(?:the\s+)?(first|second)\s+half|(H[12]))\s+(?:of\s+)?(last|this)\s+(?:year|yr)\b|"
        r"\b(last|this)\s+(?:year|yr)'?s?\s+(?:(first|second)\s+half|(H[12]))\b",
        lambda m, t, f: f"{t.year - ((m[3] or m[4]).lower() == 'last')}-H"
        f"{1 if (m[1] or m[5] or '').lower() == 'first' or (m[2] or m[6] or '').upper() == 'H1' else 2}",
    ),
    (r"前年|大前年|(?:the )?year before last|two years ago", lambda m, t, f: str(t.year - (3 if m[0] == "大前年" else 2))),
    (
        r"(?<![\d年])(\d{1,2}|[一二三四五六七八九十]{1,3})\s*月份?\s*(?:(?:1|一)\s*[号日])?\s*(?:初)?\s*"
        r"(?:开始)?(?:到现在|到今天|到目前(?:为止)?|到如今|至今|以来|迄今)",
        lambda m, t, f: _since(_month(None, read_int(m[1]) or 0, t, False), t),
    ),
    (
        r"\bsince\s+(?:the\s+(?:start|beginning)\s+of\s+)?(" + _MONTH_NAMES + r")\b\.?|"
        r"\bfrom\s+(?:the\s+(?:start|beginning)\s+of\s+)?(" + _MONTH_NAMES + r")\b\.?\s+(?:to|till|until|through)\s+(?:now|today|date)",
        lambda m, t, f: _since(_month(None, MONTHS_EN[(m[1] or m[2]).lower()], t, False), t),
    ),
    (  # "Q4 last year" / "去年四季度" / "last year's Q3": that quarter of that year
        r"\b[Qq]([1-4])\s+(?:of\s+)?(last|this)\s+(?:year|yr)\b|\b(last|this)\s+(?:year|yr)'?s?\s+[Qq]([1-4])\b|"
        r"(去年|今年|前年)\s*(?:的)?\s*(?:第)?\s*(?:[Qq]([1-4])|([一二三四1-4])\s*季度)",
        lambda m, t, f: _quarter(
            t.year - {"last": 1, "this": 0, "去年": 1, "今年": 0, "前年": 2}[(m[2] or m[3] or m[5]).lower()],
            int(m[1] or m[4] or m[6] or 0) or read_int(m[7] or "") or 0, t, f,
        ),
    ),
    (  # "the same 3 months last year" / "去年同期这三个月": the last N whole months, a year earlier
        rf"\b(?:the\s+)?same\s+{EN_NUM}\s+months?\s+(?:of\s+|in\s+)?(?:last|previous|the previous|the prior)\s+(?:year|yr)\b|"
        rf"去年(?:(?:同期|同一时期|同样)(?:的)?(?:这|那)?|(?:的)?(?:这|那))\s*({CN_NUMBER})\s*个月",
        lambda m, t, f: _months_a_year_ago(en_to_int(m[1]) if m[1] else read_int(m[2]), t),
    ),
    (  # "same month last year" / "去年同月" / "this month last year": this calendar month, a year earlier
        r"\b(?:the\s+)?(?:same|this)\s+month\s+(?:of\s+|in\s+)?(?:last|previous|the previous|the prior)\s+(?:year|yr)\b|"
        r"\blast\s+year'?s\s+(?:same\s+)?month\b(?!-|\s+end\b)|(?:去年|上年|上一年)(?:的)?(?:同月|同一个?月|这个月|本月|当月)",
        lambda m, t, f: f"{t.year - 1}-{t.month:02d}",
    ),
    (  # "same quarter last year" / "去年同季度": this calendar quarter, a year earlier
        r"\b(?:the\s+)?(?:same|this)\s+(?:quarter|qtr)\s+(?:of\s+|in\s+)?(?:last|previous|the previous|the prior)\s+(?:year|yr)\b|"
        r"\blast\s+year'?s\s+(?:same\s+)?(?:quarter|qtr)\b|(?:去年|上年|上一年)(?:的)?(?:同季度?|同一季度|这个?季度|本季度?|当季)",
        lambda m, t, f: f"{t.year - 1}-Q{(t.month - 1) // 3 + 1}",
    ),
    (  # "last November" said in November 2026 is November 2025: the latest such month before this one
        r"\b(?:last|previous)\s+(" + _MONTH_NAMES + r")\b\.?(?!\s+\d)",
        lambda m, t, f: _month(t.year - (MONTHS_EN[m[1].lower()] >= t.month), MONTHS_EN[m[1].lower()], t, f),
    ),
    (  # "this March" / "March this year": that month of the current year
        r"\bthis\s+(" + _MONTH_NAMES + r")\b\.?|\b(" + _MONTH_NAMES + r")\b\.?\s+(?:of\s+)?this\s+year\b",
        lambda m, t, f: _month(t.year, MONTHS_EN[(m[1] or m[2]).lower()], t, f),
    ),
    (rf"(?:last|past|previous)\s+{EN_NUM}\s+days?", lambda m, t, f: _last_days(en_to_int(m[1]) or 30, t)),
    (
        rf"(?:last|past|previous)\s+{EN_NUM}\s+weeks?",
        lambda m, t, f: _last_days(7 * (en_to_int(m[1]) or 1), t),
    ),
    (
        rf"(?:last|past|previous)\s+{EN_NUM}\s*(?:months?|mths?|mos?|mnths?)\b",  # "past 6 mths"
        lambda m, t, f: _last_months(en_to_int(m[1]) or 1),
    ),
    (
        r"(?:(?<![\d年])(\d{1,2})|(?<!年)([一二三四五六七八九十]{1,3}))\s*月份?(?![\d日号])",  # "C00207八月份"
        lambda m, t, f: _month(None, read_int(m[1] or m[2]) or 0, t, f),
    ),
    (
        r"\b(" + "|".join(sorted(MONTHS_EN, key=len, reverse=True)) + r")\b\.?(?:\s+(\d{4}))?",
        lambda m, t, f: _month(int(m[2]) if m[2] else None, MONTHS_EN[m[1].lower()], t, f),
    ),
]
_PATTERNS: list[tuple[re.Pattern[str], Builder]] = [(re.compile(p, re.IGNORECASE), b) for p, b in _BUILT] + [
    (re.compile(p, re.IGNORECASE), (lambda m, t, f, _v=v: _v)) for p, v in _FIXED
]
_EN_MONTH_WORDS_NEEDING_CONTEXT = {"may", "march", "mar", "jun", "jan", "dec", "sep", "sept", "oct", "nov", "aug", "apr"}


def find_period(text: str, today: dt.date, *, prefer_future: bool = False) -> TimeExpr | None:
    """Return the first (leftmost, then longest) time expression in ``text`` as a canonical period.

    Args:
        text: The user's request.
        today: The reference day (for explicit months, quarters, weeks and day counts).
        prefer_future: Read a bare month or quarter as the next occurrence (forecasts) instead of
            the latest past one.
    """
    found: list[TimeExpr] = []
    for pattern, build in _PATTERNS:
        for m in pattern.finditer(text):
            word = m.group(0).lower()
            opens = word in ("sep", "sept", "oct", "nov", "aug") and not text[: m.start()].strip()  # "Sept orders"
            if word in _EN_MONTH_WORDS_NEEDING_CONTEXT and not opens and not re.search(r"\b(in|of|for|during)\s+$", text[: m.start()].lower()):
                continue
            period = build(m, today, prefer_future)
            if period:
                found.append(TimeExpr(period, m.start(), m.end()))
    if not found:
        return None
    return min(found, key=lambda e: (e.start, -(e.end - e.start)))

"""A part of a month said as a time something comes: "12月上旬", "明年1月中旬", "mid-November", "the second week of December".

:func:`assistant.text.dates.find_dates` reads days ("11月28号", "30 November"); a lab, a port or a factory
more often names a part of a month ("校准证书要到12月上旬才能出", "the earliest slot is in the second week of
December", "the certificate follows in late January"). :func:`month_part_start` returns the first day such a
part can mean — the earliest it can come — so it can be compared with a day something must be ready by.
Without a year, the month is the next one on or after ``today``'s month ("明年" or "next year" adds a year); a
month said as past ("去年12月底", "今年3月底" said in October) is none.
"""

from __future__ import annotations

import datetime as dt
import re

from assistant.text import lazy_re
from assistant.text.calendar_words import MONTHS_EN
from assistant.text.dates import DateMention
from assistant.text.numerals import cn_to_int

_MN = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|"
    r"nov(?:ember)?|dec(?:ember)?)"
)
_ZH = lazy_re.compile(
    r"(?P<year>明年|今年|去年|前年)?(?<![\d一二三四五六七八九十])(?P<m>1[0-2]|[1-9]|十[一二]?|[一二三四五六七八九])月(?:份)?"
    r"(?P<part>上旬|中旬|下旬|初|中(?![国心标午文华东西南北部间])|底|末)"
)
_EN = lazy_re.compile(
    rf"\b(?:(?P<part>early|mid|late|end of|the end of)[- ]?|(?:the )?(?P<week>first|second|third|fourth|last) week of )"
    rf"(?P<m>{_MN})\b(?:\s+(?P<y>20\d\d))?(?P<next> next year)?",
    re.I,
)
_ZH_DAY = {"上旬": 1, "初": 1, "中旬": 11, "中": 11, "下旬": 21, "底": 25, "末": 25}
_EN_DAY = {"early": 1, "mid": 11, "late": 21, "end of": 25, "the end of": 25}
_WEEK_DAY = {"first": 1, "second": 8, "third": 15, "fourth": 22, "last": 22}


def _year(month: int, today: dt.date, later: bool, year: int | None = None) -> int:
    if year:
        return year
    return today.year + (1 if later or month < today.month else 0)


def month_parts(text: str, today: dt.date) -> list[DateMention]:
    """Return each part of a month ``text`` names, as a mention dated its first day, in order.

    Example: "校准证书要到12月上旬才能出" said on 14 October 2031 → 1 December 2031; "the earliest slot is
    in the second week of December" → 8 December; "报告预计明年1月上旬出" → 1 January 2032.
    """
    found: list[DateMention] = []
    for m in _ZH.finditer(text):
        month = int(m["m"]) if m["m"].isdigit() else cn_to_int(m["m"])
        if m["year"] in ("去年", "前年") or (m["year"] == "今年" and month < today.month):
            continue  # "去年12月底才拿到证书": past, not when something comes
        day = dt.date(_year(month, today, m["year"] == "明年"), month, _ZH_DAY[m["part"]])
        found.append(DateMention(m.start(), m.end(), m.group(), day))
    for m in _EN.finditer(text):
        month = MONTHS_EN[m["m"].lower()]
        first = _WEEK_DAY[m["week"].lower()] if m["week"] else _EN_DAY[re.sub(r"\s+", " ", m["part"].lower())]
        day = dt.date(_year(month, today, bool(m["next"]), int(m["y"]) if m["y"] else None), month, first)
        found.append(DateMention(m.start(), m.end(), m.group(), day))
    return sorted(found, key=lambda d: d.start)


def month_part_start(text: str, today: dt.date) -> dt.date | None:
    """Return the first day of the first part of a month ``text`` names, or None (see :func:`month_parts`)."""
    found = month_parts(text, today)
    return found[0].date if found else None

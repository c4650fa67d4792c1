"""When a document comes, said as a time it takes from a start: "filed in August and the TGA needs about five months".

A lab, an authority or a certification body seldom gives the day its document comes; it gives how long it takes
from something dated ("the EN 1078 test is booked for 16 March and the certificate follows about six weeks
later", "the PM-12 application was submitted to the SFDA in September; the review usually takes about 120 working
days", "认证机构说大概要六周"). :func:`document_arrivals` works that day out — the start (a day, a part of a month or a
bare month said in the sentence or the one before it by the same speaker; else today) plus the duration (working
days as 7/5 calendar days) — so :mod:`~assistant.summaries.date_clash` can set it against the day the document is
needed by. Only a sentence naming a document, a lab or an authority counts: a production or shipping lead time is
:mod:`~assistant.summaries.timeline_sums`' to add up.
"""

from __future__ import annotations

import datetime as dt
import re

from assistant.text import lazy_re
from assistant.text.calendar_words import add_months, month_end
from assistant.text.conversation import Sentence
from assistant.text.dates import DateMention, find_dates
from assistant.text.month_parts import month_parts
from assistant.text.numerals import cn_to_int, en_to_int

_WORD = r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|a couple of|a few"
_EN = lazy_re.compile(  # "takes about five months", "about six weeks later", "120 working days"
    rf"\b(?:takes?|needs?|requires?|follows?|about|around|approximately|roughly|some|within|in)\s+(?:about\s+|around\s+)?"
    rf"(?P<n>\d{{1,3}}|{_WORD})\s+(?P<work>working\s+|business\s+)?(?P<unit>days?|weeks?|months?)\b",
    re.I,
)
_ZH = lazy_re.compile(r"(?:要|需要|需|得|约|大概|大约|左右)\s*(?P<n>\d{1,3}|[一二两三四五六七八九十]{1,3})\s*(?:个)?(?P<unit>工作日|天|周|星期|月)")
_AUTHORITY = lazy_re.compile(  # who issues it, or what it is
    r"报告|证书|认证|检测|检验|注册|审批|许可|实验室|认证机构|"
    r"\b(?:reports?|certificates?|certifi\w+|tests?|lab|labs|laborator\w+|approval|registration|listing|licen[cs]e|"
    r"review|application|authority|inspect\w+|"
    r"(?-i:(?!(?:USD|EUR|GBP|RMB|CNY|AUD|NZD|CAD|SAR|AED|MOQ|FOB|CIF|EXW|DDP|PO|PI|QC|OEM|ETA|ETD|LC|TT)\b)[A-Z]{2,6}))\b",
    re.I,
)
_CLAUSE = lazy_re.compile(r"[,;，；:：]|\band\b|\bso\b|而且|然后")
_LEAD = lazy_re.compile(r"生产|排产|海运|发货|运输|安装|\b(?:production|freight|shipping|sea|transit|delivery|install\w*)\b", re.I)
_MONTH = lazy_re.compile(
    r"\bin\s+(?P<m>jan(?:uary)?|feb(?:ruary)?|march|april|may|june|july|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|"
    r"nov(?:ember)?|dec(?:ember)?)\b",
    re.I,
)
_PAST = lazy_re.compile(r"\b(?:was|were|been|filed|submitted|applied|sent|started|lodged)\b|已经?|上个?月|去年", re.I)
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")


def _count(n: str) -> int:
    if n.isdigit():
        return int(n)
    if re.fullmatch(r"[一二两三四五六七八九十]+", n):
        return cn_to_int(n)
    return {"a couple of": 2, "a few": 3}.get(n.lower()) or en_to_int(n.lower()) or 0


def _after(start: dt.date, n: int, unit: str, work: bool) -> dt.date:
    unit = unit.lower()
    if unit.startswith(("month", "月")):
        first = add_months(start, n)
        return first.replace(day=min(start.day, month_end(first.year, first.month).day))
    days = n * 7 if unit.startswith(("week", "周", "星期")) else n
    return start + dt.timedelta(days=round(days * 7 / 5) if work or unit == "工作日" else days)


def _start(text: str, end: int, today: dt.date) -> dt.date | None:
    """Return the latest date ``text`` says before ``end``: a day, a part of a month, or "in August"."""
    said = [(d.start, d.date) for d in [*find_dates(text[:end], today), *month_parts(text[:end], today)]]
    for m in _MONTH.finditer(text[:end]):
        month = _MONTHS.index(m["m"][:3].lower()) + 1
        year = today.year - (1 if _PAST.search(text) and month > today.month else 0)
        year += 1 if not _PAST.search(text) and month < today.month else 0
        said.append((m.start(), dt.date(year, month, 1)))
    return max(said)[1] if said else None


def document_arrivals(s: Sentence, before: Sentence | None, today: dt.date) -> list[DateMention]:
    """Return the days a document ``s`` speaks of comes, worked out from a start and how long it takes.

    Example: "The PM-12 application was submitted to the SFDA in September;" then "the SFDA review usually takes
    about 120 working days." said on 15 October 2031 → 1 September 2031 + 168 days = 16 February 2032.
    """
    joined = s.text if before is None or before.speaker != s.speaker else f"{before.text} {s.text}"
    if not _AUTHORITY.search(joined):
        return []
    out = []
    for m in [*_EN.finditer(s.text), *_ZH.finditer(s.text)]:
        clause = _CLAUSE.split(s.text[: m.start()])[-1] + m.group()  # who takes that long: the clause's own subject
        n = _count(m["n"])
        if not n or not _AUTHORITY.search(clause) or _LEAD.search(clause):
            continue
        offset = len(joined) - len(s.text)
        start = _start(joined, offset + m.start(), today) or today
        day = _after(start, n, m["unit"], bool(m.groupdict().get("work")))
        if day > today:
            out.append(DateMention(m.start(), m.end(), m.group(), day))
    return out

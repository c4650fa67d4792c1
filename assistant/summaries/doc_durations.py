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
from assistant.text.calendar_words import MONTHS_EN, add_months, month_end
from assistant.text.conversation import Sentence
from assistant.text.dates import DateMention, find_dates
from assistant.text.month_parts import month_parts
from assistant.text.numerals import cn_to_int, en_to_int

_WORD = r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|sixty|ninety|a few"
_EN = lazy_re.compile(  # "takes about five months", "follows about six weeks later", "needs 120 working days"
    rf"\b(?:takes?|taking|needs?|requires?|follows?|comes?|issued|ready|out|lasts?)\s+(?:\w+\s+)?(?:about\s+|around\s+|"
    rf"approximately\s+|roughly\s+|some\s+|up to\s+)?(?P<n>\d{{1,3}}|{_WORD})\s+(?P<work>working\s+|business\s+)?"
    rf"(?P<unit>days?|weeks?|months?)\b(?!\s+(?:before|of|ahead))",
    re.I,
)
_ZH = lazy_re.compile(  # "大概要六周", "审批需要120个工作日", "之后大概要八周"
    r"(?:要|需要|需|得)\s*(?P<n>\d{1,3}|[一二两三四五六七八九十]{1,3})\s*(?:个)?(?P<unit>工作日|天|周|星期|月)(?!前|内付)"
)
_AUTHORITY = lazy_re.compile(  # who issues it, or what it is: not any capitals ("KX-4", "CEO")
    r"报告|证书|认证|检测|检验|注册|审批|许可|实验室|认证机构|"
    r"\b(?:reports?|certificates?|certification|lab|labs|laborator\w+|approval|registration|listing|licen[cs]e|dossier|"
    r"regulator|authority)\b|(?<![\w-])(?-i:TGA|SFDA|FDA|SEC|NOM|TÜV|TUV|SGS|CSA|ARTG|MDMA|PVoC|CDPH|BIS|PSE|INMETRO|SASO|"
    r"SABER|EAC|UKCA|CCC|3C|CMA|CNAS|Intertek|Bureau Veritas)(?![\w-])",
    re.I,
)
_POINTS_BACK = lazy_re.compile(  # "…to the SFDA in September;" + "the review usually takes …"
    r"\W*(?:it|this|they|that|the (?:review|process|assessment|evaluation|approval)|审批|审核|评审)\b", re.I
)
_NOT_ARRIVAL = lazy_re.compile(  # a period that is no wait for a document: validity, expiry, warranty, payment, notice
    r"valid|expir|warrant|payab|pay\w*|invoice|notice|train\w*|有效期|过期|质保|保修|付款|培训|\b(?:before|ahead)\b|前",
    re.I,
)
_CLAUSE = lazy_re.compile(r"[,;，；:：]|\band\b|\bso\b|而且|然后")
_LEAD = lazy_re.compile(
    r"生产|排产|海运|发货|运输|安装|交期|\b(?:production|produc\w*|manufactur\w*|freight|ship\w*|sea|transit|delivery|"
    r"lead time|install\w*)\b",
    re.I,
)
_MONTH = lazy_re.compile(
    r"\bin\s+(?P<m>jan(?:uary)?|feb(?:ruary)?|march|april|may|june|july|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|"
    r"nov(?:ember)?|dec(?:ember)?)\b|(?<![\d一二三四五六七八九十])(?P<zh>1[0-2]|[1-9]|十[一二]?|[一二三四五六七八九])月(?![\d一二三四五六七八九十底初中末上下])",
    re.I,
)
_DONE = lazy_re.compile(r"\b(?:was|were|has been|have been|filed|submitted|applied|lodged)\b|已经?|上个?月|去年", re.I)
_TO_COME = lazy_re.compile(r"\b(?:will|to be|plan\w*|going to|next)\b|将|计划|准备|打算", re.I)
_BY = lazy_re.compile(r"\b(?:by|before|until|deadline)\s*(?:the\s+)?$|截止|最晚|前$", re.I)


def _count(n: str) -> int:
    if n.isdigit():
        return int(n)
    if re.fullmatch(r"[一二两三四五六七八九十]+", n):
        return cn_to_int(n)
    return 3 if n.lower() == "a few" else en_to_int(n) or 0


def _after(start: dt.date, n: int, unit: str, work: bool) -> dt.date:
    unit = unit.lower()
    if unit.startswith(("month", "月")):
        first = add_months(start, n)
        return first.replace(day=min(start.day, month_end(first.year, first.month).day))
    days = n * 7 if unit.startswith(("week", "周", "星期")) else n
    return start + dt.timedelta(days=round(days * 7 / 5) if work or unit == "工作日" else days)


def _start(text: str, end: int, today: dt.date) -> dt.date | None:
    """Return the latest start ``text`` says before ``end``: a day, a part of a month, "in August" or "9月".

    A day something is needed by ("installed by 15 December") is no start; a bare month's year follows its
    clause's tense ("was filed in August" said in October: this year's; "will be filed in November": this year's;
    "in May" said in October with nothing past: next year's).
    """
    head = text[:end]
    said = [(d.start, d.date) for d in [*find_dates(head, today), *month_parts(head, today)]
            if not _BY.search(head[max(0, d.start - 12) : d.start])]  # fmt: skip
    for m in _MONTH.finditer(head):
        month = MONTHS_EN[m["m"].lower()] if m["m"] else (int(m["zh"]) if m["zh"].isdigit() else cn_to_int(m["zh"]))
        clause = _CLAUSE.split(head[: m.start()])[-1]
        done = bool(_DONE.search(clause)) and not _TO_COME.search(clause)
        year = today.year - 1 if done and month > today.month else today.year + (0 if done or month >= today.month else 1)
        said.append((m.start(), dt.date(year, month, 1)))
    return max(said)[1] if said else None


def document_arrivals(s: Sentence, before: Sentence | None, today: dt.date) -> list[DateMention]:
    """Return the days a document ``s`` speaks of comes, worked out from a start and how long it takes.

    Example: "The PM-12 application was submitted to the SFDA in September;" then "the SFDA review usually takes
    about 120 working days." said on 15 October 2031 → 1 September 2031 + 168 days = 16 February 2032.
    """
    joined = s.text if before is None or before.speaker != s.speaker else f"{before.text} {s.text}"
    out = []
    for m in [*_EN.finditer(s.text), *_ZH.finditer(s.text)]:
        clause = _CLAUSE.split(s.text[: m.start()])[-1] + s.text[m.start() : m.end() + 30]  # the wait's own clause
        named = _AUTHORITY.search(clause) or (_POINTS_BACK.match(clause) and _AUTHORITY.search(joined))
        n = _count(m["n"])
        if not n or not named or _LEAD.search(clause) or _NOT_ARRIVAL.search(clause):
            continue
        offset = len(joined) - len(s.text)
        start = _start(joined, offset + m.start(), today) or today
        day = _after(start, n, m["unit"], bool(m.groupdict().get("work")))
        if day > today:
            out.append(DateMention(m.start(), m.end(), m.group(), day))
    return out

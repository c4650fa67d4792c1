"""Our earliest date against the customer's latest one: a timeline risk stated as two dates (issue 14).

"水泵最快也要下个月十号才能发" alone is a lead time; with the customer's "最晚下个月五号要到工地" in the
same conversation the two dates no longer meet, and that gap is the delivery risk. An earliest date is
said with 最快/最早 … 才, "… 才能到", "the earliest we can …", "at the earliest", "not … before …"; a
latest one with 最晚/最迟, "at the latest", "no later than", "deadline". The risk carries both quotes, so
its statement names both dates.
"""

from __future__ import annotations

import re

from assistant.summaries.owners import party_of
from assistant.text import lazy_re
from assistant.text.conversation import Sentence

_WHEN_ZH = r"(?:\d+|[一二三四五六七八九十]+)(?:月|号|日|天|周|个?星期|个月)|月底|月初|中旬|下旬|上旬|年底|年后|节后|下周|下个?月"
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*"
_WHEN_EN = r"\d|\b(?:" + _MONTH + r"|end of|next week|next month|weeks?|days?)\b"
_EARLIEST = lazy_re.compile(
    r"(?:最快|最早)[^，。；！？]{0,14}?(?:才|也要|也得|得到|要到)|(?:要|得|到)[^，。；！？]{0,10}?(?:"
    + _WHEN_ZH
    + r")"
    r"[^，。；！？]{0,4}?才(?:能|可以|会)?(?:到|发|交|出|做好|完成|送到|上)|"
    r"\b(?:the )?earliest (?:we|I|they|it|delivery|date|arrival|shipment|possible|slot|sailing)\b|\bat the earliest\b|"
    r"\b(?:not|won'?t|can'?t|cannot|couldn'?t|wouldn'?t)\b(?: [\w-]+){0,5} (?:before|until)\b",
    re.I,
)
_DEADLINE = lazy_re.compile(
    r"最晚|最迟|前必须|之前必须|截止|\b(?:at the latest|no later than|deadline|latest (?:date|possible|we can))\b",
    re.I,
)
_WHEN = lazy_re.compile(_WHEN_ZH + "|" + _WHEN_EN, re.I)


def earliest_date(text: str) -> bool:
    """Whether ``text`` gives an earliest possible date ("得十二月下旬才能到", "the earliest we can ship is 14 March")."""
    return bool(_EARLIEST.search(text) and _WHEN.search(text))


def names_time(text: str) -> bool:
    """Whether ``text`` names a date, a day count or a figure ("工厂1月底就放假了", "20 May is not possible")."""
    return bool(_WHEN.search(text))


def deadline(text: str) -> bool:
    """Whether ``text`` gives a latest acceptable date ("最晚三月五号要到工地", "by 2 April at the latest")."""
    return bool(_DEADLINE.search(text) and _WHEN.search(text))


def timeline_gap(sents: list[Sentence]) -> list[Sentence]:
    """Return the first earliest date and the customer's deadline nearest it, or [] when either is missing.

    The earliest date may be said by either side (ours, or the customer relaying a third party's); the
    deadline is the customer's.
    """
    early = next((s for s in sents if earliest_date(s.text)), None)
    if early is None:
        return []
    late = [s for s in sents if s is not early and party_of(s) != "we" and deadline(s.text)]
    if not late:
        return []
    return [early, min(late, key=lambda s: abs(s.start - early.start))]

"""A deadline need said as "before that" takes the sentence that names the day (issue 14: who said what, when).

"The villa wing opens on 1 October. Everything must be installed before that." is one need — installed before
1 October — yet the sentence reader files only the second sentence, whose words hold no date: the manager reading
"Requirement: Everything must be installed before that" cannot tell when. The need keeps its own quote and adds the
words that name the day: earlier in its own sentence ("…arrive from 20 November, so … running by then"), or the same
speaker's sentence at most two back; its statement shows them in brackets. A told past ("We never needed one before
that") or a named event after the words ("before that meeting") is no deadline pointing back.
"""

from __future__ import annotations

import datetime as dt
import re

from assistant.summaries.schema import Need, Quote
from assistant.text import lazy_re
from assistant.text.conversation import Sentence
from assistant.text.dates import find_dates

_THEN = lazy_re.compile(  # a deadline that points back at a day said before: closing its clause, or opening it
    r"\b(?:before (?:that|then|this)(?: (?:date|day))?|by then|by that (?:day|date|time)|until then|ahead of (?:that|it))\b"
    r"(?=\s*(?:[^\w\s]|$|so\b|and\b))|^\W*(?:by then|before then|before that date)\b|"
    r"(?:在)?(?:这|那)(?:个日子|天)?(?:之前|以前)|到时候|那天前",
    re.I,
)
_PAST = lazy_re.compile(  # told as what happened or used to: "We never needed a chiller before that"
    r"\b(?:never|used to|had (?:been|to)|ended|moved in(?:to)?)\b|以前用|曾经|当时", re.I
)
_SHOWN = 80  # characters of the day's words the statement shows
_NAMED = lazy_re.compile(  # a day on the calendar or of the week, not "today" or "明天"
    r"\d|[日号月]|五一|国庆|元旦|周|星期|礼拜|\b(?:mon|tue|wed|thu|fri|sat|sun)", re.I
)
_REF = dt.date(2026, 1, 1)  # the day is only looked for, never resolved
_LOOKBACK = 2


def names_day(text: str) -> bool:
    """Whether ``text`` names a day ("1 October", "Sept 23", "下周三", "9月20号"), not only "today" or "明天"."""
    return any(_NAMED.search(m.text) for m in find_dates(text, _REF))


def _antecedent(sentences: list[Sentence], i: int, q: Quote) -> tuple[int, str] | None:
    """Return where the day a deadline points back at is said, and its words.

    The words come before the quote in its own sentence, or are the latest of the two sentences before it said by the
    same speaker.
    """
    s = sentences[i]
    head = s.text[: q.start - s.start].rstrip(" ,，;；、")
    if head.strip() and names_day(head):  # "…dates arrive from 20 November, so the rooms … must be running by then"
        text = head.strip()
        return s.start + s.text.find(text), text
    for j in range(i - 1, max(-1, i - 1 - _LOOKBACK), -1):
        t = sentences[j]
        if t.speaker != s.speaker:
            return None
        if names_day(t.text):
            text = t.text.strip()
            return t.start + t.text.find(text), text
    return None


def _window(text: str) -> str:
    """Return the day's words as the statement shows them: whole, or cut around the day ("…opens on 3 March.")."""
    if len(text) <= _SHOWN:
        return text
    day = next((m for m in find_dates(text, _REF) if _NAMED.search(m.text)), None)
    centre = (day.start + day.end) // 2 if day is not None else 0
    a = max(0, min(centre - _SHOWN // 2, len(text) - _SHOWN))
    return ("…" if a else "") + text[a : a + _SHOWN] + ("…" if a + _SHOWN < len(text) else "")


def anchor_deadlines(needs: list[Need], sentences: list[Sentence], lang: str) -> list[Need]:
    """Give each need whose only quote says "before that" the quote of the sentence naming the day; return the needs.

    Args:
        needs: The needs found so far.
        sentences: The conversation's sentences in order.
        lang: Output language (``zh``/``en``).
    """
    quoted = {(q.start, q.end) for n in needs for q in n.quotes}
    for n in needs:
        text = n.quotes[0].text if len(n.quotes) == 1 else ""
        if not _THEN.search(text) or _PAST.search(text) or names_day(text):
            continue
        q = n.quotes[0]
        i = next((k for k, s in enumerate(sentences) if s.start <= q.start < max(s.end, s.start + 1)), None)
        day = _antecedent(sentences, i, q) if i is not None else None
        if day is None:
            continue
        start, text = day
        if (start, start + len(text)) in quoted:
            continue  # another need quotes those words already
        n.quotes = [q, Quote(text=text, start=start, end=start + len(text), speaker=q.speaker)]
        shown = _window(text)
        n.text = f"{n.text}（{shown.rstrip('。.!！')}）" if lang == "zh" else f"{n.text} ({shown})"
        quoted.add((start, start + len(text)))
    return needs

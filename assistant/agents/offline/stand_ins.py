"""What the intent classifier reads: a request with its particulars replaced by stand-ins of the training sentences' kind.

The intent is in the words around a name, an id, a year or an alert number, not in them:

* a customer name becomes "锦华" / "Summit": words inside a company's name ("Prime Office Supply",
  "Hospitality") otherwise pull the classifier towards products or orders. An external id
  ("C00412") and a Chinese name inside an English sentence ("what did 和信 spend") are names too;
  the stand-in follows the sentence's language;
* a calendar year becomes the year it is relative to today ("my rev in 2026?" → "my rev this year?",
  "2025年" → "去年"): the classifier cannot know whether 2026 is over, under way or ahead, and
  read a bare year as a forecast;
* a bare "#488" is an alert's number ("alert #488"): deals and orders have ids of their own
  (OPP-…, SO-…), "# of" is a count and "who's #1" a place in a ranking.
"""

from __future__ import annotations

import datetime as dt
import re

from assistant.agents.offline.entities import Mentions
from assistant.text import lazy_re

_EXT_ID = lazy_re.compile(r"C\d{5}", re.I)
_CJK = lazy_re.compile(r"[\u4e00-\u9fff]")
_YEAR = lazy_re.compile(r"(?:\b(?:in|for|during)\s+)?(?<![\d.\-/#])((?:19|20)\d\d)(?![\d\-/.])(\s*年(?:度)?)?", re.I)
_ALERT_NO = lazy_re.compile(r"(?<![A-Za-z0-9_#])#\s*(?=\d)")
_RANK = lazy_re.compile(r"(?:'s|\b(?:is|was|are|the|at|ranked|ranks?))\s*$", re.I)  # "who's #1", "the #2 seller": a place
_ALERT_BEFORE = lazy_re.compile(r"(?:告警|预警|违规|\balerts?|\bflags?)\s*(?:no\.?|number|编号)?\s*$", re.I)
_YEARS_EN = {0: "this year", -1: "last year", 1: "next year"}
_YEARS_ZH = {0: "今年", -1: "去年", 1: "明年"}


def masked(text: str, m: Mentions, today: dt.date | None = None) -> str:
    """``text`` as the classifier should read it: names, ids, years (with ``today``) and alert numbers stood in for.

    Args:
        text: The normalised request.
        m: Its mentions (the customer names to replace; matched whatever their case).
        today: The date years are relative to; without it years are left as written.
    """
    rest = text
    for name in m.customers:
        rest = re.sub(re.escape(name), " ", rest, flags=re.I)
    english = not _CJK.search(rest)  # "what did 和信 order": a Chinese name in an English sentence
    for name in sorted(m.customers, key=len, reverse=True):
        ext_id, cjk = bool(_EXT_ID.fullmatch(name)), bool(_CJK.search(name))
        if len(name) > 3 or (cjk and english):
            short = "Summit" if english or not (cjk or ext_id) else "锦华"  # "C00412" stands for a name too
            text = re.sub(re.escape(name), short, text, flags=re.I)  # "harbor retail" typed in lower case too
    if today is not None:
        text = _YEAR.sub(lambda y: _relative_year(y, today, english), text)
    return _ALERT_NO.sub(lambda h: h[0] if _kept(text[: h.start()]) else _alert(english), text)


def _kept(before: str) -> bool:
    """Whether the "#" after ``before`` is already an alert's ("alert #12") or a place in a ranking ("who's #1")."""
    return bool(_ALERT_BEFORE.search(before) or _RANK.search(before))


def _relative_year(found: re.Match[str], today: dt.date, english: bool) -> str:
    offset = max(-1, min(1, int(found[1]) - today.year))  # an earlier year is over, a later one ahead
    return _YEARS_ZH[offset] if found[2] or not english else _YEARS_EN[offset]


def _alert(english: bool) -> str:
    return "alert #" if english else "告警#"

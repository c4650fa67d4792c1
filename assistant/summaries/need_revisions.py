"""A count changed from what was said before is one need: the earlier figure gives way to the later.

Customers revise a count across two lines: "I need six ovens, four chillers and ranges." … "We said eight
ranges last time, but after the layout change six are enough."; "另外储能柜原来说要四台。" … "三台就够了，
先上三台。". Either line names the earlier figure as earlier ("原来", "上次说", "last time", "originally",
"we said"), or the later one opens by correcting the earlier ("不对不对 八台", "wait no 14"), and the
other says what holds now. They are one need: the line that revises joins the need
it revises (the later count replaces the earlier), rather than one need per count, or the revising line
lost because it names no product. A revision counts the same thing: "Can you make it by 5 May?" names a
day, and "20 tables are enough" after "originally 500 chairs" counts another product; neither revises.
"""

from __future__ import annotations

import datetime as dt
import re

from assistant.summaries.count_changes import ADDS, CORRECTS, figure_changed
from assistant.summaries.evidence import add_quote, quote_of, quotes_sentence
from assistant.summaries.numbers import asked_quantities
from assistant.summaries.owners import party_of
from assistant.summaries.schema import Need
from assistant.text import lazy_re
from assistant.text.conversation import Parsed, Sentence
from assistant.text.dates import find_dates
from assistant.text.language import detect_language

# the line names a figure said before: "原来说要四台", "We said eight ranges last time", "originally 500"
_EARLIER = lazy_re.compile(
    r"原来|本来|原先|之前说|上次说|上回说|\blast time\b|\boriginally\b|\bwe said\b|\bwe had said\b|\bat first\b",
    re.I,
)
_WORDS = (
    "two three four five six seven eight nine ten eleven twelve fifteen twenty thirty forty fifty hundred"
)
# what holds now: "三台就够了", "six are enough", "make it 1,200", "改成三台", "we only need 300"
_NOW = lazy_re.compile(
    r"就够|够了|足够|就行|\b(?:is|are|will be) (?:enough|plenty)\b|\bonly need\b|\bjust need\b", re.I
)
_EN_COUNT = lazy_re.compile(rf"\b(?:\d[\d,]*|{'|'.join(_WORDS.split())})\b", re.I)
# the noun a bare English count names: "20 tables are enough", "six lamps will do"
_EN_NOUN = lazy_re.compile(rf"\b(?:\d[\d,]*|{'|'.join(_WORDS.split())})\s+([a-z-]{{3,}}s)\b", re.I)
_NOT_A_NOUN = {
    "are",
    "is",
    "was",
    "were",
    "has",
    "does",
    "days",
    "weeks",
    "months",
    "years",
    "hours",
    "minutes",
    "percents",
}
_DAY = dt.date(2000, 1, 1)  # find_dates needs a day to resolve against; only the spans are read here
# a revision follows the need it revises within this many characters
GAP = {"zh": 80, "en": 250}


def _revises(s: Sentence) -> bool:
    """Whether ``s`` says what count holds now ("三台就够了", "six are enough", "改成三台"), a date no count."""
    if not (_NOW.search(s.text) or figure_changed(s.text)):
        return False
    if asked_quantities(s.text):
        return True
    if detect_language(s.text) == "zh":
        return False
    text = s.text
    for d in find_dates(text, _DAY):  # "make it by 5 May": the 5 is a day
        text = text[: d.start] + " " * (d.end - d.start) + text[d.end :]
    return bool(_EN_COUNT.search(text))


def _nouns(text: str) -> set[str]:
    """Return the stems of the things ``text`` counts ("20 tables" → ``table``; "四台" → ``台``)."""
    units = {v.split(maxsplit=1)[1] for v in asked_quantities(text) if " " in v}
    units |= {m.group(1) for m in _EN_NOUN.finditer(text) if m.group(1).lower() not in _NOT_A_NOUN}
    return {u.lower().split()[-1].rstrip("s") for u in units if u.lower() != "pcs"}


def _same_thing(need: Need, s: Sentence) -> bool:
    """Whether the count of ``s`` counts what ``need`` counts, or names no thing ("six are enough")."""
    new = _nouns(s.text)
    if not new:
        return True
    said = " ".join(q.text for q in need.quotes).lower() + " " + " ".join(need.values).lower()
    return any(n in said for n in new)


def _unit(values: list[str]) -> str | None:
    m = next((re.fullmatch(r"[\d.]+ (\S+)", v) for v in values if re.fullmatch(r"[\d.]+ \S+", v)), None)
    return m.group(1) if m else None


def _quoting(needs: list[Need], s: Sentence) -> Need | None:
    return next((n for n in needs if quotes_sentence(n.quotes, s)), None)


def join_revisions(needs: list[Need], parsed: Parsed) -> list[Need]:
    """Join a need and the customer's line right after it that revises its count, when either names the earlier figure.

    Args:
        needs: The summary's needs.
        parsed: The conversation the quotes index into.

    Returns:
        The needs left, in order; a revised need carries both quotes and the later count.
    """
    gone: list[Need] = []
    for need in sorted(needs, key=lambda n: min(q.start for q in n.quotes)):
        if any(need is g for g in gone) or len(need.quotes) != 1:
            continue
        q = need.quotes[0]
        after = [
            s
            for s in parsed.sentences
            if q.end <= s.start <= q.end + GAP[detect_language(q.text)] and s.text.strip()
        ]
        for s in after:
            if party_of(s) == "we":
                break  # our reply in between: the customer's next line answers it, not the need
            earlier = _EARLIER.search(q.text) or _EARLIER.search(s.text)
            if not _revises(s) or not (earlier or (CORRECTS.search(s.text) and not ADDS.search(s.text))):
                continue  # "不对不对，还有水泵": another item added, not the count corrected
            new = asked_quantities(s.text)
            if ((a := _unit(need.values)) and _unit(new) not in (None, a, "pcs")) or not _same_thing(need, s):
                break  # another product's count ("make it 400": a bare count, of the same)
            other = _quoting(needs, s)
            if other is need:
                break
            if other is not None:  # the revising line is a need already: it holds, with this need's quotes
                other.quotes[:0] = need.quotes
                other.subject = other.subject or need.subject
                gone.append(need)
            else:
                add_quote(need.quotes, quote_of(s))
                if new and need.values and _unit(need.values):
                    figure = rf"(?<![\d.]){re.escape(need.values[0].split()[0])}(?![\d.])"
                    need.text = re.sub(figure, new[0].split()[0], need.text, count=1)
                    need.values = new + need.values[1:]
            break
    return [n for n in needs if not any(n is g for g in gone)]

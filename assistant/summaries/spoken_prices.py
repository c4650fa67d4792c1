"""English prices said in words, as a call transcript writes them: "two seventy-five", "four dollars twenty".

A speaker says a price of three digits as its hundreds and its tens ("two ninety-five" is 295, "two
oh five" 205: dev, spent summaries_blind20, a call where the list price "two ninety-five US per set"
moved to "two seventy-five" and "two seventy"), and a price with cents as dollars and cents ("four
dollars twenty" is 4.20, "a dollar fifty" 1.50). A clock time ("at three thirty", "three fifteen pm")
or a count ("two twenty-foot containers", "two fifty pieces") is no price, nor is a figure after a day or
"the meeting is" ("Tuesday three thirty") or naming a room, page, flight ("room two twelve").
"""

from __future__ import annotations

import re
from decimal import Decimal

from assistant.text import lazy_re
from assistant.text.numerals import EN_ONES, EN_TENS

_ONES, _TENS = EN_ONES, EN_TENS
_UNIT = "|".join(k for k in _ONES if _ONES[k] < 10)
_TEEN = "|".join(k for k in _ONES if _ONES[k] >= 10)
_TEN = "|".join(_TENS)
# the part after the whole: "seventy-five", "fifty", "fifteen", "oh five"
_PART = rf"(?:(?P<tens>{_TEN})(?:-(?P<unit>{_UNIT}))?|(?P<teen>{_TEEN})|oh[ -](?P<oh>{_UNIT}))"
_HUNDREDS = lazy_re.compile(rf"\b(?P<whole>{_UNIT}|{_TEEN}) {_PART}\b(?!-)", re.I)
_DOLLARS = lazy_re.compile(
    rf"\b(?P<whole>a|{_UNIT}|{_TEEN}) (?:dollars?|bucks?|euros?|pounds?)(?: and)? {_PART}\b(?!-)", re.I
)
_CLOCK_BEFORE = lazy_re.compile(r"\b(?:at|by|around|until|till|from|before|after|about)\s+$", re.I)
_CLOCK_AFTER = lazy_re.compile(
    r"^\s*(?:[ap]\.?m\b|o'?clock|tomorrow|today|tonight|this (?:morning|afternoon|evening)|on \w+day|"
    r"(?:your|my|our) time|[A-Z]{2,4}T\b|(?:Beijing|London|UK|US) time)",
    re.I,
)
_COUNTED = lazy_re.compile(  # "two fifty pieces": a count
    r"^\s*(?:pieces|pcs|units|sets|pairs|boxes|cartons|containers|pallets|days|weeks|months|years|hours|minutes|"
    r"people|percent|kilos?|kg|tons?|meters?|metres?|feet|foot|inch(?:es)?|%)\b",
    re.I,
)
_NEAR = 60  # how far around a figure its context is read (a window: the text is never copied whole)
_NOT_PRICE_BEFORE = lazy_re.compile(  # "room two twelve", "flight one twenty", "in one twenty", "Tuesday three thirty"
    r"\b(?:room|page|flight|gate|platform|line|number|no\.?|suite|floor|bus|route|in|on|"
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:meeting|call) is)\s+$",
    re.I,
)
_PER = lazy_re.compile(
    r"^\s*(?:US\b|USD|dollars?|bucks?|euros?|a |an |per |each|apiece|FOB|CIF|EXW|DDP)", re.I
)


def _part(m: re.Match[str]) -> int:
    if m["tens"]:
        return _TENS[m["tens"].lower()] + (_ONES[m["unit"].lower()] if m["unit"] else 0)
    return _ONES[(m["teen"] or m["oh"]).lower()]


def _whole(word: str) -> int:
    return 1 if word.lower() == "a" else _ONES[word.lower()]


def spoken_prices(text: str) -> list[tuple[int, int, Decimal]]:
    """Return ``(start, end, value)`` for each price said in words in ``text``, in order."""
    found: list[tuple[int, int, Decimal]] = []
    for m in _DOLLARS.finditer(text):
        found.append((m.start(), m.end(), Decimal(_whole(m["whole"])) + Decimal(_part(m)) / 100))
    dollars, j = len(found), 0  # both scans run left to right: one pointer finds an overlap (linear)
    for m in _HUNDREDS.finditer(text):
        while j < dollars and found[j][1] <= m.start():
            j += 1
        if j < dollars and found[j][0] < m.end():
            continue
        before, after = text[max(0, m.start() - _NEAR) : m.start()], text[m.end() : m.end() + _NEAR]
        clock = _CLOCK_AFTER.match(after) or (_CLOCK_BEFORE.search(before) and not _PER.match(after))
        if not clock and not _NOT_PRICE_BEFORE.search(before) and not _COUNTED.match(after):
            found.append((m.start(), m.end(), Decimal(_ONES[m["whole"].lower()] * 100 + _part(m))))
    return sorted(found, key=lambda x: x[0])

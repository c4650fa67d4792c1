"""Counts a customer changes, said in words or right after the word of change: "make that four", "cut to 120".

A changed count is often a small figure or a number word that no order-line pattern reads as a count:
"going from nine to seven KT-30 kilns", "make that 8", "wait no 14", "reduce the order to 300",
"bump it up to 500 units". The word of change says it is a count; this module reads the new figure
(digits or English number words) with the noun after it when there is one. The earlier figure of such a
phrase is left to :mod:`assistant.summaries.count_changes`. A figure of money, a span ("to 3 years") or
a size is no count. A count right before a model code and no noun ("only 300 PW-65, not 450") counts
that code.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from decimal import Decimal

from assistant.text import lazy_re
from assistant.text.dates import find_dates
from assistant.text.numerals import EN_ONES, EN_TENS

WORDS = {**EN_ONES, **EN_TENS, "a hundred": 100, "a dozen": 12}
_WORD = "|".join(sorted(WORDS, key=len, reverse=True))
EN_NUM = rf"(?:\d{{1,3}}(?:,\d{{3}})+|\d+|(?:{_WORD})(?:[- ](?:one|two|three|four|five|six|seven|eight|nine)\b)?)"
"""A count in digits ("1,200", "24") or English words ("twenty-four", "a dozen")."""
# a number word right before another figure is a price said aloud ("make it eight thirty"), no count
# a figure scaled or with decimals ("2.5k", "12 hundred") is left to the other readers of counts
NUM = (
    rf"(?:(?:\d{{1,3}}(?:,\d{{3}})+|\d{{1,6}})(?![.,]\d|\s?(?:k|hundred|thousand)\b)"
    rf"|(?:{_WORD})(?![ -]+(?:{_WORD}|\d)))"
)
_CODE = r"(?-i:[A-Z]{1,5}-\d{1,5}[A-Z]?)"
# the noun counted: "seven KT-30 kilns", "12 crates", "120 folding desks"
_NOUN = rf"(?:\s+(?P<c>{_CODE}))?(?:\s+(?P<w>(?:[a-z-]+\s+){{0,2}}[a-z-]{{3,}}s)\b)?"
_VERB = r"(?:cut|cutting|reduc\w*|lower\w*|drop\w*|trim\w*|rais\w*|increas\w*|decreas\w*|bump\w*|chang\w*|revis\w*|adjust\w*|bring|brought|scal\w*)"
CHANGE_RE = lazy_re.compile(
    # "make that four", "make it 8 crates"
    rf"\bmake (?:it|that|them|those) (?P<n1>{NUM})\b"
    # "cut to 120", "reduce the order to 300", "bump it up to 500 units", "going from nine to seven KT-30 kilns"
    rf"|\b{_VERB}\b(?P<obj>(?:\s+(?!to\b|from\b)[\w-]+){{0,3}}?)(?:\s+(?:up|down|back))?"
    rf"(?:\s+from\s+{NUM})?\s+to\s+(?P<n2>{NUM})\b"
    # "wait no 14", "scratch that, 350", "sorry, I meant 40"
    rf"|\b(?:wait,?\s+no|no wait|scratch that|correction|sorry,?\s+(?:I meant|make it)|I mean),?\s+(?P<n3>{NUM})\b"
    rf"(?!\s*(?:[$€£%]|usd|eur|gbp|dollars|euros|percent|cents))",
    re.I,
)
# what a figure after a word of change counts when it is no count: money, a span, a size, a rate
_NOT_COUNT_OBJ = lazy_re.compile(
    r"\b(?:price\w*|cost\w*|rate\w*|discount\w*|fee\w*|deposit\w*|payment\w*|warranty|lead time|margin\w*|"
    r"budget\w*|term\w*|percent\w*|temperature|deadline|date|days?|weeks?|months?|years?|meeting\w*|address\w*|"
    r"calls?|time|appointment\w*)\b",
    re.I,
)
_NOT_A_NOUN = lazy_re.compile(
    r"^(?:days|weeks|months|years|hours|minutes|degrees|percents|cents|dollars|euros|pounds|is|was|has|it|we|they|he|"
    r"she|you|this|that|these|those|and|or|but|so|to|of|for|in|on|at|by|with|the)\b",
    re.I,
)
_SPAN = lazy_re.compile(
    r"^(?:days|weeks|months|years|hours|minutes|degrees|percents|cents|dollars|euros|pounds)\b", re.I
)
# a measure after the figure: "make them 600 gsm", "cut to 40 %"
_MEASURE = lazy_re.compile(r"\s*(?:[%°℃]|(?:mm|cm|m|km|kg|g|ml|l|w|kw|v|mah|gsm|inch\w*|x|percent)\b)", re.I)
_REF = dt.date(2030, 1, 1)  # dates are only located, never resolved
_MONEY_NEAR = lazy_re.compile(r"(?:[$€£¥]|\b(?:USD|EUR|GBP|NZD|AUD|CAD|RMB)\s?)$", re.I)


# "only 300 PW-65, not 450": a count before a model code with no noun after it
CODE_COUNT_RE = lazy_re.compile(
    rf"(?<![\w.,$€¥£-])(?P<n>\d{{1,3}}(?:,\d{{3}})+|\d{{2,6}})\s+(?P<c>{_CODE})(?![\w-])(?!\s+(?:[a-z-]+\s+){{0,2}}[a-z-]{{3,}}s\b)"
)


# what follows a figure that is no count: a date, a time, a street, a price per piece
_NOT_A_COUNT_AFTER = lazy_re.compile(
    r"\s*(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b|(?:am|pm|a\.m\.|p\.m\.)(?!\w)|o'clock|"
    r"(?-i:[A-Z][a-z]+)\s+(?:street|st|road|rd|avenue|ave|lane|way|drive)\b|each\b|per\b|an?\s+(?:unit|piece|set|pc)\b)",
    re.I,
)
_PRONOUN = lazy_re.compile(r"^\s*(?:it|that|them|those)?\s*$", re.I)
# a bargaining line: "make it 45 and we have a deal"
_DEAL = lazy_re.compile(r"\b(?:deal|sign\w*|price\w*|cheaper|discount\w*|offer\w*|accept\w*|agree\w*)\b", re.I)
_OTHER_FIGURE = lazy_re.compile(r"(?<![$€£¥\w.])\d[\d,]*(?![\d,]*\s*(?:[$€£¥%]|usd|eur|gbp))", re.I)
# a standard or rating, no product: "ISO-9001", "IP-65"
_STANDARD = lazy_re.compile(r"^(?:ISO|IP|EN|CE|IEC|UL|DIN|ASTM|NEMA)-")
# what a customer has or used, no count asked: "we use 220 AC-7 now"
_HAS_BEFORE = lazy_re.compile(r"\b(?:use[sd]?|using|have|has|had|bought|own|owns)\s+$", re.I)


def word_value(figure: str) -> Decimal:
    """Read "1,200", "12" or "five" as a number."""
    figure = figure.lower().replace(",", "")
    return Decimal(WORDS[figure]) if figure in WORDS else Decimal(figure)


def counts(text: str) -> Iterator[tuple[int, int, str]]:
    """Yield (start, end, value) for the counts changed to (:func:`change_counts`), then those of a bare model code."""
    yield from change_counts(text)
    for m in CODE_COUNT_RE.finditer(text):
        value = word_value(m["n"])
        if _STANDARD.match(m["c"]) or _HAS_BEFORE.search(text, 0, m.start()):
            continue  # "150 ISO-9001 certificates", "we use 220 AC-7 now": no count asked
        if not (1900 <= value <= 2100 and "," not in m["n"]):  # "2030 HM-500": a year
            yield m.start(), m.end(), f"{value} {m['c']}"


def change_counts(text: str) -> Iterator[tuple[int, int, str]]:
    """Yield (start, end, value) for each count ``text`` changes to ("cut from nine to seven KT-30 kilns" → "7 KT-30 kilns").

    The value is the figure with its noun (and model code) when one follows, else with ``pcs``.
    """
    for m in CHANGE_RE.finditer(text):
        group = next(g for g in ("n1", "n2", "n3") if m[g])
        if (m["obj"] and _NOT_COUNT_OBJ.search(m["obj"])) or _MONEY_NEAR.search(text, 0, m.start(group)):
            continue  # "bring the price down to 58", "cut the lead time to 20 days", "to USD 300"
        if _MEASURE.match(text, m.end(group)) or _NOT_A_COUNT_AFTER.match(text, m.end(group)):
            continue  # "make them 600 gsm", "12 May", "10 am", "45 each": no count
        if _price_before(text, m.start()) or _in_date(text, m.start(group)):
            continue  # "the price was cut to 95", "wait no, 12 May works better"
        noun = re.match(_NOUN, text[m.end(group) :], re.I)
        if noun and noun["w"] and _NOT_A_NOUN.match(noun["w"]):
            if _SPAN.match(noun["w"]):
                continue  # "extend it to 3 years": a span, not a count
            noun = None  # "from eight to six it comes to…": no noun after the figure
        has_noun = bool(noun and (noun["w"] or noun["c"]))
        if not has_noun and group != "n3" and _bargain(text, m, group):
            continue  # "could you bring it down to 58?", "make it 45 and we have a deal"
        value = word_value(m[group])
        if value < 2 or (m[group][0].isdigit() and 1900 <= value <= 2100 and "," not in m[group]):
            continue  # "make it one", "to 2030": no count
        end = m.end(group) + (noun.end() if noun and (noun["w"] or noun["c"]) else 0)
        what = " ".join(x for x in (noun["c"], (noun["w"] or "").lower()) if x) if noun else ""
        yield m.start(group), end, f"{value} {what or 'pcs'}"


def _price_before(text: str, start: int) -> bool:
    """Whether the clause before a word of change at ``start`` names a price ("the price was cut to 95")."""
    clause = re.split(r"[,;:.!?]|\band\b", text[max(0, start - 40) : start])[-1]
    return bool(_NOT_COUNT_OBJ.search(clause))


def _in_date(text: str, at: int) -> bool:
    """Whether the figure at ``at`` is part of a date ("12 May", "May 12")."""
    return any(d.start <= at < d.end for d in find_dates(text, _REF))


def _bargain(text: str, m: re.Match[str], group: str) -> bool:
    """Whether a figure with no noun after "it"/"that" or no object is a price haggled, not a count.

    It is a count when another figure in the line is the earlier count ("you put 3,000, make it 2,000")
    or when a number word is said ("make that four").
    """
    if m["obj"] is not None and not _PRONOUN.match(m["obj"]):
        return False  # "reduce the order to 300": the object says what is counted
    others = [o for o in _OTHER_FIGURE.finditer(text) if not o.start() <= m.start(group) < o.end()]
    if others:
        return False
    if group == "n2" or not m[group][0].isdigit():
        return group == "n2"
    return bool(_DEAL.search(text)) or m.group(0).lower().startswith("make it")

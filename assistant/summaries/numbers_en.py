"""English counts in sales talk: "5,000 wireless chargers", "make it 1,500,000", "1.5 million preforms".

Split from :mod:`assistant.summaries.numbers` (which finds amounts, Chinese counts and percentages and
then asks this module for the bare and noun-led English counts). A bare figure in price talk ("the best
I can do is 252") is a price, not a count.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from decimal import Decimal
from typing import Protocol

from assistant.summaries.money_marks import is_money
from assistant.text import lazy_re


class Mention(Protocol):
    """What a found number needs here: its kind and normalised value."""

    kind: str
    value: str


# a model code between a count and its noun, or right after them: "1,400 CC-200 chairs", "1,200 idler sets TI-15"
_CODE = r"(?-i:[A-Z]{1,5}-\d{1,5}[A-Z]?)"
EN_QTY_RE = lazy_re.compile(
    r"(?:\b(?:order|do|take|need|want|buy|make|for|of)\s+(?:about\s+|only\s+)?|^|\s)"
    r"(?P<n>\d{1,3}(?:,\d{3})+|\d{3,6}|\d+k)(?!,\d)(?=\s+(?:is|are|was) too many|\s*(?:pieces|pcs|units)?\s*[?.!,]|"
    r"\s+(?:instead|first|now|this time)\b|$)",
    re.I,
)
# "5,000 wireless chargers", "1200 ceramic mugs", "1,400 CC-200 chairs": a count before a plural noun (units
# not in UNITS), a model code between them kept
EN_NOUN_QTY_RE = lazy_re.compile(
    r"(?<![\w.,$€¥£-])(?P<n>\d{1,3}(?:,\d{3})+|\d{3,6})\s+(?:(?P<c>" + _CODE + r")\s+)?"
    r"(?P<w>(?:[a-z-]+\s+){0,2}[a-z-]{3,}s)\b(?!\s*(?:ago|later))",
    re.I,
)
# "24 GX-8 folding gazebos", "we'll take 12 umbrella stands": a small count is an order line only right before
# a model code or right after an order verb
EN_SMALL_QTY_RE = lazy_re.compile(
    r"(?:\b(?:take|order|need|want|buy|get)\s+(?P<n>\d{1,2})\s+(?:(?P<c>" + _CODE + r")\s+)?|"
    r"(?<![\w.,$€¥£-])(?P<n2>\d{1,2})\s+(?P<c2>" + _CODE + r")\s+)"
    r"(?P<w>(?:[a-z-]+\s+){0,2}[a-z-]{3,}s)\b(?!\s*(?:ago|later))",
    re.I,
)
# "from 100 to 200 pieces", "between 40 and 60 crates": a range of one noun, named after its upper end
EN_RANGE_RE = lazy_re.compile(
    r"\b(?:from|between)\s+(?P<a>\d{1,3}(?:,\d{3})+|\d{1,6})\s*(?:to|and|-|–)\s*(?P<b>\d{1,3}(?:,\d{3})+|\d{1,6})\s+"
    r"(?P<w>(?:[a-z-]+\s+){0,2}[a-z-]{3,}s)\b",
    re.I,
)
# "the best I can do is 252", "can you go to 275?": a bare figure in price talk is a price, not a count.
# Strong cues of either side decide first (quantity's before price's), then the weak ones.
_QTY_STRONG = lazy_re.compile(r"\b(?:order(?:ed|ing|s)?|MOQ|minimum|quantity|qty|pcs|pieces|units|volume|go up to)\b", re.I)
_PRICE_STRONG = lazy_re.compile(
    r"\b(?:price[sd]?|pricing|quoted?|best (?:I|we) can do|cost[s]?|budget|target|per (?:unit|piece|pc))\b|[$€£¥]|"
    r"\b(?:USD|EUR|GBP|AUD|RMB|CAD)\b",
    re.I,
)
_QTY_WEAK = lazy_re.compile(r"\b(?:need[s]?|buy|take|want)\b", re.I)
_PRICE_WEAK = lazy_re.compile(r"\b(?:offer(?:ed)?|go (?:down )?to|come down to|charge|discount|cheaper|each)\b", re.I)
# "100 mm castors", "we want 100 this time": a size or a function word after the figure, no counted noun
_NOT_A_NOUN = lazy_re.compile(
    r"^(?:mm|cm|m|km|kg|g|ml|l|w|kw|v|mah|gsm|inch(?:es)?|this|that|is|was|has|still|plus|less|as|its|needs|requires|means)\b", re.I
)
_SPAN = lazy_re.compile(r"(?:minutes|hours|days|weeks|months|years|degrees|metres|meters)\b", re.I)
_CODE_AFTER = lazy_re.compile(r",?\s*(" + _CODE + r")(?![\w-])")


# "1.5 million preforms", "make it 2 million": a count written in millions (after the currency amounts, so
# "USD 1.2 million" stays money; a bare "M" is a size or a model code: "600 M", "PV-550M")
MILLION_RE = lazy_re.compile(
    r"(?<![\w.,$€¥£-])(?P<fig>(?P<n>\d{1,4}(?:\.\d{1,3})?)\s?(?:million|mio\.?|mn))(?![\w-])"
    r"(?:\s+(?:(?P<c>" + _CODE + r")\s+)?(?P<w>(?:[a-z-]+\s+){0,2}[a-z-]{3,}s)\b)?",
    re.I,
)
_MONEY_WORD = lazy_re.compile(r"(?:.*\s)?(?:dollars|euros|pounds|yuan|bucks|usd|rmb|eur)$", re.I)
# "our budget for the project is 1.2 million", "the contract is worth 1.5 mn": a bare million said of money
_MONEY_BEFORE = lazy_re.compile(
    r"\b(?:budget|worth|value[ds]?|cost[s]?|spend(?:ing)?|revenue|turnover|sales|price[ds]?|invest\w*|fund(?:s|ing)?)\b[^.;!?]*$",
    re.I,
)
MILLION_AFTER = lazy_re.compile(r"\s?(?:million|mn)\b", re.I)
"""A "million" right after an amount's figure ("USD 1.2 million"): the amount is in millions."""


def million_counts(text: str) -> Iterator[tuple[str, int, int, str]]:
    """Yield (kind, start, end, value) for the counts ``text`` writes in millions ("1.5 million preforms")."""
    for m in MILLION_RE.finditer(text):
        value = fmt(Decimal(m["n"]) * 1_000_000)
        noun = m["w"] if m["w"] and not _NOT_A_NOUN.match(m["w"]) and not _SPAN.match(m["w"]) else None
        if noun and _MONEY_WORD.match(noun):
            yield "amount", m.start(), m.end(), value  # "1.5 million dollars"
        elif is_money(text, m.start(), m.end("fig")):  # "over NZD 3 million", "4 million rand"
            yield "amount", m.start(), m.end("fig"), value
        elif noun:
            code = f"{m['c']} " if m["c"] else ""
            yield "quantity", m.start(), m.end("w"), f"{value} {code}{noun.lower()}"
        elif _MONEY_BEFORE.search(text, 0, m.start()):
            yield "amount", m.start(), m.end("fig"), value
        else:
            yield "quantity", m.start(), m.end("fig"), f"{value} pcs"


def english_counts(text: str, out: Sequence[Mention]) -> Iterator[tuple[str, int, int, str]]:
    """Yield (kind, start, end, value) for the English counts of ``text`` not yet in ``out``, in order of strength.

    The caller adds each span before the next is yielded (a later pattern skips what an earlier one took;
    ``out`` then also holds the prices a bare figure is compared with).
    """
    for m in EN_QTY_RE.finditer(text):
        n = m["n"].lower()
        value = Decimal(n[:-1]) * 1000 if n.endswith("k") else Decimal(n.replace(",", ""))
        if (1900 <= value <= 2100 and "," not in n) or CODE_BEFORE.search(text[: m.start("n")]):  # a year; "EN 1078"
            continue
        if price_talk(text, m.start("n"), value, out) or is_money(text, m.start("n"), m.end("n")):
            yield ("amount", m.start("n"), m.end("n"), fmt(value))
            continue
        yield ("quantity", m.start("n"), m.end("n"), f"{fmt(value)} pcs")
    for m in EN_NOUN_QTY_RE.finditer(text):
        value = Decimal(m["n"].replace(",", ""))
        if (1900 <= value <= 2100 and "," not in m["n"]) or _NOT_A_NOUN.match(m["w"]):  # a year; a size
            continue
        code = m["c"] or (after[1] if (after := _CODE_AFTER.match(text, m.end("w"))) else None)
        noun = f"{code} {m['w'].lower()}" if code else m["w"].lower()  # "1,200 idler sets TI-15": the code too
        yield ("quantity", m.start("n"), m.end("w"), f"{fmt(value)} {noun}")
    for m in EN_RANGE_RE.finditer(text):  # "from 100 to 200 pieces": the lower end counts the same noun
        if int(m["a"].replace(",", "")) < int(m["b"].replace(",", "")) and not (_NOT_A_NOUN.match(m["w"]) or _SPAN.match(m["w"])):
            yield ("quantity", m.start("a"), m.end("a"), f"{m['a'].replace(',', '')} {m['w'].lower()}")
    for m in EN_SMALL_QTY_RE.finditer(text):
        n, code = ("n", m["c"]) if m["n"] else ("n2", m["c2"])
        if _NOT_A_NOUN.match(m["w"]) or _SPAN.match(m["w"]) or int(m[n]) < 2:
            continue
        noun = f"{code} {m['w'].lower()}" if code else m["w"].lower()
        yield ("quantity", m.start(n), m.end("w"), f"{m[n]} {noun}")


# the number of a model code ("CR-44") or a standard ("EN 1078", "UL 8800", "GB/T 28576"), not a count
CODE_BEFORE = lazy_re.compile(r"(?:[A-Za-z]-\d*|\b(?:EN|UL|ISO|IEC|ASTM|ANSI|DIN|BS|JIS|GB(?:/T)?|SAE|NFPA)\s?)$")


def price_talk(text: str, start: int, value: Decimal, out: Sequence[Mention]) -> bool:
    """Tell whether the bare figure ``value`` at ``start`` is said in price talk rather than as a count.

    "… at 0.88 for 10,000", "USD 3.15/box of 100": a figure after "for"/"of", or ten times any price
    the sentence names, is the count the price is for.
    """
    if re.search(r"\b(?:for|of)\s+(?:about\s+|only\s+)?$", text[:start], re.I):
        return False
    prices = [Decimal(m.group()) for n in out if n.kind == "amount" for m in [re.search(r"\d+(?:\.\d+)?", n.value)] if m]
    if prices and value > 10 * max(prices):
        return False
    for qty, price in ((_QTY_STRONG, _PRICE_STRONG), (_QTY_WEAK, _PRICE_WEAK)):
        if qty.search(text):
            return False
        if price.search(text):
            return True
    return False


def fmt(d: Decimal) -> str:
    """Format ``d`` without trailing zeros ("1500000", "2.5")."""
    return format(d.normalize(), "f") if d == d.to_integral_value() else format(d, "f")

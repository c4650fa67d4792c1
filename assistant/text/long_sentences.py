"""Cut a run-on sentence into sentence-sized pieces at exact offsets.

A raw speech-to-text dump or a voice message pasted without punctuation arrives as one "sentence"
of thousands of characters: every sentence reader downstream (the summaries' classifier, the
compliance scanner) would see one unit, find nearly nothing in it, and the embedding model's cost
grows with its length. A sentence longer than :data:`MAX_UNITS` is cut where a new clause starts
(然后, 另外, 但是 …, "so", "and then", "but" …), else between two words, else — Chinese with no
boundary at all — at the limit. Pieces keep their exact offsets into the source.
"""

from __future__ import annotations

import bisect
import re

__all__ = ["MAX_CHARS", "MAX_UNITS", "size", "split_long"]

MAX_UNITS = 80
"""Longest piece in words plus CJK characters; no sentence of the spent eval sets is longer than 79."""
MAX_CHARS = 600
"""Longest piece in characters: a 20,000-letter "word" (a corrupt paste) is cut too, even mid-word."""
MIN_UNITS = 12
"""A soft boundary closer than this to the piece's start is not used (no two-word pieces)."""

_UNIT = re.compile(r"[A-Za-z0-9]+|[\u4e00-\u9fff]")
_SOFT = re.compile(
    r"(?=然后|另外|还有就是|还有|所以|但是|不过|那么|对了|就是说|其实|而且|再就是|那个|因为|如果)"
    r"|(?<=\s)(?=(?:so|and then|but|also|okay|ok|well|because|anyway|then|now|if|plus|and)\b)",
    re.I,
)


def size(text: str) -> int:
    """Count words (latin and digits) plus CJK characters: a text's length in meaningful units."""
    return sum(1 for _ in _UNIT.finditer(text))


def split_long(source: str, start: int, end: int, max_units: int = MAX_UNITS) -> list[tuple[int, int]]:
    """Return ``[(start, end)]`` spans of ``source[start:end]``, each at most ``max_units`` long.

    A sentence within the limit comes back whole. Longer ones are cut at the last clause opener
    before the limit, else at the word that would exceed it; each piece is stripped of surrounding
    whitespace, and together the pieces cover every unit of the sentence in order. A piece longer
    than :data:`MAX_CHARS` characters is cut into windows of that size; a piece of a cut sentence
    without one word or CJK character (10,000 emoji, a row of colons) is left out.
    """
    if end - start <= min(max_units, MAX_CHARS):  # a unit is at least one character: most sentences end here
        return [(start, end)]
    units = [m.span() for m in _UNIT.finditer(source, start, end)]
    if len(units) <= max_units and end - start <= MAX_CHARS:
        return [(start, end)]
    soft = [m.start() for m in _SOFT.finditer(source, start, end)]
    cuts: list[int] = []
    first = 0  # index of the current piece's first unit
    while len(units) - first > max_units:
        limit = units[first + max_units][0]  # start of the unit that would not fit
        floor = units[first + MIN_UNITS][0]
        i = bisect.bisect_right(soft, limit) - 1
        cut = soft[i] if i >= 0 and soft[i] >= floor else limit
        cuts.append(cut)
        first = bisect.bisect_left(units, (cut, cut))
    out = []
    for a, b in zip([start, *cuts], [*cuts, end], strict=True):
        while a < b and source[a].isspace():
            a += 1
        while b > a and source[b - 1].isspace():
            b -= 1
        out.extend((x, min(x + MAX_CHARS, b)) for x in range(a, b, MAX_CHARS))
    return [(a, b) for a, b in out if _UNIT.search(source, a, b)]  # a run of emoji or colons says nothing

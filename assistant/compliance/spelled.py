"""Phone numbers spelled out in English digit words: "call me on one three nine, one two …".

A run of at least :data:`MIN_DIGITS` digit words (zero/oh/one … nine, "double"/"triple"
repeating the next one), separated by spaces, commas, dots or dashes, is read as the
number it spells; it is a phone number when it has :data:`MIN_DIGITS` digits or more.
The check runs only when the matcher's automaton saw two digit words in a row
(:func:`cue_patterns`), so ordinary messages never reach the regular expression.
"""

from __future__ import annotations

import itertools
import re

from assistant.compliance.normalize import normalize
from assistant.text import lazy_re

DIGITS = {"zero": "0", "oh": "0", "one": "1", "two": "2", "three": "3", "four": "4", "five": "5",
          "six": "6", "seven": "7", "eight": "8", "nine": "9"}  # fmt: skip
REPEAT = {"double": 2, "triple": 3}
MIN_DIGITS = 8
_WORD = r"(?:zero|oh|one|two|three|four|five|six|seven|eight|nine|double|triple)"
_RUN = lazy_re.compile(rf"(?<![a-z]){_WORD}(?:[\s,.\-–]+{_WORD}){{{MIN_DIGITS - 1},}}(?![a-z])")


def cue_patterns() -> list[str]:
    """Two digit words in a row, in the matcher's collapsed form ("one three" → "onethre")."""
    words = [w for w in DIGITS if w != "oh"]
    return sorted({normalize(f"{a} {b}") for a, b in itertools.product(words, words)})


def spell(words: list[str]) -> str:
    """Return the digits that ``words`` spell ("double five" → "55")."""
    out, times = [], 1
    for w in words:
        if w in REPEAT:
            times = REPEAT[w]
            continue
        out.append(DIGITS[w] * times)
        times = 1
    return "".join(out)


def phones(folded: str) -> list[tuple[int, int, str]]:
    """Return ``(start, end, digits)`` of each spelled-out phone number in ``folded`` (lower-cased text)."""
    found = []
    for m in _RUN.finditer(folded):
        digits = spell(re.findall(_WORD, m.group()))
        if len(digits) >= MIN_DIGITS:
            found.append((m.start(), m.end(), digits))
    return found

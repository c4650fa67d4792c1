"""How far the context rules look around a hit: a bounded window, so a long paste stays linear.

The mention, refusal and notice rules (:mod:`~assistant.compliance.negation`,
:mod:`~assistant.compliance.notices`, :mod:`~assistant.compliance.reports`) read the clause or
sentence around each hit and ask whether a header, a prohibition or a quotation mark is near.
Walking from the start of the text for every hit made a 70,000-character transcript with
4,000 hits take 45 s (hits × text). Every walk now starts at most :data:`REACH` characters
away from the hit: far longer than a chat message or a policy sentence, so short texts read
exactly as before.
"""

from __future__ import annotations

import re

REACH = 600
"""Characters looked at on each side of a hit."""


def bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """Return the window ``[lo, hi)`` around ``text[start:end]``."""
    return max(0, start - REACH), min(len(text), end + REACH)


def left_break(pattern: re.Pattern[str], text: str, start: int, reach: int = REACH) -> int:
    """Return where the unit (clause, sentence, line) holding ``text[start]`` begins.

    That is just after the last match of ``pattern`` before ``start``, or the window's start
    when there is none within ``reach`` characters (:data:`REACH` unless told).
    """
    left = max(0, start - reach)
    for m in pattern.finditer(text, left, start):
        left = m.end()
    return left


def right_break(pattern: re.Pattern[str], text: str, end: int) -> int:
    """Return where the unit holding ``text[end - 1]`` ends (the next match, or the window's end)."""
    hi = min(len(text), end + REACH)
    m = pattern.search(text, end, hi)
    return m.start() if m else hi

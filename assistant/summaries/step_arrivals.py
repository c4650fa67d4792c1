"""Which of a step's dates is only when the goods arrive, not when the committed action is due.

"今天发，25号前到", "booked for Monday, which gets them to the port by the 27th", "ship on 8 March, so
they should arrive by the 15th": the step is due on the day we act; the arrival said as a consequence
or an expectation is the other side's. An arrival promised as part of the action ("can leave on the 3rd
and arrive by the 9th") is not set aside, and a step whose only date is an arrival ("the rollers will
reach your plant by the 15th") keeps it (the caller falls back to every date).
"""

from __future__ import annotations

import re

from assistant.text import lazy_re
from assistant.text.dates import DateMention

_ARRIVES_AFTER = lazy_re.compile(  # "25号前到", "30号到货", "the 20th it arrives"
    r"\s*(?:之?前)?\s*(?:肯定|一定|就|能|会|可以|才)?(?:到货|到(?![期时])|送达)"
    r"|\s*(?:it|they|the goods) (?:will )?arrives?\b"
)
_ARRIVES_BEFORE = lazy_re.compile(  # "which gets them to Melbourne by", "so they should arrive in Lyon by"
    r"\b(?:which|so(?: that)?|should|would|expected to|due to)\b[^,.;:()（）]{0,25}?\b(?:arriv(?:e|es|ing|al)|lands?|landing|reach(?:es|ing)?(?! out| back| (?:you|me|him|her|us)\b)|(?:gets?|getting|puts?|brings?) (?:it|them|the \w+)"
    r" (?:to|into|in)\b)[^,.;:()（）]{0,40}$",
    re.I,
)


def is_arrival(d: DateMention, text: str) -> bool:
    """Whether ``d`` in ``text`` is the day something arrives ("…, which gets them to the port by the 27th")."""
    return bool(_ARRIVES_AFTER.match(text[d.end :]) or _ARRIVES_BEFORE.search(text[: d.start]))

"""Honorifics said before an English name ("Mr. Tang", "Dr. Weber", "Eng. Faisal Al-Harbi"): one list for every reader.

The sentence splitter must not end a sentence at their full stop, rosters list people with them, and notes
start with them. Gulf and Egyptian business English writes "Eng." (engineer) as a title like "Dr.".
"""

from __future__ import annotations

HONORIFICS = ("Mr", "Mrs", "Ms", "Miss", "Dr", "Prof", "Eng", "Engr")
_DOTTED = ("Eng", "Engr")  # also a surname ("Eng Kok Hwa"): an honorific only with its full stop
HONORIFIC = "(?:" + "|".join(w + (r"(?=\.)" if w in _DOTTED else "") for w in sorted(HONORIFICS, key=len, reverse=True)) + ")"
"""A regular-expression group matching one honorific, without its full stop ("Eng" only before one)."""
HONORIFIC_WORD = "(?:" + "|".join(sorted(HONORIFICS, key=len, reverse=True)) + ")"
"""One honorific word, for a reader that has already seen its full stop follow."""
NOT_AFTER_HONORIFIC = "".join(rf"(?<!\b{w})" for w in HONORIFICS)
"""Lookbehinds: the position is not right after a title word ("Dr" in "Dr.")."""

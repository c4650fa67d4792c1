"""A sentence of minutes whose subject is "she"/"he" ("她"/"他") acts for the person named just before it.

"Ms. Lin explained the terms. She will reply by Wednesday." sits in the notes under whatever speaker
label came last; "She" is Ms. Lin, so the step is Ms. Lin's side, not the label's. The sentence before
it in the same paragraph decides, when it starts with a named person (narrative notes, or a name that
moves the side of a speaker's line): the side in effect at its end. In a speaker's own turn "他下周才到岗"
is a third person, and the sentence keeps the speaker's side. A "Mr." before that person does not become "she" (nor "Ms."/"Mrs." "he"), and a
word after "He" that starts a capitalised name ("He Kaixuan will …") makes it a surname, not a pronoun.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Literal

from assistant.summaries.speakers_clauses import clause_side
from assistant.text import lazy_re
from assistant.text.conversation import Sentence

_EN = lazy_re.compile(r"^(?:(?i:and|then|so|also),?\s+)?(?P<p>(?i:she|he))\s+(?=[a-z])")
_ZH = lazy_re.compile(r"^(?:然后|另外|并且|同时)?(?P<p>她|他)(?![们人家])")
_MALE = lazy_re.compile(r"^(?:[-•*\d.、)\s]*)(?:Mr\.?|Sir)\s+[A-Z]")
_FEMALE = lazy_re.compile(r"^(?:[-•*\d.、)\s]*)(?:Ms\.?|Mrs\.?|Miss|Madam)\s+[A-Z]")


def pronoun_subject(text: str) -> Literal["she", "he"] | None:
    """Return which pronoun ``text`` starts with as its subject ("She will …", "他下周…"), else None.

    Examples: "She will send it." → ``she``; "He Dongsheng will send it." (a surname) → None;
    "他们下周回复" → None.
    """
    t = text.strip()
    if m := _EN.match(t):
        return "she" if m.group("p").lower() == "she" else "he"
    if m := _ZH.match(t):
        return "she" if m.group("p") == "她" else "he"
    return None


def _fits(pronoun: str, prev: str) -> bool:
    """Whether the person a sentence starts with may be ``pronoun`` (no "Mr." for "she", no "Ms." for "he")."""
    return not (_MALE.match(prev) if pronoun == "she" else _FEMALE.match(prev))


def pronoun_sides(sentences: list[Sentence], source: str) -> list[Sentence]:
    """Give a "she/he …" sentence the side in effect at the end of the sentence before it in its paragraph.

    Args:
        sentences: The attributed sentences, in order.
        source: The conversation text (a blank line ends a paragraph).

    Returns:
        ``sentences`` with such a sentence's ``clause_sides`` set when that side differs from its own.
    """
    out: list[Sentence] = []
    for s in sentences:
        prev = out[-1] if out else None
        pronoun = pronoun_subject(s.text)
        if prev is None or pronoun is None or s.clause_sides or not _fits(pronoun, prev.text.strip()):
            out.append(s)
            continue
        named = prev.party_source == "subject" or any(at == prev.start for at, _ in prev.clause_sides)
        if not named or re.search(r"\n\s*\n", source[prev.end : s.start]):  # a turn's "他" is a third person
            out.append(s)
            continue
        side = clause_side(replace(prev, start=prev.end)) if prev.clause_sides else prev.role
        if side != "unknown" and side != s.role:
            s = replace(s, clause_sides=((s.start, side),))
        out.append(s)
    return out

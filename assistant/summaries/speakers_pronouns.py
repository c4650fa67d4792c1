"""A narrative minutes sentence whose subject is "she"/"he" ("她"/"他") acts for the one person named before it.

"Ms. Lin explained the terms. She will reply by Wednesday." sits in the notes under whatever speaker
label came last; "She" is Ms. Lin, so that clause is Ms. Lin's side, not the label's. Only a line
without a speaker label of its own is read, only when the sentence before it in the same paragraph
starts with a named person and names no one else, and only the pronoun's own clause moves. In a
speaker's turn ("池美华：他下周出差，…") "他" is a third person and the line keeps the speaker's side.
A "Mr." before that person does not become "she" (nor "Ms."/"Mrs." "he"), and a word after "He" that
starts a capitalised name ("He Jiarui will …") makes it a surname, not a pronoun.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Literal

from assistant.summaries.speakers_clauses import clause_side
from assistant.text import lazy_re
from assistant.text.conversation import Sentence

_EN = lazy_re.compile(r"^(?:(?i:and|then|so|also),?\s+)?(?P<p>(?i:she|he))(?:\s+(?=[a-z])|['’]ll\b)")
_LABEL = lazy_re.compile(r"\s*(?:[-•*]\s*)?[^\s:：\n][^:：\n]{0,40}?[:：]\s")  # "Tom Hale: …" on its own line
_EN_NAME = lazy_re.compile(r"\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+)+\b")
_CLAUSE_END = lazy_re.compile(r"[，,；;]")
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


def _labelled(s: Sentence, source: str) -> bool:
    """Whether the line ``s`` sits on starts with a speaker label ("池美华：…")."""
    line = source[source.rfind("\n", 0, s.start) + 1 :]
    return bool(s.speaker) and bool(_LABEL.match(line))


def _people(text: str, names: tuple[str, ...]) -> int:
    """How many people ``text`` names: known names, and capitalised English names besides them."""
    known = [n for n in names if n and n in text]
    rest = text
    for n in known:
        rest = rest.replace(n, " ")
    return len(known) + len(_EN_NAME.findall(rest))


def pronoun_sides(sentences: list[Sentence], source: str, names: tuple[str, ...] = ()) -> list[Sentence]:
    """Give the "she/he …" clause of a narrative line the side in effect at the end of the sentence before it.

    Args:
        sentences: The attributed sentences, in order.
        source: The conversation text (a blank line ends a paragraph).
        names: The people known by name (speakers, listed participants).

    Returns:
        ``sentences`` with such a sentence's ``clause_sides`` set for its first clause when that side
        differs from its own.
    """
    out: list[Sentence] = []
    for s in sentences:
        prev = out[-1] if out else None
        pronoun = pronoun_subject(s.text)
        if prev is None or pronoun is None or s.clause_sides or not _fits(pronoun, prev.text.strip()):
            out.append(s)
            continue
        named = prev.party_source == "subject" or any(at == prev.start for at, _ in prev.clause_sides)
        if (
            not named
            or _labelled(s, source)  # a turn's "他" is a third person
            or _labelled(prev, source)
            or _people(prev.text, names) != 1
            or re.search(r"\n\s*\n", source[prev.end : s.start])
        ):
            out.append(s)
            continue
        side = clause_side(replace(prev, start=prev.end)) if prev.clause_sides else prev.role
        if side != "unknown" and side != s.role:
            cut = _CLAUSE_END.search(s.text)
            back = ((s.start + cut.end(), s.role),) if cut and s.role != "unknown" else ()
            s = replace(s, clause_sides=((s.start, side), *back))
        out.append(s)
    return out

"""Narrowing a customer name by the words typed after it: a legal suffix ("pvt", "inc") or a next word.

The gazetteer matches a company's name without its legal suffix ("Orion Trading"), which several
customers may share. What the user typed right after it often says which one they mean:
"orion trading pvt" is the Pvt Ltd, "acme gmbh" the GmbH, "blue harbor promos" the one whose next
word starts like "promos" (Promotions). :func:`narrow` returns the one full name that fits, else
the name as matched.
"""

from __future__ import annotations

import re

from assistant.agents.offline.gazetteer import Gazetteer
from assistant.text import lazy_re

_SUFFIX = lazy_re.compile(
    r"\s*,?\s+(pvt\.?(?:\s+ltd\.?)?|private\s+limited|ltda\.?|ltd\.?|limited|inc\.?|incorporated|gmbh|sarl|"
    r"s\.?\s?a\.?(?:\s+de\s+c\.?\s?v\.?)?|llc|plc|b\.?\s?v\.?|k\.?\s?k\.?|co\.?,?\s*ltd\.?|corp\.?|有限公司|股份有限公司)"
    r"(?![a-z])",
    re.I,
)
_NEXT = lazy_re.compile(r"\s+([a-z]{4,})(?![a-z])", re.I)
_ALIKE = 5  # a typed next word and a name's next word share this many letters (or the whole typed word)
_CACHE: dict[int, tuple[int, list[str]]] = {}


def _full_names(gazetteer: Gazetteer) -> list[str]:
    """Every customer name the gazetteer knows (cached per gazetteer)."""
    key = id(gazetteer)
    cached = _CACHE.get(key)
    if cached is None or cached[0] != len(gazetteer.entries):
        names = sorted({e.value for e in gazetteer.entries if e.kind == "customer" and e.value})
        cached = _CACHE[key] = (len(gazetteer.entries), names)
    return cached[1]


def _squash(text: str) -> str:
    return re.sub(r"[\s.,]", "", text.lower())


def narrow(text: str, value: str, span: tuple[int, int], gazetteer: Gazetteer) -> tuple[str, tuple[int, int]]:
    """Return the one full customer name the words after ``value`` (at ``span`` of ``text``) point to.

    Args:
        text: The request.
        value: The customer name the gazetteer matched there.
        span: Where it was matched.
        gazetteer: The CRM names.

    Returns:
        ``(full name, span including the typed words)`` when exactly one longer name fits, else
        ``(value, span)`` unchanged.
    """
    rest = text[span[1] :]
    longer = [
        n for n in _full_names(gazetteer) if n.lower().startswith(value.lower()) and len(n) > len(value)
    ]
    if len(longer) < 2:
        return value, span
    suffix = _SUFFIX.match(rest)
    if suffix:
        typed = _squash(suffix.group(1))
        fits = [n for n in longer if typed in _squash(n[len(value) :])]
        return (fits[0], (span[0], span[1] + suffix.end())) if len(fits) == 1 else (value, span)
    word = _NEXT.match(rest)
    if word:
        typed = word.group(1).lower()
        fits = [
            n
            for n in longer
            if _alike(typed, n[len(value) :].split()[0].lower() if n[len(value) :].split() else "")
        ]
        return (_one(fits), (span[0], span[1] + word.end())) if _one(fits) else (value, span)
    return value, span


def _one(fits: list[str]) -> str | None:
    """Return the one company among ``fits`` (a bare name and its full name, "X Promo" / "X Promo Inc.", are one)."""
    shortest = min(fits, key=len) if fits else None
    return shortest if shortest and all(n.lower().startswith(shortest.lower()) for n in fits) else None


def _alike(typed: str, word: str) -> bool:
    common = 0
    for a, b in zip(typed, word, strict=False):
        if a != b:
            break
        common += 1
    return common >= min(_ALIKE, len(typed)) and common >= 4

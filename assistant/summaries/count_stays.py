"""A count said as staying where it was: "The autoclaves stay at four.", "Keep the chairs at 12." (issue 14).

A buyer revising an order names the lines that change and, often, the ones that do not: "we need 14 chairs now,
not 12 … The autoclaves stay at four." The count after "stay at" is still the order's count of that product.
Only whole clauses of this shape are read, so a price ("the price stays at USD 3,900") or a lead time ("delivery
remains at six weeks") is never a count: the figure must end the clause and the subject must be a plural noun.
"""

from __future__ import annotations

import re

from assistant.text import lazy_re

_WORD_NUM = (
    "two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred"
)
_STAYS = lazy_re.compile(
    rf"^\s*(?:and\s+|but\s+)?(?:the\s+)?(?P<w>(?:[A-Za-z][\w-]*\s+){{0,2}}[A-Za-z][\w-]*(?<![su])s)\s+(?:stay|remain)s?\s+at\s+"
    rf"(?P<n>\d{{1,5}}|{_WORD_NUM})\s*[.!;]?\s*$|"
    rf"^\s*(?:and\s+|but\s+)?keep\s+(?:the\s+)?(?P<w2>(?:[A-Za-z][\w-]*\s+){{0,2}}[A-Za-z][\w-]*(?<![su])s)\s+at\s+"
    rf"(?P<n2>\d{{1,5}}|{_WORD_NUM})\s*[.!;]?\s*$",
    re.I,
)
_NOT_GOODS = lazy_re.compile(  # a price, a term, a time or a share, not a product: "Working hours stay at eight."
    r"\b(?:prices?|terms|hours|days|weeks|months|years|dates|costs|rates|fees|levels|temperatures|discounts|margins|"
    r"percent|points|shifts|people|staff|visits|payments|instalments|installments)\b",
    re.I,
)


def stayed_count(clause: str) -> tuple[str, str] | None:
    """Return (figure, product) of a clause saying a count stays, else None.

    Examples: "The autoclaves stay at four." → ("four", "autoclaves"); "Keep the DC-700 chairs at 12" →
    ("12", "DC-700 chairs"); "The prices stay at 3,900." → None.
    """
    m = _STAYS.match(clause)
    if m is None:
        return None
    words, n = (m["w"], m["n"]) if m["w"] else (m["w2"], m["n2"])
    if _NOT_GOODS.search(words) or re.search(r"\b(?:it|they|we|you)\b", words, re.I):
        return None
    return n, words.strip()

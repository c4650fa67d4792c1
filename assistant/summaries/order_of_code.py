"""Counts whose product code follows "of": "800 of the HM-250", "four tumble dryers of the TD-75 type" (issue 14).

The order-line reader (:mod:`~assistant.summaries.order_items`) takes "N nouns of …" for a packing count ("2
containers of chairs"); with a model code after "of the" the figure counts that product. A packing, time or
share word ("two containers of the HM-250", "20 percent of the HM-250", "3 months of the Q3 forecast"), a
standard ("two copies of the ISO9001 certificate"), a count sent back ("we returned 20 of the HM-250") or machines the
customer has, said of after it ("three of the HM-250 keep tripping") is none.
"""

from __future__ import annotations

import re

from assistant.summaries.count_words import EN_NUM
from assistant.text import lazy_re

_OF_CODE = lazy_re.compile(
    rf"(?<![\w$€£¥.,/-])(?P<n>{EN_NUM})(?![\d.,])\s+(?P<w>(?:[a-z][a-z-]*\s+){{0,3}}?)of\s+(?:the|your|our)\s+"
    r"(?P<c>(?-i:[A-Z]{1,5}-?\d{1,5}[A-Z]?))(?![\w-])",
    re.I,
)
_NOT_OF = lazy_re.compile(  # packing, time and share words, and standards
    r"\b(?:containers?|pallets?|cartons?|boxes|crates?|percent|copies|months?|weeks?|days?|years?|stores?|shops?|"
    r"samples?)\b|(?:^|\s)(?:ISO|EN|IEC|UL|Q)\s?\d",
    re.I,
)
_RETURNED = lazy_re.compile(r"\b(?:returned|shipped|sent|failed)\b", re.I)
_HELD_AFTER = lazy_re.compile(  # what is said of machines the customer has: "… in the old store are still under warranty"
    r"\b(?:are|is|were|was|keep|kept|have|has|had|failed|broke\w*|tripp\w*|still|already|under warranty|in stock|in use|old)\b",
    re.I,
)


def of_code_counts(clause: str) -> list[tuple[int, str, str, str]]:
    """Return (start, number, words, code) of each "N [nouns] of the CODE" in ``clause`` that counts a product."""
    return [
        (m.start(), m["n"], m["w"], m["c"])
        for m in _OF_CODE.finditer(clause)
        if not _NOT_OF.search(f"{m['w']} {m['c']}") and not _RETURNED.search(clause[max(0, m.start() - 40) : m.start()])
        and not _HELD_AFTER.search(clause, m.end())
    ]

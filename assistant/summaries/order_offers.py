"""Counts we propose and the customer takes by their bare number (issue 14).

We propose a count instead of the one asked ("We recommend 72 PF-2010 units instead of 60.", "建议上八台"); the
customer takes it by its number only ("Agreed, 72 it is."). :func:`offered_counts` reads our proposal,
:func:`agreed_counts` the customer's taking it, so :func:`~assistant.summaries.order_totals.order_counts`
counts the order's line at the proposed figure.
"""

from __future__ import annotations

import re
from dataclasses import replace

from assistant.summaries.count_words import EN_NUM
from assistant.summaries.order_items import ASKED, PAST, Line, clause_counts, clause_spans, value_of
from assistant.summaries.owners import party_of
from assistant.text import lazy_re
from assistant.text.conversation import Sentence

_AGREED = lazy_re.compile(r"^\W*(?:agreed|ok(?:ay)?|fine|yes|yep|sure|sounds good|deal|let'?s do)\b", re.I)
_PROPOSES = lazy_re.compile(r"\b(?:recommend\w*|suggest\w*|propos\w*|advis\w*|instead of|rather than)\b|建议|推荐", re.I)


def offered_counts(s: Sentence) -> list[Line]:
    """Return the counts our sentence ``s`` proposes instead ("We recommend 72 PF-2010 units instead of 60")."""
    if not _PROPOSES.search(s.text):
        return []  # "We can ship 10 panels this week": no count the customer could take for the order's
    out = []
    for a, b in clause_spans(s.text):
        if not (PAST.search(s.text[a:b]) or ASKED.search(s.text[a : b + 1])):
            out += [replace(c, span=(a, b)) for c in clause_counts(s.text[a:b], s)]
    return out


def agreed_counts(s: Sentence, offered: list[Line]) -> list[Line]:
    """Return our offered counts the customer's ``s`` agrees to by their bare number ("Agreed, 72 it is.")."""
    if party_of(s) != "customer" or not offered or not _AGREED.search(s.text) or ASKED.search(s.text):
        return []
    said = {v for t in re.findall(rf"(?<![\w$€£¥.,-]){EN_NUM}(?![\d.,%])", s.text, re.I) if (v := value_of(t))}
    return [replace(c, at=s, span=(0, len(s.text))) for c in offered if c.value in said]

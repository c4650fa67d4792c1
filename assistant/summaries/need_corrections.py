"""A customer's line correcting a count on its own ("Make that four.", "wait no 14", "不对不对 八台") is a need.

When the count it corrects was ours ("last time you said six hectares") or no need was read from the
earlier line ("so 10 crates"), the correcting line joins no need (:mod:`assistant.summaries.need_revisions`);
it still says what the customer wants now: one need with the corrected count. A correction naming no
count ("wait no, Tuesday") or a price ("make it eight thirty") adds nothing.
"""

from __future__ import annotations

import re

from assistant.summaries import statements as st
from assistant.summaries.evidence import quote_of, quotes_sentence
from assistant.summaries.labels import label
from assistant.summaries.numbers import asked_quantities
from assistant.summaries.owners import party_of
from assistant.summaries.schema import Need
from assistant.text import lazy_re
from assistant.text.conversation import Parsed

CORRECTION = lazy_re.compile(
    r"^\W*(?:(?:wait,?\s+no|no wait|scratch that|correction|sorry,?\s+I meant|make (?:it|that))\b|不对|说错了|更正)",
    re.I,
)


def add_corrections(needs: list[Need], parsed: Parsed, lang: str) -> list[Need]:
    """Add a need for each customer line that corrects a count and no need quotes yet.

    Args:
        needs: The summary's needs.
        parsed: The conversation the quotes index into.
        lang: Output language (``zh``/``en``).

    Returns:
        ``needs`` with one need per such line, holding its corrected count.
    """
    out = list(needs)
    for s in parsed.sentences:
        if (
            party_of(s) == "we"
            or not CORRECTION.search(s.text)
            or any(quotes_sentence(n.quotes, s) for n in out)
        ):
            continue
        if not (values := asked_quantities(s.text)):
            continue
        body = ("，" if lang == "zh" else ", ").join(values)
        out.append(
            Need(
                text=st.statement(label("quantity", lang), body, lang),
                topic="quantity",
                values=values,
                quotes=[quote_of(s)],
            )
        )
    return out

"""A count changed from what was said before is one need: the earlier figure gives way to the later.

Customers revise a count across two lines: "I need six ovens, four chillers and ranges." … "We said eight
ranges last time, but after the layout change six are enough."; "另外储能柜原来说要四台。" … "三台就够了，
先上三台。". Either line names the earlier figure as earlier ("原来", "上次说", "last time", "originally",
"we said"), and the other says what holds now. They are one need: the line that revises joins the need
it revises (the later count replaces the earlier), rather than one need per count, or the revising line
lost because it names no product.
"""

from __future__ import annotations

import re

from assistant.summaries.count_changes import figure_changed
from assistant.summaries.evidence import add_quote, quote_of
from assistant.summaries.numbers import asked_quantities
from assistant.summaries.owners import party_of
from assistant.summaries.schema import Need
from assistant.text import lazy_re
from assistant.text.conversation import Parsed, Sentence

# the line names a figure said before: "原来说要四台", "We said eight ranges last time", "originally 500"
_EARLIER = lazy_re.compile(
    r"原来|本来|原先|之前说|上次说|上回说|\blast time\b|\boriginally\b|\bwe said\b|\bwe had said\b|\bat first\b", re.I
)
_WORDS = "two three four five six seven eight nine ten eleven twelve fifteen twenty thirty forty fifty hundred"
# what holds now: "三台就够了", "six are enough", "make it 1,200", "改成三台", "we only need 300"
_NOW = lazy_re.compile(
    r"就够|够了|足够|就行|\b(?:is|are|will be) (?:enough|plenty)\b|\bonly need\b|\bjust need\b", re.I
)
_EN_COUNT = lazy_re.compile(rf"\b(?:\d[\d,]*|{'|'.join(_WORDS.split())})\b", re.I)
# a revision follows the need it revises within this many characters
GAP = {"zh": 80, "en": 250}


def _revises(s: Sentence) -> bool:
    """Whether ``s`` says what count holds now ("三台就够了", "six are enough", "改成三台")."""
    if not (_NOW.search(s.text) or figure_changed(s.text)):
        return False
    return bool(asked_quantities(s.text) or (not re.search(r"[\u4e00-\u9fff]", s.text) and _EN_COUNT.search(s.text)))


def _unit(values: list[str]) -> str | None:
    m = next((re.fullmatch(r"[\d.]+ (\S+)", v) for v in values if re.fullmatch(r"[\d.]+ \S+", v)), None)
    return m.group(1) if m else None


def _quoting(needs: list[Need], s: Sentence) -> Need | None:
    return next((n for n in needs if any(q.start < s.end and s.start < q.end for q in n.quotes)), None)


def join_revisions(needs: list[Need], parsed: Parsed) -> list[Need]:
    """Join a need and the customer's line right after it that revises its count, when either names the earlier figure.

    Args:
        needs: The summary's needs.
        parsed: The conversation the quotes index into.

    Returns:
        The needs left, in order; a revised need carries both quotes and the later count.
    """
    gone: list[Need] = []
    for need in sorted(needs, key=lambda n: min(q.start for q in n.quotes)):
        if any(need is g for g in gone) or len(need.quotes) != 1:
            continue
        q = need.quotes[0]
        lang = "zh" if re.search(r"[\u4e00-\u9fff]", q.text) else "en"
        after = [s for s in parsed.sentences if q.end <= s.start <= q.end + GAP[lang] and s.text.strip()]
        for s in after:
            if party_of(s) == "we":
                break  # our reply in between: the customer's next line answers it, not the need
            if not _revises(s) or not (_EARLIER.search(q.text) or _EARLIER.search(s.text)):
                continue
            new = asked_quantities(s.text)
            if (a := _unit(need.values)) and (b := _unit(new)) and a != b:
                break  # another product's count
            other = _quoting(needs, s)
            if other is need:
                break
            if other is not None:  # the revising line is a need already: it holds, with this need's quotes
                other.quotes[:0] = need.quotes
                other.subject = other.subject or need.subject
                gone.append(need)
            else:
                add_quote(need.quotes, quote_of(s))
                if new and need.values and _unit(need.values):
                    figure = rf"(?<![\d.]){re.escape(need.values[0].split()[0])}(?![\d.])"
                    need.text = re.sub(figure, new[0].split()[0], need.text, count=1)
                    need.values = new + need.values[1:]
            break
    return [n for n in needs if not any(n is g for g in gone)]

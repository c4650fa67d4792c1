"""The customer's other words on an open price gap: more quotes for the one price risk (issue 14).

An open gap (:mod:`~assistant.summaries.price_gaps`) quotes the customer's target, our quote and why
they are still apart. The customer often says it again in other words: our figure taken away to
decide ("3,850我得拿去跟老板商量", "I'll run 2.45 past my director"), or an earlier figure of ours
objected to ("5.60太贵了" before we came down to 5.20). Those sentences are the same point, so the
risk quotes them too; no risk is added and none is dropped. A sentence that accepts a figure is no
objection and is left out, and so is our figure said with no word of price or of deciding on it ("print 4.10 on the label" is a label, not the price).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from assistant.summaries import statements as st
from assistant.summaries.evidence import add_quotes, quote_of
from assistant.summaries.labels import risk_label
from assistant.summaries.owners import party_of
from assistant.summaries.price_figures import bare_figures, figures
from assistant.summaries.price_gaps import ACCEPTS, NOT_ACCEPT, OBJECTION, Gap, open_gaps
from assistant.summaries.price_scale import same_scale
from assistant.summaries.schema import Risk
from assistant.text import lazy_re
from assistant.text.conversation import Sentence

PRICE_TALK = lazy_re.compile(  # a plain number is our price only beside a word of money or of deciding on it
    r"[价钱元块贵]|预算|便宜|优惠|商量|考虑|想想|问问|领导|老板|"
    r"\b(?:price\w*|cost\w*|quote\w*|budget|pay|paid|expensive|cheap\w*|dollars?|euros?|discount|"
    r"think|run|past|boss|director|manager|check|afford|too high|spend)\b",
    re.I,
)


def restates(s: Sentence, gap: Gap) -> bool:
    """Whether the customer's ``s`` names our figure after we quoted it, or objects to a figure above their target."""
    if party_of(s) == "we" or (ACCEPTS.search(s.text) and not NOT_ACCEPT.search(s.text)):
        return False
    amounts = figures(s.text) + bare_figures(s.text)
    ours_later = gap.ours_at is not None and s.start > gap.ours_at.start
    if ours_later and gap.ours in amounts and PRICE_TALK.search(s.text):
        return True  # "3,850我得拿去跟老板商量"
    above = any(f > gap.target and same_scale(f, gap.target) for f in amounts)
    return above and bool(OBJECTION.search(s.text))  # "5.60太贵了"


def add_gap_quotes(sentences: list[Sentence], risks: list[Risk], skip: set[int] | None = None) -> list[Risk]:
    """Quote, in each open gap's price risk, the customer's other sentences on it; return ``risks``.

    Args:
        sentences: The conversation's sentences in order.
        risks: The risks found so far; only a price risk quoting the gap's target or our quote takes quotes.
        skip: Starts of sentences left to another item (a next step's "5,100这个我得请示老板"): not quoted.
    """
    for gap in open_gaps(sentences):
        own = {x.start for x in (gap.target_at, gap.ours_at) if x is not None}
        risk = next((r for r in risks if r.category == "price" and any(q.start in own for q in r.quotes)), None)
        if risk is None:
            continue
        have = {q.start for q in risk.quotes} | (skip or set())
        add_quotes(risk, (quote_of(s) for s in sentences if s.start not in have and restates(s, gap)))
    return risks


def file_price_point(
    risks: list[Risk],
    said: list[Sentence | None],
    skip: set[int] | None,
    about: Callable[[Risk], bool],
    body: Callable[[], str],
    lang: str,
) -> Risk | None:
    """Quote ``said`` (less sentences in ``skip``) in the price risk ``about`` picks, or in a new price risk.

    Args:
        risks: The risks found so far; a new risk is appended.
        said: The sentences the point is said in (None entries are left out).
        skip: Starts of sentences left to another item (a next step's): not quoted.
        about: Whether an existing risk is about this point.
        body: The new risk's statement body, asked for only when one is made.
        lang: Output language (``zh``/``en``).

    Returns:
        The existing risk the quotes joined, or None when a new risk was made or nothing was left to quote.
    """
    kept = {s.start: s for s in said if s is not None and s.start not in (skip or set())}
    if not kept:
        return None
    quotes = [quote_of(s) for s in sorted(kept.values(), key=lambda s: s.start)]
    risk = next((r for r in risks if r.category == "price" and about(r)), None)
    if risk is None:
        text = st.statement(risk_label("price", lang), body(), lang)
        risks.append(Risk(text=text, category="price", severity="medium", quotes=quotes))
        return None
    longer = {q.start: q for q in quotes}  # "通风柜贵了点" quoted alone; the whole sentence names the budget too
    risk.quotes = [longer[q.start] if q.start in longer and longer[q.start].end > q.end else q for q in risk.quotes]
    add_quotes(risk, quotes)
    return risk

"""Short acceptances of an offer ("M8可以", "行，2.62", "deal at 6.70", "那就按这个价"): agreements.

The classifier reads a clause of three or four characters with a figure as nothing ("none") or as a
need; in reply to the other side's offer it is the point where the two sides agree. An acceptance
is short, has an accept word (not negated, not asked), and names what it accepts: a figure or a
model code of its own, or "this price" when the other side's last turn named a figure. The rep's
own "可以" counts only when it takes up a figure the customer just proposed ("OK, 0.87 it is").
"""

from __future__ import annotations

import re

from assistant.summaries.clauses import clause_size
from assistant.summaries.evidence import is_question
from assistant.summaries.owners import party_of
from assistant.text import lazy_re
from assistant.text.conversation import Sentence

MAX_SIZE = 14  # words (latin) plus CJK characters: longer clauses say more than "yes"
MAX_WORDS = 9  # the same for a clause in English
LOOKBACK = 6  # clauses back in which to find the other side's last turn
ACCEPT = lazy_re.compile(
    r"可以(?=$|[，。！!,.~～吧啊呀的\s]|接受)|(?<![银进执运流旅发不])行(?![业李程不])|没问题|接受|就按|成交|同意|就这么定|"
    r"^(?:那|那就)?好吧|"  # "那好吧": a reluctant yes
    r"\b(?:deal|agreed?|works(?: for (?:us|me))?|fine|accept(?:ed|able)?|(?<![-\w])ok(?:ay)?(?![-\w])|it is|go with|take it)\b",
    re.I,
)
REFUSE = lazy_re.compile(
    r"不行|不可以|不能|不同意|不接受|不太行|还是(?:高|低|贵)|有点|再想想|考虑|商量|再看看|看看别|算了|不订|先不|"
    r"\b(?:not|no|won'?t|can'?t|cannot|too)\b",
    re.I,
)
FIGURE = lazy_re.compile(r"\d|[一二两三四五六七八九十百千]{2,}|[一二两三四五六七八九十百千]+[块毛元角分]")
DATE = lazy_re.compile(
    r"\d+\s*月\s*(?:\d+\s*[号日]?|底|初|中)?|\d{1,2}/\d{1,2}|"
    r"\b\d{1,2}(?:st|nd|rd|th)?(?:\s*(?:to|-|–)\s*\d{1,2})?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*",
    re.I,
)
_THIS_PRICE = lazy_re.compile(r"这个价|这价|价格|单价|报价|this price|that price|the price|your price|terms", re.I)
NUMBER = lazy_re.compile(r"\d+(?:\.\d+)?")


def figure_in(text: str) -> bool:
    """Whether ``text`` names a figure that is not only a date ("1月8号也行" accepts a date)."""
    return bool(FIGURE.search(DATE.sub(" ", text)))


def _other_turn(s: Sentence, before: list[Sentence]) -> list[Sentence]:
    """Return the other side's clauses among the last :data:`LOOKBACK` before ``s``."""
    mine = party_of(s)
    return [t for t in before[-LOOKBACK:] if party_of(t) != mine]


def accepts_offer(s: Sentence, before: list[Sentence]) -> bool:
    """Whether clause ``s`` accepts an offer made in the clauses ``before`` it.

    Args:
        s: The clause.
        before: The clauses of the conversation before ``s``, in order.
    """
    text = s.text
    words = len(re.findall(r"[A-Za-z0-9]+", text))
    if (
        clause_size(text) > MAX_SIZE
        or words > MAX_WORDS
        or is_question(s)
        or not ACCEPT.search(text)
        or REFUSE.search(text)
    ):
        return False
    other = _other_turn(s, before)
    if party_of(s) == "we":  # the rep takes up the customer's own figure
        offered = {n for t in other for n in NUMBER.findall(DATE.sub(" ", t.text))}
        return (
            bool(other)
            and bool(set(NUMBER.findall(DATE.sub(" ", text))) & offered)
            and party_of(other[-1]) == "customer"
        )
    if figure_in(text):
        return True
    return bool(_THIS_PRICE.search(text)) and any(figure_in(t.text) for t in other)

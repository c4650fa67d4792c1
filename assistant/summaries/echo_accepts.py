"""The customer's short "X可以" that names what we just offered is an agreement ("收纳箱可以", "试用可以").

We offer a term ("另外每块电池送一个防爆收纳箱", "能不能先发一台样机到总院试用两周？", "we can add the
wall brackets at no cost"); the customer answers by naming it and assenting: "收纳箱可以", "试用可以，发总院
就行", "The brackets work for us". With no figure and no "this price" the reply reads as nothing to the
classifier and to :func:`~assistant.summaries.acceptance.accepts_offer`; it is the point where the
two sides agree on that term. It counts when the customer's clause is short, assents without
refusing, asking or setting a condition, our last turn offered or proposed something (a grant, a
trial, "能不能先发一台样机", "we can add…"; "烘干机我们有现货" offers nothing), and what the reply names
before the assent (not a date or a time: the step says those) shares a content word with that turn.
"""

from __future__ import annotations

import re

from assistant.summaries.acceptance import ACCEPT, LOOKBACK, REFUSE, accepts_offer
from assistant.summaries.acceptance import MAX_SIZE as SHORT
from assistant.summaries.clauses import clause_size
from assistant.summaries.evidence import is_question
from assistant.summaries.owners import party_of
from assistant.summaries.progress_cues import FREE_TERM, when
from assistant.text import lazy_re
from assistant.text.conversation import Sentence

_CONDITION = lazy_re.compile(r"如果|要是|的话|前提|只要|除非|\b(?:if|unless|provided)\b", re.I)
_OFFER = lazy_re.compile(  # we offer or propose a term: a grant, a trial, something we will do for them
    FREE_TERM.pattern
    + r"|能不能|要不要|可以(?:先|给|帮|安排|做|改|加|送|提供|延)|我们(?:可以|来|给)|给(?:您|你)|"
    r"\b(?:we can|we could|we'll|we will|how about|shall we|I can|I could)\b",
    re.I,
)
_STOP = frozenset(
    "that this with will your have from them they then there what when which would could also".split()
)
_FUNCTION = set("我你您他她们的了是可以这那个就也都和吧吗呢啊还先再")


def topic(text: str) -> set[str]:
    """Content tokens: English words of four letters or more, CJK bigrams of content characters."""
    words = {w for w in re.findall(r"[a-z]{4,}", text.lower()) if w not in _STOP}
    cjk = re.sub(r"[^\u4e00-\u9fff]", " ", text)
    grams = {cjk[i : i + 2] for i in range(len(cjk) - 1)}
    return words | {g for g in grams if " " not in g and not set(g) & _FUNCTION}


def echoes_offer(s: Sentence, before: list[Sentence]) -> bool:
    """Whether the customer's clause ``s`` takes what we offered in our last turn by naming it.

    Args:
        s: The clause.
        before: The clauses of the conversation before ``s``, in order.
    """
    text = s.text.strip()
    m = ACCEPT.search(text)
    if (
        party_of(s) != "customer"
        or m is None
        or clause_size(text) > SHORT
        or is_question(s)
        or REFUSE.search(text)
        or _CONDITION.search(text)
    ):
        return False
    head = text[: m.start()]
    if when(head):
        return False
    ours = []
    for t in reversed(before[-LOOKBACK:]):
        if party_of(t) == "we":
            ours.append(t.text)
        elif ours:
            break  # our last turn only
    said = " ".join(ours)  # "烘干机我们有现货" offers nothing: "烘干机可以" picks a product
    return bool(ours) and bool(_OFFER.search(said)) and bool(topic(head) & topic(said))


def takes_offer(s: Sentence, before: list[Sentence]) -> bool:
    """Whether ``s`` accepts an offer: by its figure or "this price" (:func:`accepts_offer`) or by naming it."""
    return accepts_offer(s, before) or echoes_offer(s, before)

"""The customer's bare "deal" / "成交" right after our last word on a term closes that term.

A negotiation often ends in a word: we name our last figure ("I can do 8.75 for the container"),
the customer answers "deal 🙌" or "成交". Alone the reply names nothing and is dropped as noise
(:mod:`~assistant.summaries.progress_noise`); in reply to our term it is where the two sides agree,
and the writers quote it for the agreed term. Such a reply joins the item of that term when it is the
customer's first word after our last quote of the item, within :data:`GAP` characters, is short,
assents without refusing and names no figure of its own (a figure is a counter or an acceptance
that :mod:`~assistant.summaries.acceptance` reads). The item then reads as accepted and keeps both
quotes, our last clause widened to its whole sentence; no item is made or dropped.
"""

from __future__ import annotations

from assistant.summaries import statements as st
from assistant.summaries.acceptance import ACCEPT, REFUSE, figure_in
from assistant.summaries.clauses import clause_size
from assistant.summaries.evidence import is_question, quote_of
from assistant.summaries.labels import label
from assistant.summaries.owners import party_of
from assistant.summaries.progress_noise import assent_only, bare
from assistant.summaries.progress_points import TERMS
from assistant.summaries.schema import ProgressItem, Quote
from assistant.text.conversation import Sentence

GAP = 200  # characters from our last word on the term to the customer's reply
MAX_SIZE = 4  # words plus CJK characters: "deal 🙌", "成交", "ok, that works"
_OPEN = (("客户尚未接受", "客户接受"), ("客户未接受", "客户接受"), ("not yet accepted", "accepted"))
_REFUSED = ("(not accepted)", "(accepted)")


def bare_assent(s: Sentence) -> bool:
    """Whether ``s`` only assents, in a few words, naming no figure ("deal", "成交🤝", "ok, that works")."""
    text = s.text.strip()
    return (
        clause_size(text) <= MAX_SIZE
        and not is_question(s)
        and bool(ACCEPT.search(text))
        and not REFUSE.search(text)
        and not figure_in(text)
    )


def _accepted_text(item: ProgressItem, reply: Sentence, lang: str) -> str:
    """Return the item's statement with the customer's acceptance."""
    text = item.text
    for old, new in (*_OPEN, _REFUSED):
        if old in text:
            return _agreed_head(text.replace(old, new), lang)
    if item.by != "we":
        return text
    head, body, said = label("agreement", lang), st.clean(item.quotes[0].text), st.clean(reply.text)
    if lang == "zh":
        return f"{head}：{body}（客户接受：{said}）"
    return f"{head[:1].upper()}{head[1:]}: {body} (customer accepted: {said})"


def _agreed_head(text: str, lang: str) -> str:
    """Return ``text`` headed as an agreement where it was headed as a concession."""
    was, now = label("concession", lang), label("agreement", lang)
    for a, b in ((was, now), (was[:1].upper() + was[1:], now[:1].upper() + now[1:])):
        if text.startswith(a):
            return b + text[len(a) :]
    return text


def _answered(items: list[ProgressItem], reply: Sentence, units: list[Sentence]) -> int | None:
    """Index of the term item ``reply`` answers: our last quote of it is the latest word before ``reply``."""
    before = [
        (max(q.end for q in it.quotes), k)
        for k, it in enumerate(items)
        if max(q.end for q in it.quotes) <= reply.start
    ]
    if not before:
        return None
    end, k = max(before)
    item = items[k]
    last = max(item.quotes, key=lambda q: q.end)
    ours = next((u for u in units if u.start == last.start), None)
    between = [u for u in units if end <= u.start < reply.start]
    if (
        item.kind not in TERMS
        or (
            len(item.quotes) == 1 and (assent_only(last.text) or bare(last.text))
        )  # our "没问题。": names nothing
        or ours is None
        or party_of(ours) != "we"
        or reply.start - end > GAP
        or any(party_of(u) == "customer" for u in between)
        or any(it.quotes[0].start > end and it.quotes[0].start < reply.start for it in items)
    ):
        return None
    return k


def _whole(quotes: list[Quote], sentences: list[Sentence]) -> list[Quote]:
    """Return ``quotes`` with the last one widened to its whole sentence: the assent takes all we last said."""
    last = max(quotes, key=lambda q: q.end)
    whole = next((s for s in sentences if s.start <= last.start and last.end <= s.end), None)
    if whole is None or any(q.start == whole.start and q.end == whole.end for q in quotes):
        return quotes
    kept = [q for q in quotes if q is not last and not (whole.start <= q.start and q.end <= whole.end)]
    return sorted([*kept, quote_of(whole)], key=lambda q: q.start)


def join_assents(
    items: list[ProgressItem], units: list[Sentence], lang: str, sentences: list[Sentence] | None = None
) -> list[ProgressItem]:
    """Join each bare assent of the customer to the term item it answers.

    Args:
        items: Progress items in conversation order.
        units: Every labelled clause of the conversation, in order.
        lang: The summary's language (``zh`` or ``en``).
        sentences: The whole sentences of the conversation; our last clause of the item is widened
            to its sentence ("…可以改成加厚的，多出五毫米，不收钱" / "行吧": all of it was taken).
    """
    out = list(items)
    quoted = {q.start for it in out for q in it.quotes}
    for u in units:
        if party_of(u) != "customer" or u.start in quoted or not bare_assent(u):
            continue
        k = _answered(out, u, units)
        if k is None:
            continue
        item = out[k]
        out[k] = item.model_copy(
            update={
                "text": _accepted_text(item, u, lang),
                "kind": "agreement",
                "by": "customer",
                "quotes": [*_whole(item.quotes, sentences or []), quote_of(u)],
            }
        )
        quoted.add(u.start)
    return out

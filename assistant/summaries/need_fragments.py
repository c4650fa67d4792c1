"""One need per point: fragments of a need and self-corrections join the need they belong to.

A customer often states one need over several short pieces: the product in one line, the count in
the next ("150 pcs"), a size answered to our question ("6mm."), a reason that points back at it
("our plumber needs them", "I'd want that as a refund"). The clause labeller reads each piece as a
need of its own, so the summary listed a label with a fragment ("Quantity: 150 pcs", "Product: Our
plumber needs them") beside the real need. Such a piece names no product and says nothing of its
own: a bare figure, or a back-reference with no figure. It joins the same speaker's need just
before it as a further quote; a back-reference with no such need is dropped.

A customer also corrects a figure as they say it ("150 pcs" … "no wait 200"; "150 impact beds...
no, impact idler sets"). The later wording wins: the earlier need joins the corrected one, or the
correcting sentence joins the need and its figure replaces the earlier one.
"""

from __future__ import annotations

import re

from assistant.summaries.evidence import add_quote, quote_of
from assistant.summaries.need_fragments_zh import (
    cn_bare_figure,
    next_bare_figure,
    restated_total,
    second_count,
)
from assistant.summaries.schema import Need, Quote
from assistant.text import lazy_re
from assistant.text.conversation import Parsed, Sentence

# a fragment joins the same speaker's need that ended at most this many characters before it
HOST_GAP = 300
CN_HOST_GAP = 150  # Chinese says as much in half the characters

_UNITS = lazy_re.compile(
    r"\b(?:pcs|pc|pieces?|units?|sets?|pairs?|boxes|cartons|rolls|m2|sqm|mm|cm|m|kg|g|ml|l|inch(?:es)?|"
    r"of|each|x|or|and|about|around|roughly|approx|ok|maybe|please|pls|total)\b",
    re.I,
)
_BACKREF = lazy_re.compile(r"\b(?:needs?|wants?|have|keep)\s+(?:them|it|that|those|these|one)\b", re.I)
_OWN_ASK = lazy_re.compile(
    r"\b(?:please|pls|can you|could you|make|send|before|by|until|till|latest|when)\b", re.I
)
# a fact with a measurement ("1,200 mm wide", "35-degree", "9 m high"), not a count of items
_MEASURE = lazy_re.compile(
    r"\d\s*(?:mm|cm|m|km|kg|g|t|tons?|l|ml|%|°|inch(?:es)?|ft|feet|metres?|meters?|kw|v|hz|bar)\b|"
    r"\d-?\s*degrees?\b",
    re.I,
)
_FUNCTION = lazy_re.compile(
    r"\b(?:i|i'd|i'm|we|we'd|we're|our|my|you|your|they|he|she|the|a|an|and|but|so|also|as|on|in|at|to|"
    r"for|of|with|after|before|would|will|can|could|should|do|does|don't|rather|have|has|had|need|needs|"
    r"want|wants|like|get|keep|be|is|are|was|just|still|too|please|pls|them|it|that|those|these|one)\b",
    re.I,
)
# a speaker correcting what was just said; "no, wait" is also the start of a correction, a bare "No, …" not
_CORRECTING = r"(?:sorry|oops)\s*[,.!]|i mean\b|correction\b|不对|哦不|不是不是|说错了"
_CORRECTION = lazy_re.compile(r"^\W*(?:(?:no|nope)\s*(?:wait\b|[,.!…-]+)|" + _CORRECTING + ")", re.I)
# only these correct across messages: a bare "No, …" there mostly answers our question
_SELF_CORRECTION = lazy_re.compile(r"^\W*(?:no,?\s*wait\b|" + _CORRECTING + ")", re.I)
_FIGURE = lazy_re.compile(r"\d[\d,.]*")
_REQUIRED_WORD = lazy_re.compile(
    r"\b(?:need|needs|must|want|wants|require[sd]?|has to|have to|should|would like|.d like|looking for|"
    r"prefer|by|before|latest|budget|max(?:imum)?|at least|min(?:imum)?|only|no more than|up to|within|"
    r"please|pls|can you|could you|make sure|instead|change|target|each|per|every)\b",
    re.I,
)


def bare_figure(text: str) -> bool:
    """Whether ``text`` is only a figure with its unit ("150 pcs", "6mm.", "about 300 sets")."""
    if re.search(r"[\u4e00-\u9fff]", text) or not _FIGURE.search(text):
        return False
    rest = _UNITS.sub(" ", re.sub(r"\d[\d,.]*\s*(?:[a-z]{1,3}\d?\b)?", " ", text, flags=re.I))
    return not re.search(r"[A-Za-z]{2,}", rest)


def back_reference(text: str) -> bool:
    """Whether ``text`` only points back at what was asked ("our plumber needs them", "I'd want that as a refund").

    The pronoun is what is needed or wanted; the clause names no figure, asks nothing of us ("please
    send them to …"), sets no time ("… need it before they can issue the PO") and has at most three
    words of its own.
    """
    if re.search(r"[\u4e00-\u9fff\d]", text) or not _BACKREF.search(text) or _OWN_ASK.search(text):
        return False
    own = re.findall(r"[A-Za-z][A-Za-z']+", _FUNCTION.sub(" ", text))
    return len(own) <= 3


def _fragment(need: Need) -> str | None:
    if need.subject or len(need.quotes) != 1:
        return None
    text = need.quotes[0].text
    if bare_figure(text):
        return "figure"
    if cn_bare_figure(text):
        return "cn_figure"
    return "backref" if back_reference(text) else None


def _corrects(prev: Need, q: Quote, source: str) -> bool:
    """Whether ``q`` corrects ``prev`` as it is said: right after it, with "no, …" between or at its start."""
    last = max(prev.quotes, key=lambda x: x.end)
    gap = source[last.end : q.start]
    if last.end > q.start:
        return False
    if _SELF_CORRECTION.search(
        q.text
    ):  # "八寸三百个" … next message "哦不对 八寸要四百": one need, the later
        return True
    return len(gap) <= 40 and "\n" not in gap and bool(_CORRECTION.search(gap.lstrip() + q.text))


def _context(need: Need) -> bool:
    """Whether a need names figures but no product and no requirement ("And the belt is 1,200 mm wide")."""
    text = need.quotes[0].text
    if need.subject or need.values or need.topic == "quantity" or len(need.quotes) != 1:
        return False
    if re.search(r"[\u4e00-\u9fff]", text):
        return False
    return bool(_MEASURE.search(text)) and not _REQUIRED_WORD.search(text)


def _host(kept: list[Need], q: Quote, gap: int = HOST_GAP, restated: bool = False) -> Need | None:
    """Return the kept need whose last quote the same speaker said just before ``q``.

    With ``restated``, the need's last quote before ``q`` counts ("明年计划八千套" … "1.5米" … its
    later "八千套必须分两批").
    """
    best, best_end = None, -1
    for other in kept:
        before = [x for x in other.quotes if x.end <= q.start] if restated else other.quotes
        if not before:
            continue
        last = max(before, key=lambda x: x.end)
        if last.speaker == q.speaker and 0 <= q.start - last.end <= gap and last.end > best_end:
            best, best_end = other, last.end
    return best


def _join(host: Need, q: Quote, source: str) -> None:
    """Quote ``q`` on ``host``; a piece right after one of its quotes extends it ("1.5米" + "和1.8米各一半")."""
    for i, x in enumerate(host.quotes):
        if 0 <= q.start - x.end <= 1 and q.speaker == x.speaker and "\n" not in source[x.end : q.start]:
            host.quotes[i] = x.model_copy(update={"text": source[x.start : q.end], "end": q.end})
            return
    add_quote(host.quotes, q)


def _total_host(kept: list[Need], q: Quote) -> Need | None:
    """Return the same speaker's need just before ``q`` when ``q`` totals the counts said in those needs."""
    host = _host(kept, q, CN_HOST_GAP, True)
    if host is None:
        return None
    earlier = sorted(
        (x for n in kept for x in n.quotes if x.speaker == q.speaker and 0 <= q.start - x.end <= CN_HOST_GAP),
        key=lambda x: x.start,
    )
    return host if restated_total(q.text, [x.text for x in earlier]) else None


def _followed_by(order: list[Need], need: Need) -> Need | None:
    """Return the need the same speaker starts right after ``need`` (same turn), if any."""
    q = need.quotes[0]
    return next(
        (
            n
            for n in order
            if n is not need and n.quotes[0].speaker == q.speaker and 0 <= n.quotes[0].start - q.end <= 3
        ),
        None,
    )


def _next_same_speaker(parsed: Parsed, q: Quote) -> Sentence | None:
    """Return the sentence after the one ``q`` ends, when the same speaker says it (no one else in between)."""
    own = next((s for s in parsed.sentences if s.start <= q.start < s.end), None)
    if own is not None and parsed.source[q.end : own.end].strip(" \t\n,.;:!?，。；：！？…"):
        return None  # "桌子先要400张，凳子1200张。": the quote ends mid-sentence
    end = own.end if own is not None else q.end
    nxt = next((s for s in parsed.sentences if s.start >= end and s.text.strip()), None)
    return nxt if nxt is not None and nxt.speaker == q.speaker else None


def _correct(need: Need, sentence: Sentence) -> None:
    """Give ``need`` the corrected figure of ``sentence`` and its quote."""
    need.quotes.append(quote_of(sentence))
    new = _FIGURE.search(sentence.text)
    if new is None:
        return
    figure = new.group().rstrip(",.")
    if need.values:
        old = _FIGURE.search(need.values[0])
        if old is not None:
            need.text = need.text.replace(old.group().rstrip(",."), figure, 1)
            need.values[0] = need.values[0].replace(old.group().rstrip(",."), figure, 1)


def fold_fragments(needs: list[Need], parsed: Parsed) -> list[Need]:
    """Join fragments and self-corrections to the need they belong to, keeping every quote.

    Args:
        needs: The summary's needs.
        parsed: The conversation the quotes index into.

    Returns:
        The needs left, in their order.
    """
    order = sorted(needs, key=lambda n: min(q.start for q in n.quotes))
    kept: list[Need] = []
    for need in order:
        q = need.quotes[0]
        if kept and (prev := _host(kept, q)) is not None and _corrects(prev, q, parsed.source):
            need.quotes[:0] = prev.quotes  # "150 impact beds... no, impact idler sets": the later wins
            kept[kept.index(prev)] = need
            continue
        kind = _fragment(need)
        if (host := _total_host(kept, q)) is not None:  # "一共六百": the sum of the counts just said
            add_quote(host.quotes, q)
            continue
        if kind is None and _context(need):  # "And the belt is 1,200 mm wide": a fact beside its need
            if (after := _followed_by(order, need)) is not None:
                after.quotes.insert(0, q)
                continue
        if kind is not None:
            host = _host(kept, q, *((CN_HOST_GAP, True) if kind == "cn_figure" else (HOST_GAP,)))
            if kind == "cn_figure" and host is not None and second_count(q.text, [x.text for x in host.quotes]):
                host = None  # "折叠椅两百把" … "一百张": a second count is another product's
            if host is not None:
                _join(host, q, parsed.source)
                continue
            if kind == "backref":
                continue
        kept.append(need)
    quoted = [(q.start, q.end) for n in kept for q in n.quotes]
    for need in kept:
        for q in list(need.quotes):
            nxt = _next_same_speaker(parsed, q)
            if nxt is None or any(a < nxt.end and nxt.start < b for a, b in quoted):
                continue  # the correcting sentence is a need of its own already
            if _CORRECTION.search(nxt.text) and _FIGURE.search(
                nxt.text[:24]
            ):  # "no wait 200, …": the later wins
                _correct(need, nxt)
                quoted.append((nxt.start, nxt.end))
        last = max(need.quotes, key=lambda x: x.end)
        if (
            (bare := next_bare_figure(parsed, last, CN_HOST_GAP)) is not None
            and not any(a < bare.end and bare.start < b for a, b in quoted)
            and not second_count(bare.text, [x.text for x in need.quotes])
        ):  # "不少于百分之二十" … "四十个吧，凑个整": the count the need comes to
            add_quote(need.quotes, quote_of(bare))
            quoted.append((bare.start, bare.end))
    return [n for n in needs if any(n is k for k in kept)]

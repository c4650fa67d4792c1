"""An offer and its acceptance are one point of progress: the agreement, with the value offered.

The rep's "这样，1,200套我给到735" followed a few lines later by the customer's "行，就这么定" (or
"OK, let's go with that") are one agreement, not a concession plus an agreement. The two items
merge into one that keeps both quotes and reads as the agreed value: "达成一致：1,200套735（客户接受：
行，就这么定）". Two agreement items of the two sides close together that name the same figure
("价格就按735" / "735可以") merge the same way.
"""

from __future__ import annotations

import re

from assistant.summaries import statements as st
from assistant.summaries.acceptance import ACCEPT, NUMBER, figure_in
from assistant.summaries.acceptance import MAX_SIZE as SHORT
from assistant.summaries.acceptance import MAX_WORDS as SHORT_WORDS
from assistant.summaries.clauses import clause_size
from assistant.summaries.echo_accepts import topic
from assistant.summaries.labels import label
from assistant.summaries.schema import ProgressItem

WINDOW = 400  # characters from the offer's last quote to the acceptance
_TERMS = ("agreement", "concession")


def _figures(item: ProgressItem) -> set[str]:
    return {f for q in item.quotes for f in NUMBER.findall(q.text) if len(f.replace(".", "")) >= 2}


def _body(item: ProgressItem) -> str:
    return st.clean(item.quotes[0].text)


def _accepted(offer: ProgressItem, accept: ProgressItem, lang: str) -> ProgressItem:
    """Return ``offer`` rewritten as the agreement ``accept`` settles, with both items' quotes."""
    head = label("agreement", lang)
    if lang == "zh":
        text = f"{head}：{_body(offer)}（客户接受：{_body(accept)}）"
    else:
        text = f"{head[:1].upper()}{head[1:]}: {_body(offer)} (customer accepted: {_body(accept)})"
    quotes = offer.quotes + [q for q in accept.quotes if all(q.start != x.start for x in offer.quotes)]
    return ProgressItem(text=text, kind="agreement", by="customer", quotes=quotes)


def _pairs(offer: ProgressItem, accept: ProgressItem) -> bool:
    gap = accept.quotes[0].start - offer.quotes[-1].end
    if not 0 <= gap <= WINDOW or offer.kind not in _TERMS or accept.kind not in _TERMS:
        return False
    if offer.by == "we" and accept.by == "customer" and accept.kind == "agreement":
        said = accept.quotes[0].text
        if figure_in(said):  # "735可以" must name the offer's figure
            return bool(_figures(offer) & _figures(accept))
        words = len(
            re.findall(r"[A-Za-z0-9]+", said)
        )  # "行，就这么定" takes the offer; a longer reply says more
        m = ACCEPT.search(said)
        named = topic(said[: m.start()]) if m else set()  # "收纳箱可以" takes the box, not the price before it
        return clause_size(said) <= SHORT and words <= SHORT_WORDS and (not named or bool(named & topic(_body(offer))))
    return {offer.by, accept.by} == {"we", "customer"} and bool(_figures(offer) & _figures(accept))


def merge_offers(items: list[ProgressItem], lang: str) -> list[ProgressItem]:
    """Merge each acceptance into the offer it answers (the latest one before it); keep all quotes."""
    out: list[ProgressItem] = []
    for item in items:
        prev = next((k for k in range(len(out) - 1, -1, -1) if out[k].kind in _TERMS), None)
        if prev is not None and _pairs(out[prev], item):
            offer = out[prev]
            out[prev] = _accepted(offer, item, lang) if offer.by == "we" else _joined(offer, item)
            continue
        out.append(item)
    return out


def _joined(first: ProgressItem, second: ProgressItem) -> ProgressItem:
    """Return the first of two agreements of the two sides on one figure, with both quotes."""
    quotes = first.quotes + [q for q in second.quotes if all(q.start != x.start for x in first.quotes)]
    return first.model_copy(update={"quotes": quotes})

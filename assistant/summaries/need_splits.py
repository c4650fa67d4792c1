"""One quantity need per product when the customer counts several in one sentence (issue 14: one item per point).

"Quantities: 3,000 PR-08, 400 HR-30, 2,500 GT-15." and "need 60 AC chargers and 8 DC fast chargers" are three and
two order lines, yet the sentence reader files each sentence as one quantity need. A manager checks the lines one by
one, so such a need becomes one need per product, each quoting its own part of the sentence ("400 HR-30"). The
counts come from :mod:`~assistant.summaries.order_items` (the same reader the order totals use); a need is split
only when every count in its quote names goods and each has a part of the sentence to itself, else it stays whole.
"""

from __future__ import annotations

import re

from assistant.summaries import statements as st
from assistant.summaries.need_heads import need_head
from assistant.summaries.order_items import Line
from assistant.summaries.owners import party_of
from assistant.summaries.price_figures import fmt_figure
from assistant.summaries.schema import Need, Quote
from assistant.text import lazy_re
from assistant.text.conversation import Sentence

_JOIN = lazy_re.compile(r"\s*(?:\+|&|,|，|、|;|；|\band\b|\bplus\b)\s*", re.I)  # "600 outdoor balls + 50 paddle bags"


def _part(line: Line, shared: bool) -> tuple[int, int] | None:
    """The span of ``line.at.text`` that counts ``line`` alone: its clause, or the piece of a shared clause naming it."""
    a, b = line.span
    if not shared:
        return a, b
    text, at, hits = line.at.text[a:b], 0, []
    for m in [*_JOIN.finditer(text), None]:
        end = m.start() if m is not None else len(text)
        piece = text[at:end].lower()
        if piece.strip() and line.name and line.name.lower() in piece and fmt_figure(line.value, "en") in piece.replace(",", ""):
            hits.append((a + at, a + end))
        at = m.end() if m is not None else at
    return hits[0] if len(hits) == 1 else None


def _quote(s: Sentence, span: tuple[int, int]) -> Quote:
    raw = s.text[span[0] : span[1]]
    lead, text = len(raw) - len(raw.lstrip(" +&,，、")), raw.strip(" +&,，、").rstrip("。.!！")
    start = s.start + span[0] + lead
    return Quote(text=text, start=start, end=start + len(text), speaker=s.speaker)


def _name(line: Line) -> str:
    """What is counted with its code: "DE-4 drip emitters" for "2,400 drip emitters DE-4"."""
    missing = [c for c in sorted(line.codes) if c.lower() not in line.name.lower()]
    return " ".join([*missing, line.name]).strip()


def _body(line: Line, lang: str) -> str:
    figure = fmt_figure(line.value, lang)
    return f"{_name(line)} {figure}{line.unit}".strip() if lang == "zh" else f"{figure} {_name(line)}".strip()


def split_need(need: Need, counted: list[tuple[Sentence, list[Line]]], lang: str, goods: object) -> list[Need]:
    """Return ``need`` as one quantity need per product its quote counts, or ``[need]`` when it counts one.

    Args:
        need: A need the summary holds.
        counted: Each sentence with the count lines :func:`~assistant.summaries.order_items.product_counts` reads.
        lang: Output language (``zh``/``en``).
        goods: A predicate telling whether a count line names a thing sold (``need_counts._names_goods``).
    """
    if need.topic != "quantity" or len(need.quotes) != 1:
        return [need]
    q = need.quotes[0]
    for s, lines in counted:
        if not s.start <= q.start < s.start + max(len(s.text), 1) or party_of(s) != "customer":
            continue
        mine = [c for c in lines if s.start + c.span[0] < q.end and q.start < s.start + c.span[1]]
        keys = {(c.name.lower(), c.codes) for c in mine}
        if len(mine) < 2 or len(keys) < len(mine) or not all(map(goods, mine)):  # type: ignore[arg-type]
            return [need]
        parts = [_part(c, sum(d.span == c.span for d in mine) > 1) for c in mine]
        if any(p is None for p in parts):
            return [need]  # two counts in one piece: no quote of its own for each
        out = []
        for c, p in zip(mine, parts, strict=True):
            body, figure = _body(c, lang), fmt_figure(c.value, "en").replace(",", "")
            out.append(Need(
                text=st.statement(need_head("quantity", body, c.name, lang), body, lang), topic="quantity",
                subject=next(iter(sorted(c.codes)), None) or c.name,
                values=[f"{figure} {c.unit}" if c.unit else f"{figure} {_name(c)}"], quotes=[_quote(s, p)],  # type: ignore[arg-type]
            ))  # fmt: skip
        return out
    return [need]

"""One quantity need per product when the customer counts several in one sentence (issue 14: one item per point).

"Quantities: 3,000 PR-08, 400 HR-30, 2,500 GT-15." and "need 60 AC chargers and 8 DC fast chargers" are three and
two order lines, yet the sentence reader files each sentence as one quantity need. A manager checks the lines one by
one, so such a need becomes one need per product, each quoting its own part of the sentence ("400 HR-30"). The
counts come from :mod:`~assistant.summaries.order_items` (the same reader the order totals use); a need is split
only when every count in its quote names goods and each has a part of the sentence to itself. It stays whole when
the sentence says more after its counts ("…，都要带CE认证", "…GT-15 by 3 March"), a count is hedged ("maybe also 10
ottomans", "暂定"), or one count is of something else ("80 laptops, for 80 new hires", "24 servers per rack").
"""

from __future__ import annotations

import re
from collections.abc import Callable

from assistant.summaries import statements as st
from assistant.summaries.need_heads import need_head
from assistant.summaries.order_items import Line
from assistant.summaries.owners import party_of
from assistant.summaries.price_figures import fmt_figure
from assistant.summaries.schema import Need, Quote
from assistant.text import lazy_re
from assistant.text.conversation import Sentence

_JOIN = lazy_re.compile(r"\s*(?:\+|&|,(?!\d{3})|，|、|;|；|\band\b|\bplus\b)\s*", re.I)  # "600 balls + 50 bags"
_HEDGE = lazy_re.compile(
    r"\b(?:maybe|possibly|perhaps|optional(?:ly)?|might|tbc|to be confirmed|not confirmed)\b|(?<!尽)可能|也许|或许|考虑(?!到)|看情况|暂定|待定",
    re.I,
)
# what the text around the counts may hold and still say nothing more: joiners, a lead, punctuation, emoji
_FILLER = lazy_re.compile(
    r"\b(?:we|i|need|want|would like|order|quantit(?:y|ies)|please|also|the|and|plus|pcs|thanks?|thank you|pls|so much|cheers|lol)\b|"
    r"我们|需要|还要|另外|一共|数量|[要再请\W_]",
    re.I,
)
_FIGURE = r"(?:\d[\d,]*(?:\.\d+)?|[零一二两三四五六七八九十百千万]+)"
_SHARE = lazy_re.compile(  # a count of something else in the piece: "for 80 new hires", "24 servers per rack"
    r"^\W*(?:for|per|each|every|one for)\b|\b(?:per|each|a|every)\s+[a-z]+\W*$|^\W*(?:每|各)", re.I
)


def _part(line: Line, shared: bool) -> tuple[int, int] | None:
    """Return the span of ``line.at.text`` counting ``line`` alone: its clause, or its piece of a shared clause."""
    a, b = line.span
    if not shared:
        return a, b
    text, at, hits = line.at.text[a:b], 0, []
    figure = fmt_figure(line.value, "en").replace(",", "")
    for m in [*_JOIN.finditer(text), None]:
        end = m.start() if m is not None else len(text)
        piece = text[at:end].lower()
        said = figure in piece.replace(",", "") or bool(line.unit and line.unit in piece)
        if piece.strip() and line.name and line.name.lower() in piece and said:
            hits.append((a + at, a + end))
        at = m.end() if m is not None else at
    return hits[0] if len(hits) == 1 else None


def _core(line: Line, part: tuple[int, int]) -> tuple[int, int] | None:
    """Return where the figure and the name of ``line`` are said in its part ("400 HR-30", "蒸烤箱三台"), or None."""
    text = line.at.text[part[0] : part[1]]
    name = text.lower().find(line.name.lower()) if line.name else -1
    figures = [m for m in re.finditer(_FIGURE, text) if m.group().strip(",")]
    if name < 0 or not figures:
        return None
    fig = min(figures, key=lambda m: min(abs(m.start() - name - len(line.name)), abs(name - m.end())))
    end = max(name + len(line.name), fig.end() + (len(line.unit) if text[fig.end() :].startswith(line.unit) and line.unit else 0))
    return part[0] + min(name, fig.start()), part[0] + end


def _says_more(q: Quote, s: Sentence, cores: list[tuple[int, int]]) -> bool:
    """Whether the quote says more after its first count ("…，都要带CE认证", "…GT-15 by 3 March"): a split would lose it."""
    first = cores[0][0]  # what leads up to the counts is their setting ("We are fitting out our new car park and need…")
    keep = [c for i, c in enumerate(q.text) if (k := q.start - s.start + i) >= first and not any(a <= k < b for a, b in cores)]
    rest = _FILLER.sub(" ", "".join(keep))
    return bool(re.search(r"[\u4e00-\u9fff]|[A-Za-z]{2,}|\d", rest))


def _quote(s: Sentence, span: tuple[int, int]) -> Quote:
    raw = s.text[span[0] : span[1]]
    lead, text = len(raw) - len(raw.lstrip(" +&,，、")), raw.strip(" +&,，、").rstrip("。.!！")
    start = s.start + span[0] + lead
    return Quote(text=text, start=start, end=start + len(text), speaker=s.speaker)


def count_name(line: Line) -> str:
    """Return what is counted with its code: "DE-4 drip emitters" for "2,400 drip emitters DE-4"."""
    missing = [c for c in sorted(line.codes) if c.lower() not in line.name.lower()]
    return " ".join([*missing, line.name]).strip()


def count_body(line: Line, lang: str) -> str:
    """Return a count line as a need says it: "蒸烤箱 3台", "400 HR-30"."""
    figure = fmt_figure(line.value, lang)
    return f"{count_name(line)} {figure}{line.unit}".strip() if lang == "zh" else f"{figure} {count_name(line)}".strip()


def split_need(
    need: Need, counted: list[tuple[Sentence, list[Line]]], lang: str, goods: Callable[[Line], bool]
) -> list[Need]:
    """Return ``need`` as one quantity need per product its quote counts, or ``[need]`` when it counts one.

    Args:
        need: A need the summary holds.
        counted: Each sentence with the count lines :func:`~assistant.summaries.order_items.product_counts` reads.
        lang: Output language (``zh``/``en``).
        goods: A predicate telling whether a count line names a thing sold (``need_counts._names_goods``).
    """
    if need.topic != "quantity" or len(need.quotes) != 1 or _HEDGE.search(need.quotes[0].text):
        return [need]  # "…, maybe also 10 ottomans": a count the customer is not sure of stays in its sentence
    q = need.quotes[0]
    for s, lines in counted:
        if not s.start <= q.start < max(s.end, s.start + 1) or party_of(s) != "customer":
            continue
        mine = [c for c in lines if s.start + c.span[0] < q.end and q.start < s.start + c.span[1]]
        keys = {(c.name.lower(), c.codes) for c in mine}
        if len(mine) < 2 or len(keys) < len(mine) or not all(map(goods, mine)):
            return [need]
        parts = [_part(c, sum(d.span == c.span for d in mine) > 1) for c in mine]
        spans = sorted(p for p in parts if p is not None)
        if len(spans) < len(parts) or any(x[1] > y[0] for x, y in zip(spans, spans[1:], strict=False)):
            return [need]  # two counts in one piece ("80 laptops for 80 new hires"): no quote of its own for each
        if any(_SHARE.search(s.text[a:b].strip()) for a, b in spans):
            return [need]  # "80 laptops, for 80 new hires", "3 racks, 24 servers per rack": one count is of another
        cores = [_core(c, p) for c, p in zip(mine, parts, strict=True) if p is not None]
        if any(c is None for c in cores) or _says_more(q, s, sorted(c for c in cores if c is not None)):
            return [need]
        out = []
        for c, p in zip(mine, parts, strict=True):
            body, figure = count_body(c, lang), fmt_figure(c.value, "en").replace(",", "")
            out.append(Need(
                text=st.statement(need_head("quantity", body, c.name, lang), body, lang), topic="quantity",
                subject=next(iter(sorted(c.codes)), None) or c.name,
                values=[f"{figure} {c.unit}" if c.unit else f"{figure} {count_name(c)}"], quotes=[_quote(s, p)],  # type: ignore[arg-type]
            ))  # fmt: skip
        return out
    return [need]

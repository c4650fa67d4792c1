"""One progress item per negotiated price: the path of figures the two sides said, and where it ended.

Haggling is mostly said in bare figures the sentence classifier reads as nothing: the rep quotes
"一百八一根", the customer answers "一百五。", the rep "一百六十五。", the customer "一百六。", the rep
"算了算了，一百六给您"; or "I can do 4.30" / "4.10?" / "OK, 4.20" / "deal". To a manager that is one
point: the price went 180 → 165 → 160 and was agreed. The pieces are followed over every clause of the
conversation, labelled or not, by :mod:`~assistant.summaries.price_pieces`.

A negotiation becomes an item when it settled on a figure after a move (a figure taken as first
said stays the acceptance's own item), or when we came down at least once (a concession, "客户未表态"
or not accepted). The item reads as the path of our figures and the settled one, the customer's
counters beside it, and quotes every piece; an agreement is by the side that took the other's figure
(we, when we take their counter: "OK, 9.20 it is"). Negotiations we moved in one clause ("一百一十二 封层八十")
are one item. The progress items a negotiation covers are folded into it with their quotes, except a
grant said beside the price ("另外三年保修，比标准多一年"), which stays its own concession and takes
the customer's reply naming it ("收纳箱可以").
"""

from __future__ import annotations

from decimal import Decimal

from assistant.summaries import statements as st
from assistant.summaries.labels import label
from assistant.summaries.price_outcomes import by_outcome
from assistant.summaries.price_pieces import Path, find_paths
from assistant.summaries.progress_cues import FREE_TERM
from assistant.summaries.progress_pairs import merge_offers
from assistant.summaries.schema import ProgressItem, Quote
from assistant.text.conversation import Sentence


def _fmt(v: Decimal) -> str:
    s = f"{v:f}"
    return s.rstrip("0").rstrip(".") if "." in s else s


def _ours(path: Path) -> list[Decimal]:
    """Our figures in order, each once in a row: the first of each of our pieces, refusals left out."""
    out: list[Decimal] = []
    for p in path.pieces:
        if p.party == "we" and p.figures and not p.refused:
            v = max(p.figures)
            if not out or out[-1] != v:
                out.append(v)
    return out


def _body(path: Path, lang: str) -> str | None:
    """Return what one negotiation came to: its code, our figures' path, its status; None when nothing moved."""
    ours = _ours(path)
    if path.agreed is not None:  # a figure taken as first said ("四十二可以") is the acceptance's own item
        moves = [v for v in ours if v != path.agreed] + [path.agreed]
        if len({p.party for p in path.pieces}) < 2 or len(moves) < 2:
            return None
    elif len(ours) >= 2 and ours[-1] < ours[0]:
        moves = ours
    else:
        return None
    counters = [
        _fmt(max(p.figures))
        for p in path.pieces
        if p.party == "customer" and p.figures and max(p.figures) not in moves
    ]
    arrow = " → ".join(_fmt(v) for v in moves)
    code = "/".join(sorted(path.codes))
    last = max((k for k, p in enumerate(path.pieces) if p.party == "we"), default=-1)
    refused = any(p.party == "customer" and p.refused for p in path.pieces[last + 1 :])
    if lang == "zh":
        status = "成交" if path.agreed is not None else "客户未接受" if refused else "客户未表态"
        side = f"（客户还价 {'、'.join(counters)}）" if counters else ""
        return f"{code + ' ' if code else ''}价格 {arrow}，{status}{side}"
    status = "agreed" if path.agreed is not None else "not accepted" if refused else "no answer yet"
    side = f" (customer countered {', '.join(counters)})" if counters else ""
    return f"{code + ' ' if code else ''}price {arrow}, {status}{side}"


def _item(group: list[Path], lang: str) -> ProgressItem | None:
    """Return the progress item of one round of negotiation (one term or several), or None when nothing moved."""
    moved = [(p, body) for p in group if (body := _body(p, lang)) is not None]
    if not moved:
        return None
    closers = [p.closer for p, _ in moved if p.agreed is not None]
    agreed = bool(closers)
    kind = "agreement" if agreed else "concession"
    pieces = [x for p, _ in moved for x in p.pieces]
    quotes = sorted({x.quote.start: x.quote for x in pieces}.values(), key=lambda q: q.start)
    body = ("；" if lang == "zh" else "; ").join(b for _, b in moved)
    return ProgressItem(
        text=st.statement(label(kind, lang), body, lang),
        kind=kind,
        by=(closers[-1] or "customer") if agreed else "we",  # the side that took the other's figure
        quotes=quotes,
    )


def _joined(paths: list[Path]) -> list[list[Path]]:
    """Group the negotiations we moved in one clause after the opening ("一百一十二 封层八十"): one round, one item.

    Terms only listed together in the opening quote, or taken together ("三百可以，UK-23行") after
    offers of their own, stay apart: each was haggled on its own.
    """
    out: list[list[Path]] = []
    for path in paths:
        mine = set(_clauses(path, "we")[1:])
        group = next((g for g in out if any(mine & set(_clauses(o, "we")[1:]) for o in g)), None)
        if group is None:
            out.append([path])
        else:
            group.append(path)
    return out


def _clauses(path: Path, party: str) -> list[int]:
    """Return the clauses (by start offset) ``party``'s pieces of the path come from, in order."""
    seen: list[int] = []
    for p in path.pieces:
        if p.party == party and p.clause not in seen:
            seen.append(p.clause)
    return seen


def _covers(item: ProgressItem, quotes: list[Quote]) -> bool:
    """Whether ``item`` quotes a piece of the negotiation (by at least four characters)."""
    return any(
        min(a.end, b.end) - max(a.start, b.start) >= 4 or a.start == b.start
        for a in item.quotes
        for b in quotes
    )


def with_paths(
    items: list[ProgressItem], labelled: list[tuple[Sentence, str]], lang: str
) -> list[ProgressItem]:
    """Fold the progress items of each negotiation into one item per negotiated price.

    Args:
        items: Progress items in conversation order.
        labelled: Every clause of the conversation with its label, in order.
        lang: The summary's language (``zh`` or ``en``).
    """
    rounds = [r for g in _joined(find_paths(labelled)) for r in by_outcome(g)]  # settled apart from open
    made = [x for x in (_item(r, lang) for r in rounds) if x is not None]
    if not made:
        return items
    kept: list[ProgressItem] = []
    for it in items:
        covering = [k for k, m in enumerate(made) if _covers(it, m.quotes)]  # "A再想想，B行": B's item takes it
        k = next((k for k in covering if made[k].kind == it.kind), covering[0] if covering else None)
        if k is None:
            kept.append(it)
            continue  # a folded item brings its other quotes ("…: agreed, Rui signed it off")
        free = [q for q in it.quotes if FREE_TERM.search(q.text) and not _covers(made[k], [q])]
        if free:  # a grant said beside the price ("另外三年保修，比标准多一年") stays its own point
            text = st.statement(label("concession", lang), st.clean(free[0].text), lang)
            kept.append(ProgressItem(text=text, kind="concession", by="we", quotes=free))
        quotes = {q.start: q for q in [*made[k].quotes, *it.quotes] if q not in free}
        made[k] = made[k].model_copy(update={"quotes": sorted(quotes.values(), key=lambda q: q.start)})
    out = sorted([*kept, *made], key=lambda it: min(q.start for q in it.quotes))
    for k in range(len(out) - 2, -1, -1):  # the grant split off and the customer's "收纳箱可以" that takes it
        if out[k].kind == "concession" and out[k] not in made and out[k + 1].by == "customer":
            out[k : k + 2] = merge_offers(out[k : k + 2], lang)
    return out

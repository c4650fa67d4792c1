"""The total nobody said: our unit prices times the customer's counts, above their budget for the lot (issue 14).

"Our investors approved 80,000 US dollars for all the machines" after "twenty-four washers … and
twenty-four dryers" and our "the dryer at 1,480 … the washer down to 2,060": 24 × 2,060 + 24 × 1,480 =
84,960, above the budget, and nobody said so. A manager wants that gap on the page: it is why the deal
will stall. :mod:`~assistant.summaries.budget_gaps` compares a budget with a total someone stated; this
module works the total out from the lines of the order (:mod:`~assistant.summaries.order_items`): each
product's latest count times our latest unit price for it.

The budget is the customer's latest figure said as a budget, ceiling or cap (not a threshold that needs
someone's approval: "anything above SGD 50,000 goes to our board"). It covers the products its clause names
("EUR 150,000 for the 60 bikes"), else every product counted. The total is filed only when it is above the
budget and at most twice it (further off, the figures are about something else), each unit price is under
half the budget (a figure near the budget is a total, not a unit price), and nothing closed it: a
figure of ours at or under the budget said after our prices ("the lot for 79,500"), or the customer taking
the price as a whole ("OK, send the contract") rather than one item ("dryer at 1,480, fine").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from decimal import Decimal

from assistant.summaries import statements as st
from assistant.summaries.budget_gaps import TAKES
from assistant.summaries.evidence import add_quotes, is_question, quote_of
from assistant.summaries.labels import risk_label
from assistant.summaries.need_budgets import states_budget
from assistant.summaries.numbers import find_numbers
from assistant.summaries.order_items import Line, product_counts, product_words, same_product, unit_prices
from assistant.summaries.owners import party_of
from assistant.summaries.price_figures import figures, fmt_figure
from assistant.summaries.price_gaps import NOT_ACCEPT, OBJECTION
from assistant.summaries.product_codes import codes
from assistant.summaries.schema import Risk
from assistant.text import lazy_re
from assistant.text.conversation import Sentence

_BUDGET = lazy_re.compile(
    r"预算|以内|上限|封顶|最多(?:只能)?(?:花|出)|\b(?:budget\w*|ceiling|cap|capex|limit|can spend|approved|at most|maximum|max)\b",
    re.I,
)
_THRESHOLD = lazy_re.compile(  # a figure above which someone else approves: no budget
    r"(?:超过|超出|高于|以上)[^，。]{0,6}(?:要|需|得|都要)|\b(?:over|above|more than|exceeding)\s+(?:[A-Z]{3}\s?|[$€£])?[\d,.]+\s*\w*\s+"
    r"(?:needs?|goes|go|requires?|has to)\b|\b(?:any(?:thing)?|every) (?:purchase|order|spend\w*)?\s*(?:over|above)\b",
    re.I,
)
_CEILING = lazy_re.compile(r"^(?:that'?s|this is|it'?s) (?:the|our) (?:ceiling|limit|max\w*)|^(?:这)?(?:是|就是)?(?:上限|封顶|底线)", re.I)
_STATED = lazy_re.compile(r"合计|总价|一共|总共|\b(?:total|in all|altogether|comes? to)\b", re.I)
_LOT = lazy_re.compile(  # a budget for the whole order, whatever product word it also says
    r"\b(?:all|everything|the lot|whole|total|altogether|overall)\b|全部|所有|整批|整个|总|一共|这批|全部", re.I
)
_HOLDS = lazy_re.compile(r"但|不过|还是|\b(?:but|however|still|though)\b", re.I)


@dataclass(frozen=True)
class OrderTotal:
    """Our total worked out from the order's lines, against the customer's budget."""

    budget: Decimal
    budget_at: Sentence
    total: Decimal
    lines: tuple[tuple[Line, Line], ...]  # (count, unit price) per product


def _budget(s: Sentence) -> tuple[Decimal, str] | None:
    """Return the customer's budget in ``s`` with the clause saying it, or None."""
    if party_of(s) == "we" or is_question(s) or _THRESHOLD.search(s.text):
        return None
    for clause in re.split(r"[，；;。]|,(?!\d{3})|\s+but\s+", s.text):
        if not (_BUDGET.search(clause) or states_budget(clause)) or OBJECTION.search(clause):
            continue  # "超预算了" is an objection, no budget stated
        found = [*figures(clause), *_amounts(clause)]
        if found:
            return max(found), clause
    return None


def _amounts(text: str) -> list[Decimal]:
    """Return the figures said with a currency ("80,000 US dollars"), which :func:`figures` may read as counts."""
    out = []
    for n in find_numbers(text):
        if n.kind == "amount" and re.fullmatch(r"(?:[A-Z]{3} )?\d+(?:\.\d+)?", n.value):
            out.append(Decimal(n.value.split()[-1]))
    return out


def _products(sentences: list[Sentence]) -> list[Line]:
    """Return each product's latest count, in order of first mention (a later count of one product replaces it)."""
    products: list[Line] = []
    for s in sentences:
        for c in product_counts(s):
            best = max(products, key=lambda p: _alike(p, c), default=None)
            if best is not None and _alike(best, c):  # the later count, known by every name said for it
                products[products.index(best)] = replace(c, words=best.words | c.words, codes=best.codes | c.codes)
            else:
                products.append(c)
    return products


def _alike(a: Line, b: Line) -> int:
    """Whether two counts are of one product: a shared code, shared words, or one measure word and no words."""
    if a.codes & b.codes:
        return 10
    if a.codes and b.codes:
        return 0
    return len(a.words & b.words) or (1 if a.unit and a.unit == b.unit and not a.words and not b.words else 0)


def _priced(products: list[Line], sentences: list[Sentence]) -> list[tuple[Line, Line]]:
    """Pair each product with our latest unit price for it: the price naming it best, said last."""
    latest: dict[int, Line] = {}
    for s in sentences:
        for p in unit_prices(s):
            scores = [same_product(p, c) for c in products]
            top = max(scores, default=0)
            if top and scores.count(top) == 1:
                latest[scores.index(top)] = p
            elif not p.words and not p.codes and len(products) == 1:
                latest[0] = p  # "USD 4.20 each" when one thing is ordered
    return [(products[i], latest[i]) for i in sorted(latest)]


def _closed(total: OrderTotal, sentences: list[Sentence]) -> bool:
    """Whether a figure of ours within the budget, or the customer's taking the whole price, came after."""
    last = max(total.budget_at.start, *(p.at.start for _, p in total.lines))
    for i, s in enumerate(sentences):
        if s.start <= last:
            continue
        said = figures(s.text)
        if party_of(s) == "we":
            if any(total.budget / 2 <= f <= total.budget for f in said):
                return True  # "we can do the lot for 79,500"
            continue
        if is_question(s) or NOT_ACCEPT.search(s.text) or _HOLDS.search(s.text) or OBJECTION.search(s.text):
            continue
        first = re.split(r"[，,；;：:。.!！?？]", s.text)[0]
        if not TAKES.search(first):
            continue
        if said:  # "Dryer at 1,480, fine": one item taken; "84,960 is fine": the whole
            if any(f >= total.total for f in said):
                return True
            continue
        before = sentences[i - 1] if i else None
        if _BUDGET.search(s.text) or (before is not None and party_of(before) == "we" and figures(before.text)):
            return True  # "we can stretch the budget"; "OK, send the contract" right after our figures
    return False


def order_totals(sentences: list[Sentence]) -> list[OrderTotal]:
    """Return the budget our worked-out total exceeds (at most one: the latest budget), or nothing."""
    said = [(s, b) for s in sentences if (b := _budget(s)) is not None]
    if not said:
        return []
    budget_at, (budget, clause) = said[-1]
    products = _products(sentences)
    words = product_words(clause) | codes(clause)
    named = [p for p in products if words & (p.words | p.codes)]  # "EUR 150,000 for the 60 bikes"
    priced = _priced(products if _LOT.search(clause) or not named else named, sentences)  # "for all the machines"
    lines = tuple((c, p) for c, p in priced if p.value * 2 < budget)  # a unit price, not a total
    if not lines:
        return []
    total = sum((c.value * p.value if p.each else p.value for c, p in lines), Decimal(0))
    found = OrderTotal(budget, budget_at, total, lines)
    if not budget < total <= budget * 2 or _closed(found, sentences):
        return []
    return [found]


def _code(found: OrderTotal) -> str:
    """Return the currency the budget or our prices were said in ("USD"), "" for yuan or none said."""
    for s in (found.budget_at, *(p.at for _, p in found.lines)):
        for n in find_numbers(s.text):
            code = n.value.partition(" ")[0]
            if n.kind == "amount" and code.isalpha() and code.isupper() and code != "CNY":
                return code
    return ""


def _cash(v: Decimal, code: str, lang: str) -> str:
    """Return ``v`` as the summary shows money: "27.84万" (zh), "USD 84,960" (en)."""
    if lang == "zh" and not code and v >= 10000:
        return f"{(v / 10000).normalize():f}万"
    shown = fmt_figure(v, lang) if lang == "zh" else f"{v.normalize():,f}"
    return f"{code} {shown}" if code else shown


def _text(found: OrderTotal, lang: str) -> str:
    """Return the gap as a manager reads it: the total, how it is made up, the budget and the difference."""
    code = _code(found)
    total, budget, over = (_cash(v, code, lang) for v in (found.total, found.budget, found.total - found.budget))
    parts = " + ".join(
        f"{fmt_figure(c.value, lang)}×{fmt_figure(p.value, lang)}" if p.each else _cash(p.value, "", lang)
        for c, p in found.lines
    )
    if lang == "zh":
        return f"按我方最新单价合计约{total}（{parts}），超出客户预算{budget}约{over}"
    return f"at our latest unit prices the order comes to {total} ({parts}), {over} above the customer's budget of {budget}"


def file_order_totals(
    sentences: list[Sentence], risks: list[Risk], lang: str, skip: set[int] | None = None
) -> list[Risk]:
    """Add a worked-out total above the budget to the price risk quoting its budget or prices, or as a new one.

    Args:
        sentences: The conversation's sentences in order.
        risks: The risks found so far.
        lang: Output language (``zh``/``en``).
        skip: Starts of sentences left to another item (a next step's): not quoted.
    """
    for found in order_totals(sentences):
        first = min(found.budget_at.start, max(p.at.start for _, p in found.lines))
        after = [s for s in sentences if s.start > first and party_of(s) == "customer"]
        objected = [s for s in after if OBJECTION.search(s.text) or _CEILING.search(s.text)][:2]  # "That's the ceiling."
        stated = [  # "Total £4,760, delivered": a total of ours above the budget, said before a concession
            s for s in sentences
            if party_of(s) == "we" and _STATED.search(s.text)
            and any(found.budget < f <= found.budget * 2 for f in [*figures(s.text), *_amounts(s.text)])
        ]  # fmt: skip
        said = [found.budget_at, *(p.at for _, p in found.lines), *objected, *stated[-1:]]
        said = [s for s in {s.start: s for s in said}.values() if s.start not in (skip or set())]
        if not said:
            continue
        quotes = [quote_of(s) for s in sorted(said, key=lambda s: s.start)]
        starts = {s.start for s in said}
        risk = next((r for r in risks if r.category == "price" and {q.start for q in r.quotes} & starts), None)
        if risk is None:
            text = st.statement(risk_label("price", lang), _text(found, lang), lang)
            risks.append(Risk(text=text, category="price", severity="medium", quotes=quotes))
        else:
            add_quotes(risk, quotes)
    return risks

"""File a worked-out total above the budget (:mod:`~assistant.summaries.order_totals`) as a price-gap risk.

The risk reads as a manager wants it: the total, how it is made up, the budget and the difference —
"价格差距：按我方最新单价合计约27.84万（960×290），超出客户预算25万约2.84万", "Price gap: at our latest unit
prices the order comes to USD 84,960 (24×2,060 + 24×1,480), USD 4,960 above the customer's budget of USD
80,000". It quotes the budget, our prices, the customer's objections after them ("还是高", "That's the
ceiling.") and a total of ours said before a concession ("Total £4,760"). A price risk already quoting one of
those sentences takes the quotes and the worked-out figures instead of a second risk.
"""

from __future__ import annotations

import re
from decimal import Decimal

from assistant.summaries.gap_quotes import file_price_point
from assistant.summaries.numbers import find_numbers
from assistant.summaries.order_totals import LOT, OrderTotal, money_figures, order_totals
from assistant.summaries.owners import party_of
from assistant.summaries.price_figures import fmt_figure
from assistant.summaries.price_gaps import OBJECTION
from assistant.summaries.schema import Risk
from assistant.text import lazy_re
from assistant.text.conversation import Sentence

_CEILING = lazy_re.compile(
    r"^(?:that'?s|this is|it'?s) (?:the|our) (?:ceiling|limit|max\w*)|^(?:这)?(?:是|就是)?(?:上限|封顶|底线)", re.I
)


_FIRM = lazy_re.compile(  # the budget will not move: "the budget cannot be increased this year", "理事会不会再加了"
    r"不能超|不能再加|不会再加|不再追加|不能追加|加不了|没法再加|超了(?:就|要|得)|"
    r"\b(?:cannot|can't|can not|won't|will not) be (?:increased|raised|exceeded|extended|changed)\b|"
    r"\bno (?:room|way) (?:above|over|beyond|to go higher)\b|\b(?:it|that|the budget) is fixed\b|\band it(?:'s| is) fixed\b|"
    r"\bhard (?:limit|cap|ceiling)\b|\bnot a (?:cent|penny|dollar|euro) more\b",
    re.I,
)


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


def total_text(found: OrderTotal, lang: str) -> str:
    """Return the gap's body: the total, how it is made up, the budget and the difference."""
    code = _code(found)
    total, budget, over = (_cash(v, code, lang) for v in (found.total, found.budget, found.total - found.budget))
    parts = " + ".join(
        f"{fmt_figure(c.value, lang)}×{fmt_figure(p.value, lang)}" if p.each else _cash(p.value, "", lang)
        for c, p in found.lines
    )
    if lang == "zh":
        return f"按我方最新单价合计约{total}（{parts}），超出客户预算{budget}约{over}"
    return f"at our latest unit prices the order comes to {total} ({parts}), {over} above the customer's budget of {budget}"


def _evidence(found: OrderTotal, sentences: list[Sentence]) -> list[Sentence]:
    """Return the sentences to quote: budget, our prices, objections after them, a stated total of ours above it."""
    first = min(found.budget_at.start, max(p.at.start for _, p in found.lines))
    after = [s for s in sentences if s.start > first and party_of(s) == "customer"]
    objected = [s for s in after if OBJECTION.search(s.text) or _CEILING.search(s.text)][:2]
    stated = [  # "Total £4,760, delivered": a total of ours above the budget, said before a concession
        s for s in sentences
        if party_of(s) == "we" and LOT.search(s.text)
        and any(found.budget < f <= found.budget * 2 for f in money_figures(s.text))
    ]  # fmt: skip
    at = next((i for i, s in enumerate(sentences) if s.start >= found.budget_at.start), len(sentences))
    firm = [s for s in sentences[at : at + 6] if party_of(s) == "customer" and _FIRM.search(s.text)][:1]
    said = [found.budget_at, *(p.at for _, p in found.lines), *objected, *firm, *stated[-1:]]
    return list({s.start: s for s in said}.values())  # the budget's own sentence may be the firm one too


def file_order_totals(
    sentences: list[Sentence], risks: list[Risk], lang: str, skip: set[int] | None = None
) -> list[Risk]:
    """Add a worked-out total above the budget as a price risk, or to the price risk quoting its sentences.

    Args:
        sentences: The conversation's sentences in order.
        risks: The risks found so far.
        lang: Output language (``zh``/``en``).
        skip: Starts of sentences left to another item (a next step's): not quoted.
    """
    for found in order_totals(sentences):
        said = _evidence(found, sentences)
        starts = {s.start for s in said}
        body = total_text(found, lang)
        def quotes_one(r: Risk, k: set[int] = starts) -> bool:
            return bool({q.start for q in r.quotes} & k)

        risk = file_price_point(risks, list(said), skip, quotes_one, lambda b=body: b, lang)
        if risk is not None and "×" not in risk.text:  # the worked-out figures join the risk's own words
            risk.text = f"{risk.text}（{body}）" if lang == "zh" else f"{risk.text} ({body})"
    return risks

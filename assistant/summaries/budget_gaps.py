"""A budget our last price still exceeds, both figures stated: a price gap even with no objection said (issue 14).

"我们这批设备总预算38万" … "经理批了：合计39.2万" … (the talk moves on to delivery): the customer's budget and our
final figure above it are both on the table and nobody closed the difference. The objection-led reading
(:mod:`~assistant.summaries.price_gaps`) files a gap only once the customer objects or we refuse; this one
files it from the figures alone, when the customer's figure is a budget, ceiling or cap ("预算", "以内",
"上限", "budget", "ceiling", "can spend", or said without the word: "院里是按60万批的钱", "就留了一万五", read
by :mod:`~assistant.summaries.need_budgets`) and our latest quote for the same thing stays above it.

It is closed, and nothing is filed, when any figure of ours for the budget's product meets the budget, or
when the customer takes our price after it: a plain acceptance with no lower figure of their own ("That
works, send the contract.", "没问题，按这个走", "we can stretch the budget"), about the price — naming a figure
on the budget's scale or a word of price, or answering our figure; "床垫980可以" takes one item's concession
and "行。" after "周四给您答复" takes a promised reply, neither our total. A budget for one product is
compared only with our prices for that product (the product words of the budget's sentence); a budget that
names no product only when we priced one thing. Figures in two different currencies are never compared.
The gap joins the price risk about the same figures, else it is one new price risk quoting both sides.
"""

from __future__ import annotations

import re

from assistant.summaries.echo_accepts import topic
from assistant.summaries.evidence import is_question
from assistant.summaries.gap_quotes import file_price_point, restates
from assistant.summaries.need_budgets import states_budget
from assistant.summaries.numbers import find_numbers
from assistant.summaries.owners import party_of
from assistant.summaries.price_figures import figures
from assistant.summaries.price_gaps import (
    ACCEPTS,
    NOT_ACCEPT,
    OBJECTION,
    PRICED,
    REFUSAL,
    Gap,
    find_gaps,
    gap_text,
)
from assistant.summaries.price_scale import same_scale
from assistant.summaries.schema import Risk
from assistant.text import lazy_re
from assistant.text.conversation import Sentence

_BUDGET = lazy_re.compile(
    r"预算|以内|上限|限价|卡(?:得|在)|\b(?:budget\w*|ceiling|cap|can spend|approved|at most|maximum)\b", re.I
)
TAKES = lazy_re.compile(  # the customer takes our price: the price gaps' accept words and a few more
    ACCEPTS.pattern + r"|没关系|追加|\b(?:sounds good|go ahead|stretch\w*)\b", re.I
)
DEPOSIT = lazy_re.compile(  # a deposit or a share of the total, with its figure
    r"(?:\d+\s*%\s*)?(?:定金|订金|首付|预付款?|\b(?:deposit|down ?payment|advance)\b)[^，。,.;]{0,12}", re.I
)
HOLDS = lazy_re.compile(r"但|不过|还是|\b(?:but|however|still|though)\b", re.I)  # "OK, but 9,000 is our ceiling"
_GENERIC = lazy_re.compile(  # words of any price sentence, no product: left out of the product's words
    _BUDGET.pattern + r"|每[台个件套只支张]|合计|总价|单价|价格|报价|一共|\d|"
    r"\b(?:each|per|units?|prices?|total|pieces?|quote\w*|best|only|just|about|more|than|our|your|can|do|is|are)\b",
    re.I,
)


def _product(s: Sentence) -> set[str]:
    """Return the product words of ``s``: its content tokens less those of budgets, units and prices."""
    return topic(_GENERIC.sub(" ", s.text))


def currencies(s: Sentence) -> set[str]:
    """Return the currency codes named with a figure in ``s`` ("EUR 9,000" → {"EUR"})."""
    return {n.value.partition(" ")[0] for n in find_numbers(s.text) if n.kind == "amount" and " " in n.value}


def _ours(gap: Gap, sentences: list[Sentence]) -> list[Sentence]:
    """Return our quotes on the budget's scale and, when the budget names a product, for that product."""
    first = min(gap.target_at.start, gap.ours_at.start if gap.ours_at is not None else gap.target_at.start)
    priced = [
        s
        for s in sentences
        if party_of(s) == "we" and s.start >= first and any(same_scale(f, gap.target) for f in figures(s.text))
    ]
    words = _product(gap.target_at)
    named = [s for s in priced if words & _product(s)]
    if named:
        return named  # "pumps are 880 each", not "control valves are 950 each"
    kinds = [w for w in (_product(s) for s in priced) if w]
    single = all(a & b for a in kinds for b in kinds)
    return priced if single else []  # a budget that names no product of ours: only when we priced one thing


def _taken(s: Sentence, gap: Gap) -> bool:
    """Whether the customer's ``s`` takes our price: an acceptance, not asked, held back or countered lower."""
    if party_of(s) == "we" or is_question(s) or not TAKES.search(s.text) or NOT_ACCEPT.search(s.text):
        return False
    said = figures(s.text)  # "…先付30%定金5.85万": a deposit is on our total, never another item's price
    if said and not DEPOSIT.search(s.text) and not any(same_scale(f, gap.target) for f in said):
        return False  # "床垫980可以": one item's concession taken, not our total against the budget
    if HOLDS.search(s.text) or OBJECTION.search(s.text) or REFUSAL.search(s.text):
        return False
    return not any(f < (gap.ours or gap.target) and same_scale(f, gap.target) for f in said)


def _closed(gap: Gap, ours: list[Sentence], sentences: list[Sentence]) -> bool:
    """Whether a figure of ours meets the budget, or the customer takes our price after our last quote."""
    for s in ours:
        if any(f <= gap.target and same_scale(f, gap.target) for f in figures(s.text)):
            return True  # "八百八", at or under their 900
    last = ours[-1].start
    return any(
        s.start > last and _taken(s, gap) and _about_price(s, sentences[:i], gap) for i, s in enumerate(sentences)
    )  # "That works, send the contract."


def _about_price(s: Sentence, before: list[Sentence], gap: Gap) -> bool:
    """Whether ``s`` is about the price: it names a figure or a price word, or answers our figure on the gap's scale.

    "行。" after "我明天把注册证发您，周四给您答复" takes that step, not our total against the budget; a yes must
    be in the sentence's first clause ("行，没问题", "That works, send the form"), not end other news
    ("有两个变化：领导说…改为16台，普通定风量就行").
    """
    if figures(s.text) or PRICED.search(s.text):
        return True
    if (m := TAKES.search(s.text)) is None or m.start() > len(re.split(r"[，,；;：:。.!！?？]", s.text)[0]):
        return False  # "…改为16台，普通定风量就行": a spec taken, said at the end of other news
    turn: list[Sentence] = []  # the other side's whole last turn: "合计最低19.5万。" + "您看可以的话我就安排合同。"
    for u in reversed(before):
        if u.speaker == s.speaker and turn:
            break
        if u.speaker != s.speaker:
            turn.append(u)
    return any(same_scale(f, gap.target) for u in turn for f in figures(u.text))


def budget_gaps(sentences: list[Sentence]) -> list[Gap]:
    """Return the budget gaps no objection was said on: a budget, our last figure above it, never closed."""
    out = []
    for gap in find_gaps(sentences):
        budget = _BUDGET.search(gap.target_at.text) or states_budget(gap.target_at.text)  # "按60万批的钱" too
        if gap.ours is None or gap.settled or gap.evidence or not budget:
            continue  # no quote of ours, closed, or already filed by the objection-led reading
        ours = _ours(gap, sentences)
        if not ours or gap.ours_at not in ours:
            continue  # our last figure is for another product, or we priced several things
        theirs, mine = currencies(gap.target_at), currencies(gap.ours_at)
        if theirs and mine and not theirs & mine:
            continue  # "EUR 9,000" against "USD 9,800": not one scale
        if not _closed(gap, ours, sentences):
            out.append(gap)
    return out


def _about(risk: Risk, gap: Gap) -> bool:
    """Whether a price risk is about the gap: it quotes the budget or our quote, or names one of their figures."""
    own = {x.start for x in (gap.target_at, gap.ours_at) if x is not None}
    return any(q.start in own or {gap.target, gap.ours} & set(figures(q.text)) for q in risk.quotes)


def file_budget_gaps(
    sentences: list[Sentence], risks: list[Risk], lang: str, skip: set[int] | None = None
) -> list[Risk]:
    """Add each unobjected budget gap to the price risk about it, or as one new price risk; return the risks.

    Args:
        sentences: The conversation's sentences in order.
        risks: The risks found so far.
        lang: Output language (``zh``/``en``).
        skip: Starts of sentences left to another item (a next step's): not quoted.
    """
    for gap in budget_gaps(sentences):
        said = [gap.target_at, gap.ours_at, *(s for s in sentences if restates(s, gap))]
        file_price_point(risks, said, skip, lambda r, g=gap: _about(r, g), lambda g=gap: gap_text(g, lang), lang)
    return risks

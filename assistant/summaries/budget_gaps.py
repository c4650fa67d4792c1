"""A budget our last price still exceeds, both figures stated: a price gap even with no objection said (issue 14).

"我们这批设备总预算38万" … "经理批了：合计39.2万" … (the talk moves on to delivery): the customer's budget and our
final figure above it are both on the table and nobody closed the difference. The objection-led reading
(:mod:`~assistant.summaries.price_gaps`) files a gap only once the customer objects or we refuse; this one
files it from the figures alone, when the customer's figure is a budget, ceiling or cap ("预算", "以内",
"上限", "budget", "ceiling", "can spend"), our latest quote for it stays above it, and the customer never
takes our figure. A lower figure of ours at or below the budget closes it, and so does any acceptance of
our figure. The gap joins the price risk already found, else it is one new price risk quoting both sides.
"""

from __future__ import annotations

import re
from decimal import Decimal

from assistant.summaries import statements as st
from assistant.summaries.evidence import is_question, quote_of
from assistant.summaries.gap_quotes import _restates
from assistant.summaries.labels import risk_label
from assistant.summaries.owners import party_of
from assistant.summaries.price_figures import figures
from assistant.summaries.price_gaps import _NOT_ACCEPT, ACCEPTS, CLOSES, Gap, find_gaps, gap_text
from assistant.summaries.schema import Risk
from assistant.text import lazy_re
from assistant.text.conversation import Sentence

_BUDGET = lazy_re.compile(
    r"预算|以内|上限|限价|卡(?:得|在)|\b(?:budget\w*|ceiling|cap|can spend|approved|at most|maximum)\b", re.I
)


def _same_scale(a: Decimal, b: Decimal) -> bool:
    return a > 0 and b > 0 and max(a, b) <= Decimal("1.4") * min(a, b)


def _closed(gap: Gap, sentences: list[Sentence]) -> bool:
    """Whether, from our last quote on, we come down to the budget or the customer takes a figure of ours."""
    after = [s for s in sentences if gap.ours_at is not None and s.start >= gap.ours_at.start]
    for s in after:
        amounts = figures(s.text)
        if party_of(s) == "we" and any(f <= gap.target and _same_scale(f, gap.target) for f in amounts):
            return True  # "八百八", at or under their 900
        if ACCEPTS.search(s.text) and not _NOT_ACCEPT.search(s.text) and not is_question(s):
            if any(f >= gap.target and _same_scale(f, gap.target) for f in amounts) or CLOSES.search(s.text):
                return True  # "行，三十九万二", "deal", or minutes that say a figure was accepted
    return False


def budget_gaps(sentences: list[Sentence]) -> list[Gap]:
    """Return the budget gaps no objection was said on: a budget, our last figure above it, never closed."""
    out = []
    for gap in find_gaps(sentences):
        if gap.ours is None or gap.settled or gap.evidence:
            continue  # no quote of ours, closed, or already filed by the objection-led reading
        if _BUDGET.search(gap.target_at.text) and not _closed(gap, sentences):
            out.append(gap)
    return out


def file_budget_gaps(
    sentences: list[Sentence], risks: list[Risk], lang: str, skip: set[int] | None = None
) -> list[Risk]:
    """Add each unobjected budget gap to the price risk, or as one new price risk; return the risks.

    Args:
        sentences: The conversation's sentences in order.
        risks: The risks found so far.
        lang: Output language (``zh``/``en``).
        skip: Starts of sentences left to another item (a next step's): not quoted.
    """
    for gap in budget_gaps(sentences):
        said = [gap.target_at, gap.ours_at, *(s for s in sentences if _restates(s, gap))]
        said = [s for s in said if s is not None and s.start not in (skip or set())]
        if not said:
            continue
        quotes = [quote_of(s) for s in sorted({s.start: s for s in said}.values(), key=lambda s: s.start)]
        risk = next((r for r in risks if r.category == "price"), None)
        if risk is None:
            text = st.statement(risk_label("price", lang), gap_text(gap, lang), lang)
            risks.append(Risk(text=text, category="price", severity="medium", quotes=quotes))
            continue
        risk.quotes += [q for q in quotes if all(q.start != r.start for r in risk.quotes)]
        risk.quotes.sort(key=lambda q: q.start)
    return risks

"""A price gap with no target named: our figure objected to, our lower one still not taken (issue 14).

"四千二有点高啊，去年才三千九" … "我给您做到四千" … "价格我再想想": the customer objects to our figure
naming what they paid before), we come down, and by the end they still hold off — they leave it
open ("再想想", "I'll think about it"), object again or turn the new figure down. That is one price-gap
risk naming both our figures ("我方 4200 → 4000，客户仍未接受（去年 3900）"). A lower figure they take
("行，四千就四千", "OK, deal at 25.60") closes it; a customer's own target is read by
:mod:`~assistant.summaries.price_gaps`, which this runs after.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from assistant.summaries import statements as st
from assistant.summaries.evidence import is_question, quote_of
from assistant.summaries.gap_cues import leaves_open, turns_down
from assistant.summaries.labels import risk_label
from assistant.summaries.message_order import in_time_order
from assistant.summaries.owners import party_of
from assistant.summaries.price_figures import figures, money
from assistant.summaries.price_gaps import (
    ACCEPTS,
    CLOSES,
    OBJECTION,
    OUR_QUOTE,
    PRICED,
    REFUSAL,
    file_price_gaps,
    open_gaps,
)
from assistant.summaries.price_scale import same_scale as _same_scale
from assistant.summaries.schema import Need, Risk
from assistant.text import lazy_re
from assistant.text.conversation import Sentence

_PAST = lazy_re.compile(
    r"去年|上次|上回|以前|之前|原来|往年|\b(?:last (?:year|time|order|season)|previously|before)\b", re.I
)
_NOT = lazy_re.compile(r"不(?:可以|行|接受|同意)|\b(?:not|never)\b|n't\b", re.I)


@dataclass
class Unmet:
    """Our figure objected to, our lower one, and the customer's words that leave it open."""

    first: Decimal
    objected: Sentence
    past: Decimal
    lower: Decimal | None = None
    lowered: Sentence | None = None
    open_at: Sentence | None = None


def _takes(s: Sentence, lower: Decimal) -> bool:
    """Whether the customer takes our lower figure ("行，三百四就三百四", "OK, deal at 25.60")."""
    if not ACCEPTS.search(s.text) or _NOT.search(s.text) or is_question(s) or leaves_open(s.text):
        return False
    said = figures(s.text)
    return lower in said or (not said and bool(CLOSES.search(s.text)))


def find_unmet(sentences: list[Sentence]) -> Unmet | None:
    """Return our figure the customer objected to against a past price, lowered and still open at the end, or None.

    An objection naming no past price ("三千一贵了。清沐给我们报的是二千七") is left to the other cues:
    the rival or the customer's target is the point there.
    """
    quoted: set[Decimal] = set()
    found: Unmet | None = None
    for s in in_time_order(sentences):
        who, amounts = party_of(s), figures(s.text)
        if who == "we":
            if found is not None and not REFUSAL.search(s.text):
                below = [
                    f for f in amounts if f < (found.lower or found.first) and _same_scale(f, found.first)
                ]
                if below and OUR_QUOTE.search(s.text):  # "我给您做到四千", "I can do 25.60"
                    found.lower, found.lowered, found.open_at = below[0], s, None
            if (OUR_QUOTE.search(s.text) or PRICED.search(s.text)) and not REFUSAL.search(s.text):
                quoted.update(amounts)
            continue
        ours = [f for f in amounts if f in quoted]
        past = [f for f in amounts if ours and f < ours[0] and _same_scale(f, ours[0])]
        if (
            past
            and OBJECTION.search(s.text)
            and _PAST.search(s.text)
            and (found is None or found.lowered is None)
        ):
            found = Unmet(
                ours[0], s, past=past[0]
            )  # "四千二有点高啊，去年…才三千九": our figure against theirs before
        elif found is not None and found.lowered is not None:
            if _takes(s, found.lower):  # type: ignore[arg-type]
                found = None
            elif (
                leaves_open(s.text)
                or OBJECTION.search(s.text)
                or (found.lower in amounts and turns_down(s.text))
            ):
                found.open_at = found.open_at or s  # "价格我再想想", "still too high"
    return found if found is not None and found.open_at is not None else None


def _text(gap: Unmet, lang: str) -> str:
    first = money(gap.first, gap.objected, lang)
    lower = money(gap.lower, gap.lowered, lang)  # type: ignore[arg-type]
    if lang == "zh":
        body = f"我方 {first} → {lower}，客户仍未接受（此前 {money(gap.past, gap.objected, lang)}）"
    else:
        body = f"ours {first} → {lower}, still not accepted (customer paid {money(gap.past, gap.objected, lang)} before)"
    return st.statement(risk_label("price", lang), body, lang)


def file_price_risks(
    sentences: list[Sentence], risks: list[Risk], needs: list[Need], lang: str
) -> tuple[list[Risk], list[Need]]:
    """File the customer's targets (:func:`file_price_gaps`), then a lowered figure still not taken as a price gap.

    Args:
        sentences: The conversation's sentences in order.
        risks: The risks found so far (a price risk already there takes the gap's quotes).
        needs: The needs found so far.
        lang: Output language (``zh``/``en``).
    """
    risks, needs = file_price_gaps(sentences, risks, needs, lang)
    if open_gaps(sentences) or (gap := find_unmet(sentences)) is None:
        return risks, needs  # a target still apart already names both sides
    quotes = [quote_of(s) for s in (gap.objected, gap.lowered, gap.open_at) if s is not None]
    risk = next((r for r in risks if r.category == "price"), None)
    if risk is None:
        risks.append(Risk(text=_text(gap, lang), category="price", severity="medium", quotes=quotes))
        return risks, needs
    risk.quotes += [q for q in quotes if all(q.start != r.start for r in risk.quotes)]
    risk.quotes.sort(key=lambda q: q.start)
    risk.text = _text(gap, lang)
    return risks, needs

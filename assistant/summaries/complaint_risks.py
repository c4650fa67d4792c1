"""Risks a complaint thread states across two clauses or two turns (issue 14).

- A threat split at its comma: "If the valves are not replaced by Friday," then "our plant manager will
  move the second phase to them." — the condition and the move are one churn threat (:func:`split_threats`).
- A compensation gap stated by us: "Our director has approved EUR 1,500 towards the downtime." then "I
  know you wanted 2,300" — our figure against the figure the customer asked, one price-gap point quoting
  both (:func:`add_restated_ask`).
- Two dates that clash (:mod:`~assistant.summaries.date_clash`): a certification or timeline risk naming
  both (:func:`clash_risks`).
"""

from __future__ import annotations

import datetime as dt
import re

from assistant.summaries import statements as st
from assistant.summaries.catalog import Catalog
from assistant.summaries.date_clash import date_clashes, statement_text
from assistant.summaries.evidence import quote_of
from assistant.summaries.labels import risk_label
from assistant.summaries.owners import party_of
from assistant.summaries.risk_cues import goes_elsewhere
from assistant.summaries.schema import Risk
from assistant.text import lazy_re
from assistant.text.conversation import Sentence

_NEGATIVE_IF = lazy_re.compile(
    r"^\W*(?:(?:if|should)\b[^.;!?]*(?:\b(?:not|no|never|fail\w*|keeps?|again)\b|n't\b)|unless\b|otherwise\b)|"
    r"^\W*(?:如果|要是|假如)[^。！？]*(?:不|没|再)|^\W*(?:否则|不然|要不然)",
    re.I,
)
_SAME_LINE = 4  # characters between a condition and its move when the splitter cut them at a comma


def split_threats(sents: list[Sentence]) -> set[int]:
    """Return the starts of moves elsewhere whose negative condition is the clause just before, same speaker."""
    out = set()
    for prev, s in zip(sents, sents[1:], strict=False):
        if party_of(s) == "we" or prev.speaker != s.speaker or s.start - prev.end > _SAME_LINE:
            continue
        if _NEGATIVE_IF.search(prev.text) and not goes_elsewhere(prev.text) and goes_elsewhere(s.text):
            out.add(s.start)
    return out


_MONEY = r"(?:(?:GBP|USD|EUR|RMB|CNY|£|\$|€)\s?)"
_ASKED = lazy_re.compile(
    r"\byou (?:asked|were asking|are asking|have asked|wanted|requested|need(?:ed)?) (?:for )?(?:the )?(?:full )?"
    + _MONEY
    + r"?(\d[\d,]*(?:\.\d+)?)(?![\d,])(?!\s*(?:units?|pcs|pieces|sets?|%|days?|weeks?|months?|years?)\b)(?![a-z])|"
    r"(?:您|你们?)(?:要的|要求的|提的|开的)(?:是)?(\d[\d,.]*)(?:元|块)?(?![\d.]*\s*(?:个|件|套|台|天|%))",
    re.I,
)
_OFFER = lazy_re.compile(_MONEY + r"(\d[\d,]*(?:\.\d+)?)|(\d[\d,]*(?:\.\d+)?)\s*(?:元|块)", re.I)


def _number(raw: str) -> str:
    return raw.replace(",", "").rstrip(".,")


def add_restated_ask(found: dict[str, Risk], sents: list[Sentence], catalog: Catalog, lang: str) -> None:
    """Add our "I know you asked for 1,450" beside our own figure to the price gap, stating both figures.

    The asked figure must be one the customer said earlier; our figure is the money figure of that
    sentence or of our two sentences before it.
    """
    for i, s in enumerate(sents):
        m = _ASKED.search(s.text) if party_of(s) == "we" else None
        if m is None:
            continue
        asked = _number(m.group(1) or m.group(2))
        theirs = " ".join(u.text for u in sents[:i] if party_of(u) != "we")
        if asked not in {_number(x) for x in re.findall(r"\d[\d,]*(?:\.\d+)?", theirs)}:
            continue
        ours = [u for u in sents[max(0, i - 2) : i + 1] if party_of(u) == "we"]
        offer = next((u for u in reversed(ours) for x in _OFFER.finditer(u.text) if _number(x.group(1) or x.group(2)) != asked), None)
        if offer is None:
            continue
        joined = "; ".join(dict.fromkeys(st.clean(u.text) for u in (offer, s)))
        text = st.statement(risk_label("price", lang), joined, lang, st.values_of(joined, catalog, lang))
        risk = found.setdefault("price", Risk(text=text, category="price", severity="medium", quotes=[quote_of(s)]))
        risk.text = text
        if all(q.start != s.start for q in risk.quotes):
            risk.quotes.append(quote_of(s))
        return


_CATEGORY = {"certification": "compliance", "timeline": "delivery"}
def clash_risks(
    risks: list[Risk], sents: list[Sentence], today: dt.date, catalog: Catalog, lang: str
) -> list[Risk]:
    """Return one risk per kind of date clash (:func:`~assistant.summaries.date_clash.date_clashes`), naming both dates.

    A document's clash joins a certification risk already found (one point per document gap); each date
    that comes is quoted, a needed-by sentence another risk quotes is named in the statement only.
    """
    out: dict[str, Risk] = {}
    quoted = {q.start for r in risks for q in r.quotes}
    for clash in date_clashes(sents, today):
        category = _CATEGORY[clash.kind]
        if clash.comes.start in quoted:
            continue  # the date that comes is already another point ("the committee meets in late May")
        near = [r for r in risks if r.category == category == "compliance"]
        risk = near[0] if near else out.get(category)
        if risk is None:
            joined = statement_text(clash)
            text = st.statement(risk_label(category, lang), joined, lang, st.values_of(joined, catalog, lang))
            risk = out[category] = Risk(text=text, category=category, severity="medium", quotes=[quote_of(clash.comes)])  # type: ignore[arg-type]
        for s in (clash.comes, clash.needed):
            if s.start not in quoted and all(q.start != s.start for q in risk.quotes):
                risk.quotes.append(quote_of(s))
        risk.quotes.sort(key=lambda q: q.start)
    return list(out.values())

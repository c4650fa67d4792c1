"""Risks a complaint thread states across two clauses or two turns (issue 14).

- A threat split at its comma: "If the valves are not replaced by Friday," then "our plant manager will
  move the second phase to them." — the condition and the move are one churn threat (:func:`split_threats`).
- A compensation gap stated by us: "Our director has approved EUR 1,500 towards the downtime." then "I
  know you wanted 2,300" — our figure against the figure the customer asked, one price-gap point quoting
  both (:func:`add_restated_ask`).
- The figure asked in the clause after an objection: "但8,000元和我们的实际损失差距太大，" then "请按18,600元
  赔偿" — one price gap quoting both (:func:`add_asked_figure`).
- Two dates that clash (:mod:`~assistant.summaries.date_clash`): a certification or timeline risk naming
  both (:func:`clash_risks`).
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal

from assistant.summaries import statements as st
from assistant.summaries.catalog import Catalog
from assistant.summaries.clause_turns import same_turn
from assistant.summaries.date_clash import Clash, date_clashes, statement_text
from assistant.summaries.evidence import add_quotes, quote_of
from assistant.summaries.labels import risk_label
from assistant.summaries.numbers import find_numbers
from assistant.summaries.owners import party_of
from assistant.summaries.price_figures import figures
from assistant.summaries.risk_cues import goes_elsewhere
from assistant.summaries.schema import Risk
from assistant.text import lazy_re
from assistant.text.conversation import Sentence
from assistant.text.numerals import cn_to_decimal

_NEGATIVE_IF = lazy_re.compile(
    r"^\W*(?:(?:if|should)\b[^.;!?]*(?:\b(?:not|never|fail\w*|happens? again)\b|n't\b|"
    r"\bno\b(?! (?:further |more |new |other )?(?:issues?|problems?|complaints?|delays?|defects?|faults?|failures?)\b))|"
    r"unless\b|otherwise\b)|"
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


_ASKED = lazy_re.compile(  # the figure is read by price_figures.figures: a count or a date is no price
    r"\byou (?:asked|were asking|are asking|have asked|wanted|requested|need(?:ed)?) (?:for )?(?:the )?(?:full )?"
    r"(?:(?:GBP|USD|EUR|RMB|CNY|£|\$|€)\s?)?(\d[\d,]*(?:\.\d+)?)(?![\d,])|"
    r"(?:您|你们?)(?:要的|要求的|提的|开的)(?:是)?(\d[\d,.]*)(?:元|块)?",
    re.I,
)


def _money(text: str) -> set[Decimal]:
    """Return the money figures of ``text``: :func:`~assistant.summaries.price_figures.figures` and its amounts ("EUR 1,500")."""
    amounts = {n.value.partition(" ")[2] for n in find_numbers(text) if n.kind == "amount"}
    return set(figures(text)) | {Decimal(a) for a in amounts if a.replace(".", "", 1).isdigit()}


def add_restated_ask(found: dict[str, Risk], sents: list[Sentence], catalog: Catalog, lang: str) -> None:
    """Add our "I know you asked for 1,450" beside our own figure to the price gap, stating both figures.

    The asked figure must be one the customer said earlier; our figure is the money figure of that
    sentence or of our two sentences before it.
    """
    for i, s in enumerate(sents):
        m = _ASKED.search(s.text) if party_of(s) == "we" else None
        if m is None:
            continue
        said = next(x for x in (m.group(1), m.group(2)) if x)
        asked = next((v for v in _money(s.text) if v == cn_to_decimal(said.replace(",", "").rstrip("."))), None)
        if asked is None:
            continue  # "I know you need 20 pallets", "you asked for 12 May": no money figure
        if asked not in {v for u in sents[:i] if party_of(u) != "we" for v in _money(u.text)}:
            continue
        ours = [u for u in sents[max(0, i - 2) : i + 1] if party_of(u) == "we"]
        offer = next((u for u in reversed(ours) if any(v != asked for v in _money(u.text))), None)
        if offer is None:
            continue
        joined = "; ".join(dict.fromkeys(st.clean(u.text) for u in (offer, s)))
        text = st.statement(risk_label("price", lang), joined, lang, st.values_of(joined, catalog, lang))
        risk = found.setdefault("price", Risk(text=text, category="price", severity="medium", quotes=[quote_of(s)]))
        if all(q.start != s.start for q in risk.quotes):
            risk.quotes.append(quote_of(s))
        return


_ASKS_FIGURE = lazy_re.compile(  # the customer asking for a figure: "请按九千元补偿", "please compensate EUR 2,400"
    r"请按|按[^，。]{0,8}(?:赔|补|退|算)|要求[^，。]{0,6}(?:赔|补|退)|\b(?:please (?:compensate|refund|credit|cover|pay)|"
    r"we (?:need|want|expect|ask for|are asking for) (?:the full |a (?:credit|refund) of )?(?:USD|EUR|GBP|NZD|AUD|CAD|RMB|[$€£])|"
    r"costs? us)",
    re.I,
)


def add_asked_figure(found: dict[str, Risk], sents: list[Sentence]) -> None:
    """Quote with the price gap the figure the customer asks for in the clause right after a quoted objection.

    "你们给的三千元和损失差得远，" + "请按九千元补偿": one gap, both figures.
    """
    risk = found.get("price")
    if risk is None:
        return
    for s, nxt in zip(sents, sents[1:], strict=False):
        if all(q.start != s.start for q in risk.quotes) or any(q.start == nxt.start for q in risk.quotes):
            continue
        if not same_turn(s, nxt) or party_of(nxt) == "we":
            continue
        if _money(nxt.text) and _ASKS_FIGURE.search(nxt.text):
            risk.quotes.append(quote_of(nxt))
    risk.quotes.sort(key=lambda q: q.start)


_CATEGORY = {"certification": "compliance", "timeline": "delivery"}
_MISSED = lazy_re.compile(  # the clause beside a clash that says the date is missed ("那就赶不上月底了", "too late for us")
    r"赶不上|来不及|不行|悬|太晚|晚了|紧张|\b(?:too late|won'?t make|can'?t make|not possible|(?:too|very) tight)\b", re.I
)


def _missed_beside(clash: Clash, sents: list[Sentence], at: dict[int, int]) -> list[Sentence]:
    """Return the clauses of the same turn right beside either side of ``clash`` that say its date is missed.

    ``at`` maps each sentence's start to its index in ``sents``.
    """
    out = []
    for s in (clash.comes, clash.needed):
        i = at.get(s.start)
        for j in (i - 1, i + 1) if i is not None else ():
            if 0 <= j < len(sents) and _MISSED.search(sents[j].text):
                out += [sents[j]] if (same_turn(s, sents[j]) if j > i else same_turn(sents[j], s)) else []
    return out


def clash_risks(
    risks: list[Risk], sents: list[Sentence], today: dt.date, catalog: Catalog, lang: str
) -> list[Risk]:
    """Return one risk per kind of date clash (:func:`~assistant.summaries.date_clash.date_clashes`), naming both dates.

    A clash joins a risk of its category already found (one point per document gap, one per late
    delivery); each date
    that comes is quoted, a needed-by sentence another risk quotes is named in the statement only.
    """
    out: dict[str, Risk] = {}
    quoted = {q.start for r in risks for q in r.quotes}
    at = {s.start: i for i, s in enumerate(sents)}
    for clash in date_clashes(sents, today):
        category = _CATEGORY[clash.kind]
        owner = next((r for r in risks if any(q.start == clash.comes.start for q in r.quotes)), None)
        if owner is not None and owner.category != category:
            continue  # the date that comes is already another point ("the committee meets in late May")
        near = [r for r in risks if r.category == category]  # "late again" and the clash: one delivery point
        risk = owner or (near[0] if near else out.get(category))
        if risk is None:
            joined = statement_text(clash)
            text = st.statement(risk_label(category, lang), joined, lang, st.values_of(joined, catalog, lang))
            risk = out[category] = Risk(text=text, category=category, severity="medium", quotes=[quote_of(clash.comes)])  # type: ignore[arg-type]
        said = (clash.comes, clash.needed, *_missed_beside(clash, sents, at))
        add_quotes(risk, (quote_of(s) for s in said if s.start not in quoted))
    return list(out.values())

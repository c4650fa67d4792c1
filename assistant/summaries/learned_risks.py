"""Risks of the learned offline engine: each labelled sentence's risk kinds, one item per kind (per rival).

A sentence labelled ``risk:<kind>`` adds to the item of its kind (one kind per sentence: the one
already raised, else the first); plain statements the classifier reads otherwise (a rival's price, a
deciding body, a contact leaving, approval still to come) are read by :mod:`~assistant.summaries.risk_cues`
and :mod:`~assistant.summaries.risk_rules`; negated or settled problems are not risks. Two rivals
named in different turns are two competitor items (:mod:`~assistant.summaries.rival_split`).
Split out of :mod:`assistant.summaries.offline_learned`.
"""

from __future__ import annotations

import datetime as dt

from assistant.summaries import lexicon as lx
from assistant.summaries import statements as st
from assistant.summaries.catalog import Catalog
from assistant.summaries.cert_followups import add_cert_quotes
from assistant.summaries.complaint_risks import add_asked_figure, add_restated_ask, clash_risks, split_threats
from assistant.summaries.contact_handover import handover_sentences
from assistant.summaries.contact_reported import reported_handover
from assistant.summaries.evidence import add_quotes, quote_of, severity
from assistant.summaries.labels import risk_label
from assistant.summaries.owners import is_threat, party_of
from assistant.summaries.risk_cues import plain_risk
from assistant.summaries.risk_rules import open_risk
from assistant.summaries.risk_settled import settled_price, settled_rival
from assistant.summaries.risk_thresholds import amount_signoff
from assistant.summaries.rival_cheaper import cheaper_elsewhere, our_figures
from assistant.summaries.rival_quotes import rival_by_pronoun, rival_figure, rival_quote
from assistant.summaries.rival_split import split_rivals
from assistant.summaries.schema import SEVERITY_RANK, Risk
from assistant.summaries.timeline_gaps import timeline_gap
from assistant.summaries.timeline_sums import overrun
from assistant.summaries.timeline_tight import tight_date
from assistant.text.conversation import Sentence

RISK_CATEGORY = {  # a risk kind's summary category
    **{k: k for k in ("competitor", "quality", "contact_change")},
    **{"price_gap": "price", "churn_threat": "churn", "decision_chain": "decision_maker", "credit": "payment"},
    **{"timeline": "delivery", "certification": "compliance"},
}


_APPROVAL = next(rx for c, _, _, rx in lx.RISKS if c == "decision_maker")


def _add_risk(found: dict[str, Risk], kind: str, s: Sentence, catalog: Catalog, lang: str) -> None:
    category = RISK_CATEGORY[kind]
    base = "high" if kind in ("churn_threat", "quality") or lx.COMPETITOR_PRICE.search(s.text) else "medium"
    level = severity(base, s.text)
    if category in found:
        risk = found[category]
        if all(q.start != s.start for q in risk.quotes):
            risk.quotes.append(quote_of(s))
        if SEVERITY_RANK[level] > SEVERITY_RANK[risk.severity]:
            risk.severity = level
        return
    values = st.values_of(s.text, catalog, lang)
    text = st.statement(risk_label(category, lang), st.clean(s.text), lang, values)
    found[category] = Risk(text=text, category=category, severity=level, quotes=[quote_of(s)])


def learned_risks(
    labelled: list[tuple[Sentence, str]], catalog: Catalog, lang: str, today: dt.date | None = None
) -> list[Risk]:
    """Return the risks of a conversation from its labelled sentences: one item per kind, all its quotes.

    Args:
        labelled: Each sentence with its learned label (``risk:<kind>``, ``next_step``, ``none`` …).
        catalog: Products, for the values a risk names.
        lang: Output language (``zh``/``en``).
        today: The conversation's day, for dates that clash (:mod:`~assistant.summaries.date_clash`); none read without it.
    """
    found: dict[str, Risk] = {}
    handover = {s.start for s in handover_sentences([s for s, _ in labelled])}
    handover |= {s.start for s in reported_handover([s for s, _ in labelled])}  # minutes: "他的副手陈丽接手"
    threats = split_threats([s for s, _ in labelled])
    priced = our_figures([s for s, _ in labelled])  # our figures said before each sentence
    for i, (s, lab) in enumerate(labelled):
        lab = "risk:churn_threat" if s.start in threats else lab  # "If this isn't sorted," + "X will move it to them"
        if lab == "next_step" and party_of(s) != "we" and _APPROVAL.search(s.text):
            _add_risk(found, "decision_chain", s, catalog, lang)  # "合同我们下周五前走完内部审批": still to approve
        if s.start in handover:  # "我下个月调去总部了", "Priya will handle it from then on", whatever the label
            _add_risk(found, "contact_change", s, catalog, lang)
        if amount_signoff(s):  # "超过五万要老板签字" beside a rival's price: who decides, whatever the label
            _add_risk(found, "decision_chain", s, catalog, lang)
        if tight_date(s) and open_risk("timeline", s):  # "18号有点紧", "That could be tight.": no slack left
            _add_risk(found, "timeline", s, catalog, lang)
        if not lab.startswith("risk:"):
            if plain := plain_risk(s, lab):  # "清沐给我们报的是二千七", "TC-200的能效检测还在做"
                _add_risk(found, plain, s, catalog, lang)
            elif cheaper_elsewhere(s, priced[i], labelled[i - 1][0] if i else None):  # "The Alibaba guy is at 1.40" after our 1.85
                _add_risk(found, "competitor", s, catalog, lang)
            continue
        kinds = [lab.split(":", 1)[1]]
        if party_of(s) != "we":  # one sentence may carry two risks ("太贵了，越南工厂便宜15%")
            kinds += [lx.RISK_KIND[c] for c, _, _, rx in lx.RISKS if rx.search(s.text)]
            kinds += ["competitor"] if rival_quote(s.text) else []  # "SL-60 at 205 is too high, a … importer offered 182"
        if is_threat(s) or (lab == "risk:churn_threat" and not lx.COMPETITOR_PRICE.search(s.text)):
            # "we'll look at other suppliers" is the churn threat, not a competitor (also cut from its "if")
            kinds = [k for k in kinds if k != "competitor"] or ["churn_threat"]
        kinds = [k for k in dict.fromkeys(kinds) if open_risk(k, s)]  # not "…到没问题", not our offer
        if set(kinds) <= {"price_gap"} and cheaper_elsewhere(s, priced[i], labelled[i - 1][0] if i else None):
            kinds = ["competitor", *kinds]  # "网上一样的才一千五多点 你们贵好多"; a churn threat stays one
        if "competitor" in kinds:  # "越南工厂比你们便宜15%": the rival is the point, its price the gap
            kinds = ["competitor"]
        if kinds:  # one point per sentence: the kind already raised, else the first ("太贵了，老板不会批")
            _add_risk(found, next((k for k in kinds if RISK_CATEGORY[k] in found), kinds[0]), s, catalog, lang)
    for i, (s, _) in enumerate(labelled):  # "江苏另一家也报过我们，" + "全部做下来三百五十五万。": the offer's figure
        if (risk := found.get("competitor")) and any(q.start == s.start for q in risk.quotes):
            if (said := rival_figure(s, [u for u, _ in labelled[i + 1 : i + 2]])) is not None:
                if all(q.start != said.start for q in risk.quotes):
                    risk.quotes.append(quote_of(said))
    for i, (s, _) in enumerate(labelled):  # "…a mill that approached us…" + "They offer PLN 44 a roll"
        if rival_by_pronoun(s, [u for u, _ in labelled[max(0, i - 2) : i]]):
            _add_risk(found, "competitor", s, catalog, lang)
    _add_gap(found, [s for s, _ in labelled], catalog, lang)
    if today is not None and (late := overrun([s for s, _ in labelled], today)):  # "生产六周，安装两周" vs the opening
        _add_gap(found, late, catalog, lang, given=True)
    add_restated_ask(found, [s for s, _ in labelled], catalog, lang)
    add_asked_figure(found, [s for s, _ in labelled])
    _name_successor(found, [s for s, _ in labelled if s.start in handover], catalog, lang)
    sents = [s for s, _ in labelled]  # one competitor risk per rival ("无锡有一家报…" and later "常州一家厂报了…")
    risks = [x for r in found.values() for x in (split_rivals(r, sents, catalog, lang) if r.category == "competitor" else [r])]
    risks += clash_risks(risks, sents, today, catalog, lang) if today is not None else []
    risks = add_cert_quotes(sents, risks)  # "实验室说六月中旬出", "without it we cannot list": the same point
    return [r for r in risks if not settled_price(r, labelled) and not settled_rival(r, labelled)]


def _add_gap(found: dict[str, Risk], sents: list[Sentence], catalog: Catalog, lang: str, given: bool = False) -> None:
    """Add our earliest date and the customer's latest one as one delivery risk naming both (:mod:`timeline_gaps`).

    With ``given``, ``sents`` are already the risk's sentences (a lead-time overrun, :mod:`timeline_sums`).
    """
    gap = sents if given else timeline_gap(sents)
    if not gap or (not given and not open_risk("timeline", gap[0])):  # an overrun is trouble by itself
        return
    if "delivery" not in found or given:  # an overrun's stages, start and missed date say it better than a worry before
        sep = "；" if lang == "zh" else "; "
        joined = sep.join(st.clean(s.text) for s in sorted(gap, key=lambda s: s.start))
        text = st.statement(risk_label("delivery", lang), joined, lang, st.values_of(joined, catalog, lang))
        if "delivery" in found:
            found["delivery"].text = text
        else:
            found["delivery"] = Risk(text=text, category="delivery", severity="medium", quotes=[quote_of(gap[0])])
    add_quotes(found["delivery"], (quote_of(s) for s in gap))


def _name_successor(found: dict[str, Risk], sents: list[Sentence], catalog: Catalog, lang: str) -> None:
    """State the contact change as who changes and who takes over: its sentences joined, in order."""
    risk = found.get("contact_change")
    if risk is None or len(sents) < 2:
        return
    sep = "；" if lang == "zh" else "; "
    joined = sep.join(dict.fromkeys(st.clean(s.text) for s in sorted(sents, key=lambda s: s.start)))
    risk.text = st.statement(risk_label("contact_change", lang), joined, lang, st.values_of(joined, catalog, lang))

"""The learned offline summary engine (SUMMARY_OFFLINE_MODEL=learned): a sentence classifier, values and statements.

Every item is built from one or more sentences of the input and quotes them with their
exact offsets; nothing is paraphrased into a claim the input does not make. Roles (we /
customer) come from speaker labels or wording (see :mod:`assistant.text.conversation`).
"""

from __future__ import annotations

import datetime as dt
import re

from assistant.summaries import lexicon as lx
from assistant.summaries import statements as st
from assistant.summaries.catalog import Catalog
from assistant.summaries.classifier import classify
from assistant.summaries.dedupe import dedupe
from assistant.summaries.labels import label, risk_label
from assistant.summaries.numbers import asked_quantities, find_numbers
from assistant.summaries.owners import is_threat, party_of, step_owner
from assistant.summaries.schema import (
    SEVERITY_RANK,
    KeyFact,
    Need,
    NextStep,
    ProgressItem,
    Quote,
    Risk,
    SalesSummary,
)
from assistant.summaries.sentiment import sentiment_of as _sentiment
from assistant.text.conversation import Parsed, Sentence
from assistant.text.dates import find_dates

_LEVELS = ("low", "medium", "high")
MAX_QUOTES = 3
MIN_PROB = 0.4  # below this the classifier's label is not trusted ("none")
RISK_CATEGORY = {
    "competitor": "competitor",
    "price_gap": "price",
    "quality": "quality",
    "churn_threat": "churn",
    "decision_chain": "decision_maker",
    "credit": "payment",
    "timeline": "delivery",
    "certification": "compliance",
    "contact_change": "contact_change",
}
_MOOD = {"price", "quality", "delivery", "dissatisfaction", "competitor"}


def quote_of(s: Sentence) -> Quote:
    """Return the quote of a whole sentence."""
    return Quote(text=s.text, start=s.start, end=s.end, speaker=s.speaker, timestamp=s.timestamp)


def _is_question(s: Sentence) -> bool:
    return s.text.rstrip().endswith(("？", "?", "吗", "呢"))


def _add_quote(quotes: list[Quote], q: Quote) -> None:
    if len(quotes) < MAX_QUOTES and all(x.start != q.start for x in quotes):
        quotes.append(q)


def _product_counts(s: Sentence, products: list, names: dict[str, str] | None = None) -> list[str]:
    """Quantities written as a bare number before a product name: "2000 wireless power banks"."""
    out = []
    for m in products:
        count = re.search(r"(\d[\d,]*)\s*$", s.text[: m.start])
        if count:
            out.append(f"{count.group(1).replace(',', '')} × {(names or {}).get(m.sku, m.name)}")
    return out


def _lexical_step(s: Sentence, parsed: Parsed) -> bool:
    """Apply the cue-word test for a next step, used when the classifier saw nothing."""
    ref = s.date or parsed.last_date or dt.date.today()
    if not lx.ACTION.search(s.text) or _is_question(s) or lx.HEDGED.search(s.text):
        return False
    future = lx.FUTURE.search(s.text) or lx.REQUEST.search(s.text) or find_dates(s.text, ref)
    return bool(future) and not lx.PAST.search(s.text)


def _with_labels(parsed: Parsed) -> list[tuple[Sentence, str]]:
    """Each sentence with its learned label, corrected by a few hard rules."""
    sents = [s for s in parsed.sentences if len(s.text.strip()) >= 2]
    out = []
    for s, p in zip(sents, classify([s.text for s in sents]), strict=True):
        lab = p.label if p.prob >= MIN_PROB else "none"
        if lab == "risk:competitor" and lx.OWN_SIDE.search(s.text) and not lx.COMPETITOR_PRICE.search(s.text):
            lab = "none"  # the customer's own hotel, client or a contact's new employer
        if lab in ("none", "need") and party_of(s) != "we":
            lexical = next((c for c, _, roles, rx in lx.RISKS if s.role in roles and rx.search(s.text)), None)
            if lexical and not lx.NEGATED.search(s.text):
                lab = f"risk:{lx.RISK_KIND.get(lexical, lexical)}"
        if lab == "need" and party_of(s) == "we" and not _is_question(s):
            lab = "none"
        if lab == "none" and _lexical_step(s, parsed):
            lab = "next_step"
        if is_threat(s):  # "otherwise we will move the volume elsewhere": a churn risk, never a step
            lab = "risk:churn_threat"
        out.append((s, lab))
    return out


def _needs(labelled: list[tuple[Sentence, str]], catalog: Catalog, lang: str) -> list[Need]:
    found: dict[tuple[str, str | None], Need] = {}
    for s, lab in labelled:
        if lab not in ("need", "none") and not lab.startswith("risk:"):
            continue
        products = [m for m in catalog.find(s.text) if m.kind == "product"]
        names = {m.sku: st.product_name(m, catalog, lang) for m in products}
        counted = _product_counts(s, products, names)
        quantities = counted or asked_quantities(s.text)
        if lab != "need" and not (  # a quantity asked inside an objection is still a need
            party_of(s) != "we" and quantities and products and lx.NEED_CUE.search(s.text)
        ):
            continue
        topics = [t for t, rx in lx.NEED_TOPICS if rx.search(s.text)][:2]
        if quantities:
            topics.insert(0, "quantity")
        topic = topics[0] if topics else "product"
        name = st.product_name(products[0], catalog, lang) if products else None
        subject = products[0].sku or name if products else None
        prices = [n.value for n in find_numbers(s.text) if n.kind in ("amount", "percentage")]
        values = quantities if topic == "quantity" else prices
        key = (topic, subject)
        if key in found:
            need = found[key]
            need.quotes.append(quote_of(s))
            need.values = values or need.values  # the latest figure stands
            continue
        if topic == "price" and prices:
            body = ("客户目标 " if lang == "zh" else "customer target ") + "，".join(prices)
        elif topic == "quantity":
            body = "，".join(quantities) if counted else " ".join(x for x in (name, *quantities) if x)
        else:
            body = st.clean(s.text)
        text = st.statement(label(topic, lang), body, lang)
        found[key] = Need(text=text, topic=topic, subject=subject, values=values, quotes=[quote_of(s)])
    return list(found.values())


def _severity(base: str, text: str) -> str:
    rank = (
        SEVERITY_RANK[base] + (1 if lx.INTENSIFIER.search(text) else 0) - (1 if lx.HEDGE.search(text) else 0)
    )
    return _LEVELS[max(0, min(2, rank))]


def _add_risk(found: dict[str, Risk], kind: str, s: Sentence, catalog: Catalog, lang: str) -> None:
    category = RISK_CATEGORY[kind]
    base = "high" if kind in ("churn_threat", "quality") or lx.COMPETITOR_PRICE.search(s.text) else "medium"
    severity = _severity(base, s.text)
    if category in found:
        risk = found[category]
        if all(q.start != s.start for q in risk.quotes):
            risk.quotes.append(quote_of(s))
        if SEVERITY_RANK[severity] > SEVERITY_RANK[risk.severity]:
            risk.severity = severity
        return
    values = st.values_of(s.text, catalog, lang)
    text = st.statement(risk_label(category, lang), st.clean(s.text), lang, values)
    found[category] = Risk(text=text, category=category, severity=severity, quotes=[quote_of(s)])


def _risks(labelled: list[tuple[Sentence, str]], catalog: Catalog, lang: str) -> list[Risk]:
    found: dict[str, Risk] = {}
    for s, lab in labelled:
        if not lab.startswith("risk:"):
            continue
        kinds = [lab.split(":", 1)[1]]
        if party_of(s) != "we":  # one sentence may carry two risks ("太贵了，越南工厂便宜15%")
            kinds += [lx.RISK_KIND[c] for c, _, _, rx in lx.RISKS if rx.search(s.text)]
        if is_threat(s):  # "we'll look at other suppliers" is the churn threat, not a competitor
            kinds = [k for k in kinds if k != "competitor"] or ["churn_threat"]
        for kind in dict.fromkeys(kinds):
            _add_risk(found, kind, s, catalog, lang)
    return list(found.values())


def _progress(labelled: list[tuple[Sentence, str]], catalog: Catalog, lang: str) -> list[ProgressItem]:
    out: list[ProgressItem] = []
    for s, lab in labelled:
        if lab not in ("agreement", "concession", "done") or _is_question(s):
            continue
        kinds = [k for k, rx in lx.PROGRESS if rx.search(s.text) and k != "commitment"]
        kind = lab if lab != "done" else (kinds[0] if kinds else "stage_signal")
        if lab == "agreement" and "order" in kinds:
            kind = "order"
        who = party_of(s)
        head = label(kind, lang) + (f"（{label(who, lang)}）" if lang == "zh" else f" ({label(who, lang)})")
        values = st.values_of(s.text, catalog, lang)
        out.append(
            ProgressItem(
                text=st.statement(head, st.clean(s.text), lang, values),
                kind=kind,
                by=who,
                quotes=[quote_of(s)],
            )
        )
    return out


def _next_steps(
    labelled: list[tuple[Sentence, str]], parsed: Parsed, today: dt.date, lang: str
) -> list[NextStep]:
    out: list[NextStep] = []
    for s, lab in labelled:
        if lab != "next_step":
            continue
        ref = s.date or parsed.last_date or today
        dates = [d for d in find_dates(s.text, ref) if d.date >= ref]
        owner = step_owner(s)
        due = dates[0] if dates else None
        action = st.clean(s.text)
        when = (
            f"（{due.date.isoformat()}前）"
            if due and lang == "zh"
            else f" (by {due.date.isoformat()})"
            if due
            else ""
        )
        out.append(
            NextStep(
                text=st.statement(label(owner, lang), action + when, lang),
                action=action,
                owner=owner,
                due=due.date if due else None,
                due_text=due.text if due else None,
                quotes=[quote_of(s)],
            )
        )
    return out


def _key_facts(parsed: Parsed, catalog: Catalog, today: dt.date) -> list[KeyFact]:
    found: dict[tuple[str, str], KeyFact] = {}

    def add(kind: str, value: str, s: Sentence, **extra: object) -> None:
        if (kind, value) in found:
            _add_quote(found[(kind, value)].quotes, quote_of(s))
        else:
            found[(kind, value)] = KeyFact(text=value, kind=kind, value=value, quotes=[quote_of(s)], **extra)

    for s in parsed.sentences:
        for n in find_numbers(s.text):
            add(n.kind, n.value, s)
        matches = catalog.find(s.text)
        for m in matches:
            add(m.kind, m.name, s, sku=m.sku)
        for value in _product_counts(s, [m for m in matches if m.kind == "product"]):
            add("quantity", value, s)
        for d in find_dates(s.text, s.date or parsed.last_date or today):
            add("date", d.date.isoformat(), s, date=d.date)
    return list(found.values())


def summarize_offline(parsed: Parsed, *, today: dt.date, catalog: Catalog, language: str) -> SalesSummary:
    """Build a summary of ``parsed`` with the cue lexicons (no model, no network).

    Args:
        parsed: The conversation split into sentences.
        today: The conversation date when the input carries none (resolves "明天", "next Friday").
        catalog: Products and competitors to match.
        language: ``zh`` or ``en``, the language of the labels.
    """
    day = parsed.last_date or today
    lang = "en" if language.startswith("en") else "zh"
    labelled = _with_labels(parsed)
    summary = SalesSummary(
        engine="offline",
        language=lang,
        conversation_date=day,
        source_kind=parsed.kind if parsed.kind in {"chat", "email", "call"} else "text",
        needs=_needs(labelled, catalog, lang),
        progress=_progress(labelled, catalog, lang),
        risks=_risks(labelled, catalog, lang),
        next_steps=_next_steps(labelled, parsed, day, lang),
        key_facts=_key_facts(parsed, catalog, day),
        sentiment=_sentiment(parsed),
    )
    return dedupe(summary)

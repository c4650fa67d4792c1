"""The offline (extractive) summary engine: cue lexicons, dates, amounts and catalogue matching.

Every item is built from one or more sentences of the input and quotes them with their
exact offsets; nothing is paraphrased into a claim the input does not make. Roles (we /
customer) come from speaker labels or wording (see :mod:`assistant.text.conversation`).
"""

from __future__ import annotations

import datetime as dt
import re

from assistant.summaries import lexicon as lx
from assistant.summaries.catalog import Catalog
from assistant.summaries.labels import label, risk_label
from assistant.summaries.numbers import find_numbers
from assistant.summaries.owners import is_threat, step_owner
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
from assistant.summaries.sentiment import sentiment_of
from assistant.text.conversation import Parsed, Sentence
from assistant.text.dates import find_dates

_LEVELS = ("low", "medium", "high")
MAX_QUOTES = 3
_MOOD = {"price", "quality", "delivery", "dissatisfaction", "competitor"}


def quote_of(s: Sentence) -> Quote:
    """Return the quote of a whole sentence."""
    return Quote(text=s.text, start=s.start, end=s.end, speaker=s.speaker, timestamp=s.timestamp)


def _is_question(s: Sentence) -> bool:
    return s.text.rstrip().endswith(("？", "?", "吗", "呢"))


def _add_quote(quotes: list[Quote], q: Quote) -> None:
    if len(quotes) < MAX_QUOTES and all(x.start != q.start for x in quotes):
        quotes.append(q)


def _product_counts(s: Sentence, products: list) -> list[str]:
    """Quantities written as a bare number before a product name: "2000 wireless power banks"."""
    out = []
    for m in products:
        count = re.search(r"(\d[\d,]*)\s*$", s.text[: m.start])
        if count:
            out.append(f"{count.group(1).replace(',', '')} × {m.name}")
    return out


def _needs(parsed: Parsed, catalog: Catalog, lang: str) -> list[Need]:
    found: dict[tuple[str, str | None], Need] = {}
    for s in parsed.sentences:
        if s.role == "we":
            continue
        products = [m for m in catalog.find(s.text) if m.kind == "product"]
        nums = find_numbers(s.text)
        quantities = [n.value for n in nums if n.kind == "quantity"] + _product_counts(s, products)
        if not (lx.NEED_CUE.search(s.text) or (quantities and (products or lx.ORDER_WORDS.search(s.text)))):
            continue
        topics = [t for t, rx in lx.NEED_TOPICS if rx.search(s.text)][:3]
        if quantities:
            topics.append("quantity")
        if not topics and products:
            topics = ["product"]
        name = products[0].name if products else None
        subject = products[0].sku or name if products else None
        for topic in topics:
            values = (
                quantities
                if topic == "quantity"
                else [n.value for n in nums if topic == "price" and n.kind in ("amount", "percentage")]
            )
            key = (topic, subject)
            if key in found:
                need = found[key]
                _add_quote(need.quotes, quote_of(s))
                need.values.extend(v for v in values if v not in need.values)
                continue
            text = label(topic, lang) + (f" · {name}" if name else "")
            found[key] = Need(text=text, topic=topic, subject=subject, values=values, quotes=[quote_of(s)])
    for need in found.values():
        if need.values:
            need.text += ("：" if lang == "zh" else ": ") + ("，" if lang == "zh" else ", ").join(need.values)
    return list(found.values())


def _severity(base: str, text: str) -> str:
    rank = (
        SEVERITY_RANK[base] + (1 if lx.INTENSIFIER.search(text) else 0) - (1 if lx.HEDGE.search(text) else 0)
    )
    return _LEVELS[max(0, min(2, rank))]


def _risks(parsed: Parsed, catalog: Catalog, lang: str) -> list[Risk]:
    found: dict[str, Risk] = {}

    def add(category: str, severity: str, s: Sentence, detail: str | None = None) -> None:
        if category in found:
            risk = found[category]
            _add_quote(risk.quotes, quote_of(s))
            if SEVERITY_RANK[severity] > SEVERITY_RANK[risk.severity]:
                risk.severity = severity
            if detail and detail not in risk.text:
                risk.text += f"、{detail}" if lang == "zh" else f", {detail}"
            return
        text = risk_label(category, lang) + (
            f"：{detail}" if detail and lang == "zh" else f": {detail}" if detail else ""
        )
        found[category] = Risk(text=text, category=category, severity=severity, quotes=[quote_of(s)])

    for s in parsed.sentences:
        if lx.NEGATED.search(s.text) and not lx.INTENSIFIER.search(s.text):
            continue
        threat = is_threat(s)
        if threat:
            add("churn", _severity("high", s.text), s)
        for category, base, roles, rx in lx.RISKS:
            if threat and category == "competitor":
                continue  # "we'll look at other suppliers" is the churn threat itself
            if s.role in roles and rx.search(s.text):
                if category == "competitor" and lx.COMPETITOR_PRICE.search(s.text):
                    base = "high"
                add(category, _severity(base, s.text), s)
        if s.role != "we":
            for m in catalog.find(s.text):
                if m.kind == "competitor":
                    sev = "high" if lx.COMPETITOR_PRICE.search(s.text) else "medium"
                    add("competitor", sev, s, m.name)
    return list(found.values())


def _risky(s: Sentence) -> bool:
    return is_threat(s) or any(s.role in roles and rx.search(s.text) for _, _, roles, rx in lx.RISKS)


def _progress(parsed: Parsed, lang: str) -> list[ProgressItem]:
    out: list[ProgressItem] = []
    for s in parsed.sentences:
        if _is_question(s) or lx.REQUEST.search(s.text) or lx.HEDGED.search(s.text) or _risky(s):
            continue
        kinds = [k for k, rx in lx.PROGRESS if rx.search(s.text)]
        if lx.PROGRESS_EXTRA.search(s.text) and "quote" not in kinds:
            kinds.insert(0, "quote")
        if len(kinds) > 1 and "commitment" in kinds:
            kinds.remove("commitment")
        for kind in kinds[:3]:
            who = label(s.role, lang)
            text = f"{label(kind, lang)}（{who}）" if lang == "zh" else f"{label(kind, lang)} ({who})"
            out.append(ProgressItem(text=text, kind=kind, by=s.role, quotes=[quote_of(s)]))
    return out


def _next_steps(parsed: Parsed, today: dt.date, lang: str) -> list[NextStep]:
    out: list[NextStep] = []
    for s in parsed.sentences:
        ref = s.date or parsed.last_date or today
        dates = [d for d in find_dates(s.text, ref) if d.date >= ref]
        if not lx.ACTION.search(s.text) or (_is_question(s) and not lx.REQUEST.search(s.text)):
            continue
        past = lx.PAST.search(s.text) and not any(d.date > ref for d in dates)
        if not (lx.FUTURE.search(s.text) or lx.REQUEST.search(s.text) or dates) or past:
            continue
        if lx.HEDGED.search(s.text) and not lx.REQUEST.search(s.text):
            continue
        if s.role == "customer" and lx.NEED_CUE.search(s.text) and not (dates or lx.REQUEST.search(s.text)):
            continue
        if is_threat(s):  # "otherwise we will move the volume elsewhere": a churn risk, not a plan
            continue
        owner = step_owner(s)
        due = dates[0] if dates else None
        action = s.text.strip()
        when = (
            f"（{due.date.isoformat()}）"
            if due and lang == "zh"
            else f" (by {due.date.isoformat()})"
            if due
            else ""
        )
        out.append(
            NextStep(
                text=f"{label(owner, lang)}：{action}{when}"
                if lang == "zh"
                else f"{label(owner, lang)}: {action}{when}",
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
    return SalesSummary(
        engine="offline",
        language="en" if language.startswith("en") else "zh",
        conversation_date=day,
        source_kind=parsed.kind if parsed.kind in {"chat", "email", "call"} else "text",
        needs=_needs(parsed, catalog, language),
        progress=_progress(parsed, language),
        risks=_risks(parsed, catalog, language),
        next_steps=_next_steps(parsed, day, language),
        key_facts=_key_facts(parsed, catalog, day),
        sentiment=sentiment_of(parsed),
    )

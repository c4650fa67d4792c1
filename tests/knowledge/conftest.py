"""Fixtures of the knowledge tests: a small script library, and a store (embedded, then a Chroma server)."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from assistant.config import override_settings
from knowledge.store import ScriptStore, open_store
from tests.chroma_server import ChromaServer
from tests.fakes.embeddings import FakeEmbeddingFunction


def script_text(
    sid: str,
    title: str,
    body: str,
    *,
    scenario: str = "price_objection",
    stage: str = "any",
    tags: str = "[]",
    language: str = "zh",
) -> str:
    return (
        f"---\nid: {sid}\ntitle: {title}\nscenario: {scenario}\nstage: {stage}\ntags: {tags}\n"
        f"language: {language}\n---\n{body}\n"
    )


LIBRARY = {
    "price/price-a.md": script_text(
        "price-a",
        "客户嫌贵：拆解价格",
        "## 适用情境\n客户说价格太贵了，要求便宜一点。\n## 参考话术\n我把单价拆开给您看。",
        tags="[price_sensitive]",
        stage="[negotiation]",
    ),
    "price/price-b.md": script_text(
        "price-b",
        "客户嫌贵：守住价格讲品质",
        "## 适用情境\n客户说价格太贵了，但很看重品质认证。\n## 参考话术\n检测费用包含在价格里。",
        tags="[quality_first]",
        stage="[proposal]",
    ),
    "price/price-en.md": script_text(
        "price-en",
        "Price too high — show the cost breakdown",
        "## When to use\nThe buyer says your price is too high.\n"
        "## What to say\nLet me break the price down.",
        language="en",
        tags="[price_sensitive]",
    ),
    "delivery/delivery-a.md": script_text(
        "delivery-a",
        "客户问交期多久",
        "## 适用情境\n客户问多久能交货、什么时候发货。\n## 参考话术\n常规交期是35天出货。",
        scenario="delivery_time",
    ),
    "sample/sample-a.md": script_text(
        "sample-a",
        "客户要样品",
        "## 适用情境\n客户问可以寄样品吗，样品收费吗。\n## 参考话术\n现有款式样品免费。",
        scenario="sample_request",
    ),
}


@pytest.fixture
def library(tmp_path: Path) -> Path:
    root = tmp_path / "scripts"
    for rel, text in LIBRARY.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return root


@pytest.fixture
def fake_ef() -> FakeEmbeddingFunction:
    return FakeEmbeddingFunction()


@pytest.fixture(scope="session")
def chroma_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ChromaServer]:
    """One real Chroma server (``chroma run``) on loopback for the session's server-mode tests."""
    server = ChromaServer(tmp_path_factory.mktemp("chroma-server") / "data").start()
    yield server
    server.stop()


@pytest.fixture(params=["embedded", "server"])
def chroma_mode(request: pytest.FixtureRequest) -> Iterator[str]:
    """The store in ``DATA_DIR/chroma``, then on the Chroma server (CHROMA_HOST/PORT, own collection)."""
    if request.param == "embedded":
        yield "embedded"
        return
    server: ChromaServer = request.getfixturevalue("chroma_server")
    with override_settings(
        chroma_host=server.host, chroma_port=server.port, chroma_collection=f"scripts_{uuid.uuid4().hex[:10]}"
    ):
        yield "server"


@pytest.fixture
def store(chroma_mode: str, fake_ef: FakeEmbeddingFunction) -> ScriptStore:
    return open_store(embedding_function=fake_ef)

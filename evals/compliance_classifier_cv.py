"""Choose the learned stage's threshold on a held-out split, and report k-fold figures.

``python -m evals.compliance_classifier_cv``:

1. **Threshold**: fit on 80 % of ``assistant/compliance/data/training.jsonl`` (a fixed
   shuffle), score the other 20 %, and pick the lowest threshold on :data:`GRID` whose
   false-alert rate on the held-out clean rows is at most :data:`MAX_FALSE_RATE`. The
   figure is written by hand into :data:`assistant.compliance.classifier.THRESHOLD`.
2. **k-fold** (k = :data:`FOLDS`) at the configured threshold: out-of-fold recall by
   label, language and kind, and false alerts on the clean rows by language and kind.

Figures are for the whole scanner, as :func:`~assistant.compliance.semantic.deep_scan`
runs it: a row alerts when the first stage flags it, or when it is a second-stage
candidate (first-stage clean, not a refusal) and the classifier's score reaches the
threshold. ``stage1`` rows show the first stage alone.

Both are IN-SAMPLE-ISH: templated rows share their frames across folds, and the data was
written by the same hand as the classifier. A blind set is the real test.
"""

from __future__ import annotations

import sys
from collections import defaultdict

import numpy as np

from assistant.compliance.classifier import (
    THRESHOLD,
    Example,
    load_examples,
    train_model,
    training_vectors,
    verdict,
)
from assistant.compliance.matcher import get_matcher
from assistant.compliance.semantic import candidate

FOLDS = 5
SEED = 3
GRID = [round(0.3 + 0.025 * i, 3) for i in range(27)] + [0.975, 0.99, 0.995, 0.998]
MAX_FALSE_RATE = 0.01


def _scores(examples: list[Example], vectors: np.ndarray, train: np.ndarray, test: np.ndarray) -> list[float]:
    """Scanner scores of the ``test`` rows: 1.0 for a first-stage hit, 0.0 for a refusal, else the classifier's."""
    model = train_model([examples[i] for i in train], vectors[train])
    probs = model.probabilities(vectors[test])
    out = []
    for i, row in zip(test, probs, strict=True):
        first = _first_stage(examples[i].text)
        out.append(first if first is not None else verdict(row, model.labels).score)
    return out


def _first_stage(text: str) -> float | None:
    matcher = get_matcher()
    if matcher.scan(text).hits:
        return 1.0
    return None if candidate(text, matcher) else 0.0


def choose_threshold(examples: list[Example], vectors: np.ndarray) -> float:
    """Print the held-out grid and return the chosen threshold."""
    order = np.random.default_rng(SEED).permutation(len(examples))
    cut = len(order) * 4 // 5
    train, test = order[:cut], order[cut:]
    scores = _scores(examples, vectors, train, test)
    clean = [s for s, i in zip(scores, test, strict=True) if examples[i].label == "clean"]
    bad = [s for s, i in zip(scores, test, strict=True) if examples[i].label != "clean"]
    chosen = GRID[-1]
    print(f"held-out split: {len(test)} rows ({len(clean)} clean), trained on {len(train)}")
    for t in GRID:
        false = sum(s >= t for s in clean) / len(clean)
        recall = sum(s >= t for s in bad) / len(bad)
        print(f"  threshold {t:.3f}: recall {recall:.3f}  false alerts {false:.3f}")
        if false <= MAX_FALSE_RATE and t < chosen:
            chosen = t
    print(f"chosen threshold (lowest with false-alert rate <= {MAX_FALSE_RATE}): {chosen}")
    return chosen


def kfold(examples: list[Example], vectors: np.ndarray, threshold: float) -> None:
    """Print out-of-fold recall and false alerts, sliced by label, language and kind."""
    order = np.random.default_rng(SEED).permutation(len(examples))
    scores = np.zeros(len(examples))
    for k in range(FOLDS):
        test = order[k::FOLDS]
        train = np.setdiff1d(order, test)
        scores[test] = _scores(examples, vectors, train, test)
    tally: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for e, s in zip(examples, scores, strict=True):
        head = "false_alerts" if e.label == "clean" else "recall"
        keys = ["all", f"language_{e.language}", f"kind_{e.kind}"]
        keys += [] if e.label == "clean" else [f"label_{e.label}", f"{e.language}_{e.kind}"]
        for stage, fired in (
            ("", int(s >= threshold)),
            ("stage1_", int(s == 1.0 and bool(get_matcher().scan(e.text).hits))),
        ):
            for key in keys:
                tally[f"{stage}{head}_{key}"][0] += fired
                tally[f"{stage}{head}_{key}"][1] += 1
    print(f"{FOLDS}-fold at threshold {threshold} (in-sample-ish):")
    for key in sorted(tally):
        hit, total = tally[key]
        print(f"  {key:<40} {hit / total:.3f}  ({hit}/{total})")


def main() -> int:
    """Run both reports."""
    examples = load_examples()
    vectors = training_vectors(examples)
    choose_threshold(examples, vectors)
    kfold(examples, vectors, THRESHOLD)
    return 0


if __name__ == "__main__":
    sys.exit(main())

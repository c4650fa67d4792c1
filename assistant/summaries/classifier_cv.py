"""Cross-validated accuracy of the sentence classifier per label and language (in-sample data).

Folds hold out whole templates (every expansion of one template is in the same fold), so a
score says how well unseen wordings are labelled, not how well fillers are memorised. The model
and features are the shipped ones (:func:`~assistant.summaries.classifier.train`), and the training
read-back (fit on all, label the same sentences) is reported beside it: a low read-back is underfitting.
Run ``python -m assistant.summaries.classifier_cv``.
"""

from __future__ import annotations

import json
from collections import defaultdict

import numpy as np

from assistant.summaries.classifier import features, train, training_embeddings
from assistant.summaries.sentence_set import LABELS, load_sentences


def cross_validate(folds: int = 5) -> dict[str, object]:
    """Return overall and per (label, language) accuracy over template-grouped folds."""
    rows = load_sentences()
    emb = training_embeddings(rows)
    x = features([r.text for r in rows], emb, emb.mean(axis=0) if emb.shape[1] else None)
    y = np.array([LABELS.index(r.label) for r in rows])
    templates = sorted({r.tpl for r in rows})
    fold_of = {t: i % folds for i, t in enumerate(templates)}
    fold = np.array([fold_of[r.tpl] for r in rows])
    pred = np.zeros(len(rows), dtype=int)
    for k in range(folds):
        test = fold == k
        pred[test] = np.argmax(train(x[~test], y[~test], len(LABELS)).proba(x[test]), axis=1)
    readback = np.argmax(train(x, y, len(LABELS)).proba(x), axis=1)
    per: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for r, p in zip(rows, pred, strict=True):
        for key in (f"{r.label}/{r.lang}", f"all/{r.lang}"):
            per[key][0] += int(LABELS[p] == r.label)
            per[key][1] += 1
    return {
        "sentences": len(rows),
        "accuracy": round(float((pred == y).mean()), 3),
        "training_readback": round(float((readback == y).mean()), 3),
        "per_label_language": {k: round(c / n, 3) for k, (c, n) in sorted(per.items())},
    }


if __name__ == "__main__":
    print(json.dumps(cross_validate(), indent=2))

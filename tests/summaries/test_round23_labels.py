"""Round-23 training sentences: price floors, payment splits, routes and trials as progress; reassurances as none.

The templates are written anew; the checks here are what a test can pin: every template made it into
the shipped set and the refit model reads its own round-23 sentences back (fit, not generalisation,
which is measured on the blind summaries sets).
"""

from __future__ import annotations

import yaml

from assistant.summaries.classifier import probabilities
from assistant.summaries.clauses import decide
from assistant.summaries.offline_learned import MIN_PROB
from assistant.summaries.sentence_set import ROUND23_TEMPLATES, load_sentences, load_spec


def _round23_rows() -> list:
    r23 = yaml.safe_load(ROUND23_TEMPLATES.read_text(encoding="utf-8"))["templates"]
    merged = load_spec()["templates"]
    own = {  # a sentence's ``tpl`` is "label/lang/<index in the merged template list>"
        f"{label}/{lang}/{i}"
        for label, by_lang in r23.items()
        for lang, ts in by_lang.items()
        for i, t in enumerate(merged[label][lang])
        if t in ts
    }
    return [r for r in load_sentences() if r.tpl in own]


def test_every_round23_template_gives_a_training_sentence() -> None:
    r23 = yaml.safe_load(ROUND23_TEMPLATES.read_text(encoding="utf-8"))["templates"]
    count = sum(len(ts) for by_lang in r23.values() for ts in by_lang.values())
    assert len({r.tpl for r in _round23_rows()}) == count


def test_the_model_learned_the_round23_sentences() -> None:
    rows = _round23_rows()
    read = [decide(p, MIN_PROB) for p in probabilities([r.text for r in rows])]
    right = sum(got == r.label for got, r in zip(read, rows, strict=True))
    # a regression guard: a refit that loses the round-23 kinds reads far fewer of them back
    assert right / len(rows) >= 0.6, right / len(rows)

"""Round-23 training sentences: settled worries, our admissions, hypotheticals, facts, compound risks.

Written anew for the false-positive kinds counted on the pooled spent dev sets (summaries_blind…blind14);
no evaluation sentence is copied. The tests check that every round-23 template is expanded into the
training set and that the refit model learned them (fit, not generalisation: that is measured on the
blind summaries sets).
"""

from __future__ import annotations

import yaml

from assistant.summaries.classifier import probabilities
from assistant.summaries.clauses import SECTIONS, decide
from assistant.summaries.offline_learned import MIN_PROB
from assistant.summaries.sentence_set import ROUND23_TEMPLATES, LabelledSentence, load_sentences, load_spec


def _section(label: str) -> str:
    return next(sec for sec, labs in SECTIONS.items() if label in labs)


def test_every_round23_template_is_used() -> None:
    spec = load_spec()
    rows = load_sentences()
    r23 = yaml.safe_load(ROUND23_TEMPLATES.read_text(encoding="utf-8"))["templates"]
    for label, by_lang in r23.items():
        for lang, extra in by_lang.items():
            templates = spec["templates"][label][lang]
            used = {r.tpl for r in rows if r.label == label and r.lang == lang}
            first = len(templates) - len(extra)
            assert {f"{label}/{lang}/{i}" for i in range(first, len(templates))} <= used


def _round23_rows(labels: tuple[str, ...] | None = None) -> list[LabelledSentence]:
    """The training sentences expanded from round-23 templates (the last ones merged per label and language)."""
    spec = load_spec()
    r23 = yaml.safe_load(ROUND23_TEMPLATES.read_text(encoding="utf-8"))["templates"]
    out = []
    for r in load_sentences():
        extra = r23.get(r.label, {}).get(r.lang, [])
        first = len(spec["templates"][r.label][r.lang]) - len(extra)
        if extra and int(r.tpl.rsplit("/", 1)[1]) >= first and (labels is None or r.label in labels):
            out.append(r)
    return out


def test_the_model_learned_the_round23_sentences() -> None:
    """The refit model puts most round-23 training sentences in their section (read-back)."""
    rows = _round23_rows()
    assert rows
    probs = probabilities([r.text for r in rows])
    right = sum(_section(decide(p, MIN_PROB)) == _section(r.label) for p, r in zip(probs, rows, strict=True))
    assert right / len(rows) >= 0.8


def test_settled_worries_and_admissions_are_not_risks() -> None:
    """Read-back on the none sentences: a settled worry or our admission is hardly ever read as a risk."""
    rows = _round23_rows(("none",))
    probs = probabilities([r.text for r in rows])
    risks = [r.text for p, r in zip(probs, rows, strict=True) if decide(p, MIN_PROB).startswith("risk:")]
    assert len(risks) <= len(rows) // 10, risks

"""The labelled sentence set: size, labels in both languages, hard negatives, regenerated identically."""

from __future__ import annotations

from collections import Counter

from assistant.summaries.sentence_set import (
    LABELS,
    appended,
    expand,
    load_appended,
    load_sentences,
    load_spec,
)


def test_at_least_1500_sentences_covering_every_label_in_both_languages() -> None:
    rows = load_sentences()
    counts = Counter((r.label, r.lang) for r in rows)
    assert len(rows) >= 1500 and all(counts[(lab, lang)] >= 30 for lab in LABELS for lang in ("zh", "en"))


def test_hard_negatives_are_labelled_none() -> None:
    none = [r.text for r in load_sentences() if r.label == "none"]
    assert any("酒店" in t or "hotel" in t for t in none) and any("new employer" in t for t in none)
    assert any("电话" in t for t in none)


def test_shipped_file_matches_the_templates() -> None:
    spec = load_spec()
    extra = load_appended()
    assert [r.text for r in expand(spec) + appended(extra, spec["slots"])] == [r.text for r in load_sentences()]


def test_round35_templates_are_appended_once_each_without_reshuffling_the_groups() -> None:
    spec = load_spec()
    extra = load_appended()
    rows = load_sentences()
    grouped = expand(spec)
    assert rows[: len(grouped)] == grouped  # the merged groups as they were before the round
    added = rows[len(grouped) :]
    assert len(added) == sum(len(t) for by_lang in extra.values() for t in by_lang.values())
    assert {r.label for r in added} == set(extra) and all("/x" in r.tpl for r in added)

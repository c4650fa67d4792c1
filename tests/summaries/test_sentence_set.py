"""The labelled sentence set: size, labels in both languages, hard negatives, regenerated identically."""

from __future__ import annotations

from collections import Counter

import yaml

from assistant.summaries.sentence_set import LABELS, expand, load_sentences, load_spec


def test_at_least_1500_sentences_covering_every_label_in_both_languages() -> None:
    rows = load_sentences()
    counts = Counter((r.label, r.lang) for r in rows)
    assert len(rows) >= 1500 and all(counts[(lab, lang)] >= 30 for lab in LABELS for lang in ("zh", "en"))


def test_hard_negatives_are_labelled_none() -> None:
    none = [r.text for r in load_sentences() if r.label == "none"]
    assert any("酒店" in t or "hotel" in t for t in none) and any("new employer" in t for t in none)
    assert any("电话" in t for t in none)


def test_shipped_file_matches_the_templates() -> None:
    assert [r.text for r in expand(load_spec())] == [r.text for r in load_sentences()]


def test_round35_quality_templates_are_merged_and_expanded() -> None:
    from assistant.summaries.sentence_set import ROUND35_TEMPLATES, load_sentences, load_spec

    extra = yaml.safe_load(ROUND35_TEMPLATES.read_text(encoding="utf-8"))["templates"]["risk:quality"]
    spec = load_spec()["templates"]["risk:quality"]
    assert all(t in spec[lang] for lang in ("zh", "en") for t in extra[lang])
    tpl_ids = {r.tpl for r in load_sentences() if r.label == "risk:quality"}
    first = len(spec["zh"]) - len(extra["zh"])  # the round-35 templates come last
    assert any(f"risk:quality/zh/{i}" in tpl_ids for i in range(first, len(spec["zh"])))

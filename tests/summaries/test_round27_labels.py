"""Round-27 training sentences: talk read as a risk or as progress that is neither (topic moves, good outcomes, yes to a fact)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import yaml

from assistant.summaries.sentence_set import ROUND27_TEMPLATES, load_sentences, load_spec

DATASETS = Path(__file__).resolve().parents[2] / "evals" / "datasets"


def _round27() -> list[tuple[str, str, str]]:
    spec = yaml.safe_load(ROUND27_TEMPLATES.read_text(encoding="utf-8"))["templates"]
    return [(label, lang, t) for label, by_lang in spec.items() for lang, ts in by_lang.items() for t in ts]


def test_no_round27_template_is_taken_from_a_dev_set() -> None:
    texts = [
        json.loads(line)["text"]
        for path in DATASETS.glob("summaries_blind*.jsonl")
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    for _, _, t in _round27():
        for fixed in re.split(r"\{\w+\}", t):  # every fixed stretch of 10+ characters is new
            assert len(fixed.strip()) < 10 or not any(fixed.strip() in x for x in texts), t


def test_every_round27_template_is_in_the_training_set() -> None:
    merged = load_spec()["templates"]
    used = {r.tpl for r in load_sentences()}
    for label, lang, t in _round27():
        i = merged[label][lang].index(t)
        assert f"{label}/{lang}/{i}" in used, t

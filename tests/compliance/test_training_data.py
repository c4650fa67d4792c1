"""The training file is what the seed files build, the shipped model was fitted on it, and hard-clean
messages (labelled part numbers, anti-fraud notices) stay clean through both stages."""

from __future__ import annotations

import json

import pytest
import yaml

from assistant.compliance import classifier
from assistant.compliance.semantic import deep_scan
from assistant.packaged import packaged_key
from evals.compliance_training_data import build, merge, seed_files
from evals.eval_compliance import DEV


def test_the_training_file_is_what_the_seeds_build() -> None:
    spec = merge([yaml.safe_load(p.read_text(encoding="utf-8")) for p in seed_files()])
    dev = {json.loads(line)["text"] for line in DEV.read_text(encoding="utf-8").splitlines() if line.strip()}
    built = [(r["text"], r["label"]) for r in build(spec, dev)]
    assert built == [(e.text, e.label) for e in classifier.load_examples()]
    assert len(seed_files()) >= 2 and seed_files()[0].name == "training_seeds.yaml"


def test_the_packaged_model_was_fitted_on_this_training_file() -> None:
    assert packaged_key(classifier.PACKAGED) == classifier._key(classifier.TRAINING)


def test_merge_joins_lists_slots_and_templates() -> None:
    a = {"hand": {"clean": {"zh": {"chat": ["甲"]}}}, "slots": {"x": ["1"]}, "templates": [{"text": "{x}"}]}
    b = {
        "hand": {"clean": {"zh": {"chat": ["乙"]}}},
        "slots": {"x": ["1", "2"]},
        "templates": [{"text": "{x}!"}],
    }
    out = merge([a, b])
    assert out["hand"]["clean"]["zh"]["chat"] == ["甲", "乙"]
    assert out["slots"]["x"] == ["1", "2"] and len(out["templates"]) == 2


# Written for this test, not taken from the training seeds or any eval set.
@pytest.mark.parametrize(
    "text",
    [
        "零件号 15912345678 缺货，预计下周到",
        "请按料号 136 5555 1234 备料",
        "Part number 137-2222-9876 has a new revision",
        "SKU 18900004321 is the large size",
        "如有员工向您提出私下收款，请拒绝并向监察部举报",
        "Please ignore anyone who asks you to move the conversation to a private WeChat",
        "If someone asks you for a gift to approve your order, report it to our ethics line",
    ],
)
def test_part_numbers_and_notices_are_clean_with_both_stages(text: str) -> None:
    assert deep_scan(text).hits == ()

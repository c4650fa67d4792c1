"""Round v16: short first-person violations survive the mention gate; its refusals and number-only lines stay clean."""

from __future__ import annotations

import pytest

from assistant.compliance.classifier import load_examples
from assistant.compliance.semantic import deep_scan


@pytest.mark.parametrize(
    "text",
    [
        "Your personal share is 4% of each invoice, dropped off at your home every month.",  # stated, not mentioned
        "每单给您留五个点的好处，月初送到家。",
    ],
)
def test_a_short_stated_kickback_is_not_called_a_mention(text: str) -> None:
    assert deep_scan(text).hits != ()


@pytest.mark.parametrize(
    "text",
    [
        "全国客服热线四零零-三一六-八八二零，全天有人接听。",
        "Moved 5 pallets, 2,415 lbs gross, BOL 5502917, POD attached.",
        "我不能把别家客户的成交价告诉您，这是人家的商业信息。",
    ],
)
def test_number_lines_and_refusals_stay_clean(text: str) -> None:
    assert deep_scan(text).hits == ()


def test_the_round_adds_use_rows_and_gate_only_refusals() -> None:
    examples = load_examples()
    texts = {e.text: e for e in examples}
    assert texts["回扣按四个点走，每月十号前送到您家。"].label == "kickback"
    assert texts["公司不允许加私人微信，咱们在企业微信里沟通就好。"].kind == "gate_refusal"
    assert texts["售后热线四零零-七一五-二二六八，工作日九点到六点。"].label == "clean"

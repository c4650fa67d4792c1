"""Round-12 training sentences: risks said without a risk word, free extras and fixes, read by kind.

The sentences below are not in the training set (checked by the first test); each is a kind the
packaged classifier used to read as "none".
"""

from __future__ import annotations

import pytest

from assistant.summaries.classifier import probabilities
from assistant.summaries.clauses import decide
from assistant.summaries.offline_learned import MIN_PROB
from assistant.summaries.sentence_set import load_sentences

CASES = [
    ("宁海有家厂给我报了三块二", "risk:competitor"),
    ("这张发票已经拖了四十天没付", "risk:credit"),
    ("the May invoice is still open", "risk:credit"),
    ("Jana takes over purchasing from next week", "risk:contact_change"),
    ("五万以上得我们董事长签字", "risk:decision_chain"),
    ("用了两天拉链头就掉了", "risk:quality"),
    ("CE还在测，估计月底出", "risk:certification"),
    ("our LVD report expired last year", "risk:certification"),
    ("6.20 is above our budget of 5.80", "risk:price_gap"),
    ("5 per cent spares free on the first run", "concession"),
    ("烘烤温度的问题找到了，已经调好了", "done"),
]


def test_the_cases_are_not_training_sentences() -> None:
    seen = {r.text for r in load_sentences()}
    assert not any(text in seen for text, _ in CASES)


@pytest.mark.parametrize(("text", "label"), CASES)
def test_label_by_kind(text: str, label: str) -> None:
    [row] = probabilities([text])
    assert decide(row, MIN_PROB) == label

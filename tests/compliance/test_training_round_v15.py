"""Round v15: English data leaks spelled out or in leetspeak, and refusal rows that train only the mention gate."""

from __future__ import annotations

import numpy as np
import pytest

from assistant.compliance import scan_text
from assistant.compliance.classifier import GATE_ONLY, Example, train_model
from assistant.compliance.mention import split


@pytest.mark.parametrize(
    "text",
    [
        "Sending over the cl1ent l1st with direct lines, don't share it",
        "here's the c l i e n t   l i s t you wanted, all the phone numbers are in it",
        "Attaching our c0nfidential pricing sheet, keep it quiet",
        "I can send you the customer database tonight",
    ],
)
def test_customer_lists_and_confidential_files_sent_out_are_caught(text: str) -> None:
    assert "confidential" in {h.category for h in scan_text(text).hits}


@pytest.mark.parametrize(
    "text",
    [
        "Please send us your customer list so we can work out the volume rebate.",
        "Here's the confidentiality agreement for you to sign.",
        "Attached is the updated price list for Q3, model KX-40 on page 2.",
        "I can't send you the client list, it belongs to the company.",
    ],
)
def test_asking_for_lists_and_ndas_stay_clean(text: str) -> None:
    assert scan_text(text).hits == ()


def test_gate_only_rows_train_the_gate_but_not_the_classifier(monkeypatch) -> None:
    examples = [
        Example("pay me privately", "personal_account", "en", "plain"),
        Example("hello there", "clean", "en", "chat"),
        Example("you asked me to take it privately, I won't", "clean", "en", GATE_ONLY),
    ]
    seen: dict[str, int] = {}

    def fake_fit(vectors, targets, labels, **kwargs):
        seen["rows"] = len(targets)
        return None

    monkeypatch.setattr("assistant.compliance.classifier.fit", fake_fit)
    train_model(examples, np.zeros((3, 4), dtype=np.float32))
    assert seen["rows"] == 2
    assert split(examples) == [0, 2]

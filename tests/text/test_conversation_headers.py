"""Speaker labels with a bracket (:mod:`assistant.text.conversation_headers`): a field head is no speaker."""

from __future__ import annotations

import pytest

from assistant.text.conversation import parse_conversation
from assistant.text.conversation_headers import is_label_name


@pytest.mark.parametrize(
    "name",
    ["Unit price (EUR)", "Note (draft)", "Total (incl. VAT)", "交期（第一批）", "备注（内部）", "数量（箱）"],
)
def test_a_field_head_before_a_bracket_is_no_speaker(name: str) -> None:
    assert not is_label_name(name)


@pytest.mark.parametrize("name", ["Marco (Alpine Outfitters)", "程立新（华北冷链）"])
def test_a_person_with_a_company_in_brackets_is_a_speaker(name: str) -> None:
    assert is_label_name(name)


def test_a_field_line_keeps_the_previous_speaker() -> None:
    parsed = parse_conversation("Marco (Alpine Outfitters): here is the offer\nQty (pcs): 400\n")
    assert [s.speaker for s in parsed.sentences] == ["Marco (Alpine Outfitters)", "Marco (Alpine Outfitters)"]

"""Terms agreed, not asked: accept word plus a figure or a named term, no refusal, question or condition."""

from __future__ import annotations

import pytest

from assistant.summaries.agreed_terms import agrees_terms
from assistant.text.conversation import Sentence


def _s(text: str) -> Sentence:
    return Sentence(text=text, start=0, end=len(text), speaker="客户", role="customer")


@pytest.mark.parametrize(
    "text",
    [
        "定金两成、尾款见提单，这个没问题",
        "质保三年我们接受",
        "USD 4.15 FOB Xiamen is acceptable",
        "60 days works for us",
    ],
)
def test_accepted_terms(text: str) -> None:
    assert agrees_terms(_s(text))


@pytest.mark.parametrize(
    "text",
    [
        "月结九十天可以吗",  # asked
        "3.9还是高，不接受",  # refused
        "能接受的前提是质保延到三年",  # a condition
        "if you can do 0.35 we'll accept the whole lot",  # a condition
        "we need the balance 60 days after delivery",  # no accept word
        "好的，没问题",  # nothing named
    ],
)
def test_not_agreed(text: str) -> None:
    assert not agrees_terms(_s(text))

"""The customer's praise of our goods (:mod:`assistant.summaries.praise`), not of anything else."""

from __future__ import annotations

import pytest

from assistant.summaries.praise import praises_goods
from assistant.text.conversation import Sentence


def _s(text: str) -> Sentence:
    return Sentence(text=text, start=0, end=len(text), speaker="customer", role="customer")


@pytest.mark.parametrize(
    "text",
    [
        "Good to know.",
        "That's great news about the discount",
        "我很好，谢谢",
        "我们之前用的那家质量非常好",
        "The old supplier's quality was great",
        "Your competitor's sample was excellent",
    ],
)
def test_what_judges_no_goods_of_ours_is_no_praise(text: str) -> None:
    assert not praises_goods(_s(text))


@pytest.mark.parametrize(
    "text", ["样品收到了，质量很好", "The print looks great on the sample", "我们老板很喜欢这个颜色"]
)
def test_praise_of_the_goods(text: str) -> None:
    assert praises_goods(_s(text))

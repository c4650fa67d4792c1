"""Pleasantries alone carry no point (:mod:`assistant.summaries.pleasantries`)."""

from __future__ import annotations

import pytest

from assistant.summaries.pleasantries import pleasantry


@pytest.mark.parametrize(
    "text",
    [
        "Have a good weekend, Marta!",
        "Lovely to hear from you!",
        "Thanks so much 🙏",
        "Great talking to you.",
        "Talk soon",
        "OK, see you then!",
        "辛苦了🙏",
        "祝周末愉快～",
        "谢谢王总！",
        "好的谢谢",
        "[抱拳]谢谢",
    ],
)
def test_a_pleasantry_alone_is_one(text: str) -> None:
    assert pleasantry(text)


@pytest.mark.parametrize(
    "text",
    [
        "Thanks, we accept 4.20 per unit.",
        "See you Thursday at the plant.",
        "Have a look at the new drawing.",
        "谢谢，价格我们接受了。",
        "辛苦把样品寄过来",
        "Good, the samples passed.",
        "",
    ],
)
def test_a_sentence_that_says_more_is_no_pleasantry(text: str) -> None:
    assert not pleasantry(text)

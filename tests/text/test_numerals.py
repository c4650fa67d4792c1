"""Chinese and English numerals."""

from __future__ import annotations

import pytest

from assistant.text.numerals import cn_to_int, en_to_int


@pytest.mark.parametrize(
    ("text", "value"), [("两千五", 2500), ("十五", 15), ("三万", 30000), ("一百二十", 120), ("1.5万", 15000)]
)
def test_chinese_numerals(text: str, value: int) -> None:
    assert cn_to_int(text) == value


@pytest.mark.parametrize(
    ("word", "value"), [("eleven", 11), ("twelve", 12), ("nineteen", 19), ("forty", 40), ("twenty-one", 21), ("an", 1)]
)
def test_english_number_words_to_ninety_nine(word: str, value: int) -> None:
    assert en_to_int(word) == value


def test_what_is_no_english_number_stays_none() -> None:
    assert en_to_int("twenty-ten") is None
    assert en_to_int("dozens") is None

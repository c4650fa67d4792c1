"""Chinese and English numerals."""

from __future__ import annotations

import pytest

from assistant.text.numerals import cn_to_int


@pytest.mark.parametrize(
    ("text", "value"), [("两千五", 2500), ("十五", 15), ("三万", 30000), ("一百二十", 120), ("1.5万", 15000)]
)
def test_chinese_numerals(text: str, value: int) -> None:
    assert cn_to_int(text) == value

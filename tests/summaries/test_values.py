"""Values read from sales talk: prices in Chinese numerals, asked quantities, numbers that are not quantities."""

from __future__ import annotations

import pytest

from assistant.summaries.numbers import asked_quantities, find_numbers, read_number


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("二百六一把", "260/把"),
        ("苏州那边有一家工厂给我们报了二点五五", "2.55"),
        ("两块六", "CNY 2.6"),
        ("九块八一个", "CNY 9.8"),
    ],
)
def test_spoken_chinese_prices(text: str, value: str) -> None:
    assert [n.value for n in find_numbers(text) if n.kind == "amount"] == [value]


def test_read_number_with_decimal_point_word() -> None:
    assert str(read_number("二点五五")) == "2.55" and str(read_number("二百六")) == "260"


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        ("the buyer said 2,000 is too many and asked for 1,000", ["1000 pcs"]),
        ("2000个太多了，先要1000个", ["1000 个"]),
        ("我们这次要5000条", ["5000 条"]),
    ],
)
def test_the_quantity_asked_is_the_last_when_one_is_too_many(text: str, asked: list[str]) -> None:
    assert asked_quantities(text) == asked


@pytest.mark.parametrize(
    "text", ["我的电话是13912345678", "This is about order #88231", "By 2027 we will review"]
)
def test_phone_order_numbers_and_years_are_not_quantities(text: str) -> None:
    assert not [n for n in find_numbers(text) if n.kind == "quantity"]

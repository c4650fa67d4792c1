"""A figure said with a currency (an ISO code such as NZD or AUD, a symbol) is money, never an item count."""

from __future__ import annotations

from assistant.summaries.numbers import asked_quantities, find_numbers


def test_millions_after_a_currency_code_are_money() -> None:
    text = "Any purchase above NZD 3 million has to go to the trustees first."
    assert asked_quantities(text) == []
    assert all(n.kind != "quantity" for n in find_numbers(text))


def test_millions_after_a_currency_sign_or_word_are_money() -> None:
    for text in ("Projects over A$ 2 million need a second signature.", "Anything past 4 million rand waits for the CFO."):
        assert asked_quantities(text) == [], text


def test_a_count_in_millions_without_money_stays_a_count() -> None:
    assert asked_quantities("We will need 1.5 million bottle caps next year.") == ["1500000 bottle caps"]

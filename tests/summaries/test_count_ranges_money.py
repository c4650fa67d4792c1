"""Millions of money are no count; a range is no change; "not" before another product keeps both."""

from __future__ import annotations

from assistant.summaries.numbers import asked_quantities, find_numbers


def test_a_bare_million_after_a_money_word_is_no_count() -> None:
    assert asked_quantities("The budget for the fit-out is 2.4 million.") == []
    assert asked_quantities("The tender is worth 3.5 mn in total") == []
    assert asked_quantities("We will need 2 million caps next year.") == ["2000000 caps"]


def test_a_range_keeps_both_ends() -> None:
    got = asked_quantities("We need from 300 to 400 cartons for the pilot.")
    assert "300 cartons" in got and "400 cartons" in got


def test_a_change_from_to_still_keeps_the_new_count() -> None:
    assert asked_quantities("We cut the benches from 300 to 250 pieces.") == ["250 pieces"]


def test_not_before_another_product_is_no_earlier_count() -> None:
    assert asked_quantities("We need 700 stools, not 200 benches.") == ["700 stools", "200 benches"]
    assert asked_quantities("We need 700 stools, not 200.") == ["700 stools"]


def test_the_model_code_is_kept_with_the_count() -> None:
    assert [n.value for n in find_numbers("24 GX-8 folding gazebos") if n.kind == "quantity"] == ["24 GX-8 folding gazebos"]

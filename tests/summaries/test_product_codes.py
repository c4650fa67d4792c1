"""Product codes: one reading of "HD-2200", "BS-2D-HP", "ONT8" for every module that compares them."""

from __future__ import annotations

import pytest

from assistant.summaries.product_codes import CODE, codes, is_code


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("请报HD-2200的价格", {"HD-2200"}),
        ("the BS-2D-HP model and the PI-ZW-261208 order", {"BS-2D-HP", "PI-ZW-261208"}),
        ("ONT8 and lp6 are both fine", {"ONT8", "LP6"}),
        ("A4 paper, 120 m2, Q1 delivery", set()),  # two characters: a size, a unit, a quarter
        ("a 2-year warranty, e-mail us", set()),
        ("KT-3先不做了", {"KT-3"}),
    ],
)
def test_codes_reads_whole_codes_of_three_characters_or_more(text: str, expected: set[str]) -> None:
    assert codes(text) == expected


def test_a_hyphen_ending_a_code_is_not_part_of_it() -> None:
    assert codes("the XR-50- and XR-60 models") == {"XR-50", "XR-60"}


def test_is_code_matches_whole_tokens_in_any_case() -> None:
    assert is_code("lb-2") and is_code("HD2200")
    assert not is_code("logo") and not is_code("2000") and not is_code("a4")


def test_code_pattern_masks_short_codes_too() -> None:
    """Masking figures inside names keeps "A4" and "M8" out of prices: the pattern itself has no length floor."""
    assert [m.group() for m in CODE.finditer("A4 at 3.2, M8 bolts")] == ["A4", "M8"]


def test_a_code_after_a_standard_number_is_masked_as_a_name() -> None:
    """The "C06" of "ISO 105-C06" after the hyphen is a name too, not a figure of 6."""
    assert [m.group() for m in CODE.finditer("grade 4 (ISO 105-C06)")] == ["C06"]

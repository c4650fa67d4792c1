"""A North American number spaced digit by digit, or after a leet cue ("c3ll"), is still a personal number."""

from __future__ import annotations

import pytest

from assistant.compliance import scan_text


@pytest.mark.parametrize(
    "text",
    [
        "my cell is 2 0 6 - 7 7 1 - 4 0 5 2, text me tonight",
        "my c3ll: 206 771 4052",
        "Add me on Signal, personal one: 206 771 4052",
    ],
)
def test_spaced_and_leet_cued_numbers_are_phones(text: str) -> None:
    assert "phone" in {h.rule for h in scan_text(text).hits}


@pytest.mark.parametrize(
    "text",
    [
        "Our office line is 2 0 6 - 7 7 1 - 4 0 5 2, weekdays 9 to 5.",
        "PO 2 0 6 7 7 1 4 0 5 2 shipped on Monday.",
        "Toll-free 1-877-555-0148; cell phone cases ship in 2027.",
    ],
)
def test_office_lines_and_ids_are_not(text: str) -> None:
    assert scan_text(text).hits == ()

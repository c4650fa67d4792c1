"""English evasions inside words (spaced letters, mixed leetspeak) and pinyin written apart — offsets original."""

from __future__ import annotations

import pytest

from assistant.compliance import scan_text
from assistant.compliance.latin import latin_view, readable_latin


@pytest.mark.parametrize(
    ("text", "readable"),
    [
        ("send the c o n t r a c t tonight", "send the contract tonight"),
        ("ping me on W h @ t s A p p, ok", "ping me on WhatsApp, ok"),
        ("we can go 0ff th3 b00ks", "we can go off the books"),
        ("a k1ckb@ck of 2%", "a kickback of 2%"),
        ("the c0st sh33t", "the cost sheet"),
    ],
)
def test_readable_latin_joins_spaced_letters_and_reads_leet(text: str, readable: str) -> None:
    assert readable_latin(text) == readable
    view = latin_view(text)
    assert view is not None and len(view) == len(text)  # same offsets as the original


@pytest.mark.parametrize(
    "text",
    [
        "SKU-4411A costs $45.90, 10kg, ships at 3pm on the 2nd",
        "Order A12345 and invoice INV-2026-0042, model MP3 / B2B / A4",
        "Call 312 555 0132 or 400-820-1234",
        "Plain words only, nothing to undo here",
        "价格是 1,280 元，型号 X200",
    ],
)
def test_numbers_codes_and_plain_text_stay_as_written(text: str) -> None:
    assert latin_view(text) is None


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("We can settle this 0ff th3 b00ks, cheaper for both", "private_deal"),
        ("a k1ckb@ck for you as usual", "bribery"),
        ("a k i c k b a c k for you", "bribery"),
        ("你是不是sha zi啊", "abuse"),  # toneless pinyin of a two-character insult, spaced
        ("款转我ge ren zhang hu就行", "private_deal"),  # one run of a longer term in pinyin
        ("加我lu pao pao聊", "contact_leak"),  # ü written as u
        ("老规矩，会扣照给", "bribery"),  # homophone 会 for 回
    ],
)
def test_evasions_inside_words_are_caught_with_original_offsets(text: str, category: str) -> None:
    result = scan_text(text)
    hit = next(h for h in result.hits if h.category == category)
    assert text[hit.start : hit.end] == hit.matched


@pytest.mark.parametrize("text", ["Li Jin and Wenna will call at 3pm", "Order 0ff1ce-2 ships in 5 days"])
def test_names_and_codes_do_not_alert(text: str) -> None:
    assert not scan_text(text).hits

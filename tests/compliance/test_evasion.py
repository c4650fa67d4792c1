"""Evasions: line breaks inside words, a break after every character, tag characters, leetspeak — offsets still original."""

from __future__ import annotations

import pytest

from assistant.compliance import scan_text


def _tag(text: str) -> str:
    return "".join(ch + chr(0xE0041 + i) for i, ch in enumerate(text[:-1])) + text[-1]


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("放心，保\n证收益", "guarantee"),  # a line break inside a word
        ("钱直接打我个\r\n人账户", "private_deal"),
        ("保。证。收。益", "guarantee"),  # a break after every character
        ("保!证!收!益", "guarantee"),
        ("百!分!百!通!过", "guarantee"),
        ("回。扣。照。给", "bribery"),
        ("傻。逼", "abuse"),
        ("加\n我\n私\n人\n微\n信", "private_deal"),
        (_tag("保证通过"), "guarantee"),  # Unicode tag characters
        (_tag("私下交易"), "private_deal"),
        ("100% p@ss, don't worry", "guarantee"),  # leetspeak
        ("we gu@rantee the returns", "guarantee"),
        ("k1ckback for you as usual", "bribery"),
        ("you are an 1d1ot", "abuse"),
        ("pay into my pers0nal acc0unt", "private_deal"),
        ("add me on wh@tsapp", "contact_leak"),
    ],
)
def test_evasion_is_caught_with_original_offsets(text: str, category: str) -> None:
    hits = [h for h in scan_text(text).hits if h.category == category]
    assert hits, f"nothing found in {text!r}"
    for h in hits:
        assert text[h.start : h.end] == h.matched


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("包\u200b过", "guarantee"),  # zero-width
        ("包\u00ad过", "guarantee"),  # soft hyphen
        ("包😀过", "guarantee"),  # emoji
        ("包 过", "guarantee"),  # spaces
        ("ＢＡＯＧＵＯ", "guarantee"),  # full width
        ("保證通過", "guarantee"),  # traditional
        ("bao zheng tong guo", "guarantee"),  # pinyin
        ("kісkbасk", "bribery"),  # Cyrillic look-alikes
        ("包\u0301过", "guarantee"),  # combining mark
        ("包\u202e过", "guarantee"),  # RTL override
    ],
)
def test_evasions_caught_before_stay_caught(text: str, category: str) -> None:
    assert category in {h.category for h in scan_text(text).hits}


@pytest.mark.parametrize(
    "text",
    [
        "我们包。过几天再说",  # two sentences, not a word split
        "货已经打包\n过几天发",
        "好的。谢谢！",
        "请把PO发到 sales@hx-trading.com，我们当天确认。",
        "SKU A4 paper, 500 sheets",
        "货号 HX-138，型号 B52",
    ],
)
def test_breaks_and_digits_that_are_not_evasions(text: str) -> None:
    assert scan_text(text).hits == ()


def test_dollar_and_zero_leetspeak_in_phrases_is_caught() -> None:
    from assistant.compliance.matcher import scan_text

    assert scan_text("kindly pay into my per$onal acc0unt today").hits
    assert scan_text("we can keep it off the b00ks").hits
    assert scan_text("reach my per$onal ph0ne after six").hits
    assert scan_text("Unit price $45, MOQ 300").hits == ()


def test_letters_split_by_dots_are_read_as_words() -> None:
    from assistant.compliance.classifier import readable
    from assistant.compliance.matcher import scan_text

    assert scan_text("sending you our c.l.i.e.n.t l.i.s.t by email").hits
    assert readable("the s.u.p.p.l.i.e.r p.r.i.c.e.s file") == "the supplier prices file"
    assert readable("per$0nal acc0unt") == "personal account"
    assert readable("SKU HX-3021-BLK, U.S. market") == "SKU HX-3021-BLK, U.S. market"


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("你就是个蠢\n货，说了多少遍了", "abuse"),  # a line break inside a two-character term
        ("这批我给您走飞\n单，价格好说", "private_deal"),
        ("回\r\n扣照老规矩给您", "bribery"),
    ],
)
def test_a_line_break_inside_a_two_character_term_is_caught(text: str, category: str) -> None:
    hits = [h for h in scan_text(text).hits if h.category == category]
    assert hits, f"nothing found in {text!r}"
    assert all(text[h.start : h.end] == h.matched for h in hits)


@pytest.mark.parametrize(
    "text",
    [
        "颜色：黑\n人数：5",  # form fields, one per line
        "型号：飞\n单价：120元",
        "订单号：\n20241130\n20241201\n20241202",  # an id list: lines never join into a phone
        "PO-2024-0113\nPO-2024-0114\nPO-2024-0115",
        "明天发货\n单据随货寄出",
    ],
)
def test_line_breaks_between_fields_and_ids_are_not_evasions(text: str) -> None:
    assert scan_text(text).hits == ()

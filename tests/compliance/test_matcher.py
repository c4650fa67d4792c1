"""The matcher: evasions undone, offsets in the original text, hard negatives left alone."""

from __future__ import annotations

import pytest

from assistant.compliance import scan_text
from assistant.compliance.normalize import collapse_map, normalize, translate


def _terms(text: str) -> set[tuple[str, str]]:
    return {(h.category, h.term) for h in scan_text(text).hits}


@pytest.mark.parametrize(
    ("text", "category", "term", "variant"),
    [
        ("这个认证我们包过，您放心", "guarantee", "包过", "exact"),
        ("保證通過，不過退全款", "guarantee", "保证通过", "exact"),  # traditional
        ("ＢＡＯＧＵＯ", "guarantee", "包过", "pinyin"),  # full width + case
        ("包 包 包 過過", "guarantee", "包过", "exact"),  # spaces, repeats, traditional
        ("包\u200b过", "guarantee", "包过", "exact"),  # zero-width
        ("包😀过，放心", "guarantee", "包过", "exact"),  # emoji
        ("稳、赚、不、赔", "guarantee", "稳赚不赔", "exact"),  # CJK punctuation
        ("①⓪⓪%通过", "guarantee", "100%通过", "exact"),  # number styles: circled digits
        ("壹零零%通过率", "guarantee", "100%通过率", "exact"),
        ("bztg的，老板放心", "guarantee", "保证通过", "initials"),
        ("wen zhuan bu pei", "guarantee", "稳赚不赔", "pinyin"),
        ("老规矩，hui kou 照给", "bribery", "回扣", "pinyin"),
        ("包guo的", "guarantee", "包过", "mixed"),
        ("我们宝过", "guarantee", "包过", "homophone"),
        ("加个威信聊", "contact_leak", "加个微信", "homophone"),
        ("K-I-C-K-B-A-C-K for you", "bribery", "kickback", "exact"),
        ("we offer Guaranteed Returns", "guarantee", "guaranteed returns", "exact"),
    ],
)
def test_evasions_are_undone(text: str, category: str, term: str, variant: str) -> None:
    hits = [h for h in scan_text(text).hits if h.category == category]
    assert hits, f"nothing found in {text!r}"
    assert (hits[0].term, hits[0].variant) == (term, variant)


def test_offsets_point_into_the_original_text() -> None:
    text = "王总：這批貨我們 包，包 過  的!"
    result = scan_text(text)
    (hit,) = result.hits
    assert text[hit.start : hit.end] == hit.matched == "包，包 過"
    assert result.highlighted() == "王总：這批貨我們 【包，包 過】  的!"
    assert result.max_severity == "high"


@pytest.mark.parametrize(
    "text",
    [
        "这款是100%纯棉的，手感很好",
        "保本价给您了，真的没有利润",
        "我们收10%的保证金，发货前付尾款",
        "货已经打包过来了，明天到",
        "包装用五层瓦楞纸箱",
        "100% T/T before shipment, or 30% deposit",
        "We guarantee the quality for 12 months",
        "贵司的对手 ABC 公司报价是多少我们不清楚，但我们的交期更短",
        "Li Jin from purchasing will call you tomorrow",
        "包裹已经签收了",
        "这个月会扣款吗？",
        "The side table and the desk ship together",
        "请发邮件到 purchasing@abc-imports.com",
        "订单号 PO-2024-11-0087，金额 USD 12,500",
    ],
)
def test_hard_negatives_stay_clean(text: str) -> None:
    assert scan_text(text).hits == ()


def test_sentence_break_stops_a_match() -> None:
    assert _terms("我们包。过几天再说") == set()
    assert ("guarantee", "包过") in _terms("我们包，过")


def test_english_terms_need_word_boundaries() -> None:
    assert _terms("a bribery case") == {("bribery", "bribery")}
    assert _terms("tribes and bribes") == {("bribery", "bribes")}
    assert _terms("the idiotic design") == set()  # 'idiot' inside a longer word


def test_same_category_keeps_the_longest_hit() -> None:
    terms = _terms("稳赚不赔的生意")
    assert terms == {("guarantee", "稳赚不赔")}


def test_normalize_and_collapse_map_agree() -> None:
    text = "Ｈｅｌｌｏ，，  包包過！"
    folded = translate(text)
    assert len(folded) == len(text)
    collapsed = normalize(text)
    cmap = collapse_map(folded)
    assert len(cmap.starts) == len(collapsed) == len("helo包过\n")
    start, end = cmap.span(4, 6)
    assert text[start:end] == "包包過"

"""Pinyin written inside Chinese text: read back as characters, only for whole-word runs of lexicon words."""

from __future__ import annotations

import pytest

from assistant.compliance import scan_text
from assistant.compliance.matcher import get_matcher
from assistant.compliance.pinyin_view import PinyinView
from assistant.compliance.semantic import unsplit


def test_view_writes_known_runs_as_characters_with_the_same_length() -> None:
    view = PinyinView(["垃圾货", "保证收益"])
    text = "这批 la ji huo 别要"
    out = view.view(text)
    assert out is not None and len(out) == len(text)
    assert out.replace("\u200b", "") == "这批 垃圾货 别要"
    assert view.view("bao zheng shou yi") is None  # no Chinese character: an English or pinyin-only text


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("竞品那家的东西就是 la ji huo，别碰", "competitor_slander"),
        ("这个认证我们 bao guo，放心", "guarantee"),
        ("你这个 chun huo，看不懂合同吗", "abuse"),
    ],
)
def test_pinyin_runs_inside_chinese_are_caught(text: str, category: str) -> None:
    hits = [h for h in scan_text(text).hits if h.category == category]
    assert hits, f"nothing found in {text!r}"
    assert all(text[h.start : h.end] == h.matched for h in hits)


@pytest.mark.parametrize(
    "text",
    [
        "客户 Zhang Wei 下周来厂里看货。",  # a pinyin name
        "我们按 la ji fen lei 的要求回收包装。",  # 垃圾分类: allowed as written
        "这款是 Li Na 推荐的型号 A3 pro。",
        "New model HX 300 pro ships in May.",
    ],
)
def test_names_and_innocent_latin_in_chinese_stay_clean(text: str) -> None:
    assert scan_text(text).hits == ()


def test_unsplit_joins_han_line_breaks_and_reads_pinyin_for_the_embedding() -> None:
    m = get_matcher()
    assert unsplit("黑\n人客户不给账期", m) == "黑人客户不给账期"
    assert unsplit("产品 la ji 一个", m) == "产品 垃圾 一个"
    assert unsplit("第一行。\nSecond line", m) == "第一行。\nSecond line"


def test_a_capitalised_pinyin_name_is_not_read_as_a_word() -> None:
    assert scan_text("陈总，Li Jin from our purchasing team will call you").hits == ()  # not 礼金
    assert get_matcher().pinyin.view("陈总，Li Jin 下午到") is None
    assert get_matcher().pinyin.view("陈总，li jin 下午到") is not None


@pytest.mark.parametrize(
    "text",
    [
        "La ji 一个，别买他们家的",  # opens the message, capitalised
        "他们家的 LA JI 产品别碰",  # all capitals
        "他们家的 lā jī 产品别碰",  # tone marks
        "他们家的 la\u0304 ji\u0304 产品别碰",  # combining tone marks
    ],
)
def test_capitalised_opening_and_tone_marked_pinyin_is_read_back(text: str) -> None:
    view = get_matcher().pinyin.view(text)
    assert view is not None and len(view) == len(text) and "垃圾" in view.replace("\u200b", "")
    assert "competitor_slander" in {h.category for h in scan_text(text).hits}


def test_a_title_case_name_opening_a_longer_run_is_still_a_name() -> None:
    assert get_matcher().pinyin.view("Li Jin 明天到，wang zong 也来") is None
    assert scan_text("Li Jin from purchasing 明天到").hits == ()

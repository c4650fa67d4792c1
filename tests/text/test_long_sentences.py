"""A raw speech-to-text dump without punctuation is cut into sentence-sized pieces, at exact offsets."""

from __future__ import annotations

from assistant.text.conversation import parse_conversation
from assistant.text.long_sentences import MAX_CHARS, MAX_UNITS, size, split_long

ZH = "那个价格的话我们这边最多给到三十九块五然后数量的话五千个交期大概是下个月十五号之前没有问题另外质量方面上次那批有漏粉的情况"
EN = "so the price we can do is about four twenty per unit and then the quantity would be five thousand pieces but delivery is tight "


def _pieces(text: str) -> list[str]:
    return [text[a:b] for a, b in split_long(text, 0, len(text))]


def test_a_short_sentence_is_left_whole() -> None:
    text = "我们这次要5000条，需要OEKO-TEX认证"
    assert split_long(text, 0, len(text)) == [(0, len(text))]


def test_an_unpunctuated_chinese_dump_is_cut_at_discourse_words() -> None:
    text = ZH * 40
    pieces = _pieces(text)
    assert len(pieces) > 10
    assert "".join(pieces) == text  # nothing lost, nothing added: offsets are exact
    assert all(size(p) <= MAX_UNITS for p in pieces)
    starts = [p[:2] for p in pieces[1:]]
    assert sum(s in ("然后", "另外", "那个") for s in starts) >= len(starts) // 2  # soft boundaries preferred


def test_an_unpunctuated_english_dump_is_cut_between_words() -> None:
    text = (EN * 60).strip()
    spans = split_long(text, 0, len(text))
    assert all(size(text[a:b]) <= MAX_UNITS for a, b in spans)
    for a, b in spans:
        assert not text[a].isspace() and not text[b - 1].isspace()
        assert a == 0 or not text[a - 1].isalnum()  # never inside a word
        assert b == len(text) or not text[b].isalnum()


def test_a_run_without_any_boundary_is_still_cut() -> None:
    text = "啊" * 1000
    assert all(size(text[a:b]) <= MAX_UNITS for a, b in split_long(text, 0, len(text)))


def test_the_parser_cuts_a_ten_thousand_character_turn_and_keeps_its_speaker() -> None:
    body = (ZH * 200)[:10000]
    parsed = parse_conversation("客户：" + body)
    assert len(parsed.sentences) > 100
    assert all(size(s.text) <= MAX_UNITS for s in parsed.sentences)
    assert {s.speaker for s in parsed.sentences} == {"客户"}
    source = "客户：" + body
    assert all(source[s.start : s.end] == s.text for s in parsed.sentences)


def test_one_enormous_word_is_cut_into_windows() -> None:
    text = "a" * 20000
    spans = split_long(text, 0, len(text))
    assert spans[0] == (0, MAX_CHARS) and spans[-1][1] == len(text)
    assert all(b - a <= MAX_CHARS for a, b in spans)


def test_pieces_without_a_word_are_left_out() -> None:
    for text in ("😀" * 10000, ":" * 10000, "客户：" + "😀" * 3000 + "我们要五千个"):
        spans = split_long(text, 0, len(text))
        assert all(size(text[a:b]) > 0 for a, b in spans)
    text = "😀" * 3000 + "我们要五千个"
    assert [text[a:b] for a, b in split_long(text, 0, len(text))][-1].endswith("我们要五千个")

"""One language rule for the agent, the summaries and the script library."""

from __future__ import annotations

from assistant.text.language import detect_language, is_short, normalize


def test_language_of_mixed_questions() -> None:
    assert detect_language("王总那边最近怎么样") == "zh"
    assert detect_language("Atlas Trading 最近怎么样") == "zh"
    assert detect_language("how is 鑫和 doing?") == "en"
    assert detect_language("which of my deals are stuck?") == "en"


def test_detect_language() -> None:
    assert detect_language("客户嫌贵") == "zh" and detect_language("too expensive") == "en"


def test_single_letters_are_not_words_and_empty_text_is_english() -> None:
    assert detect_language("客户A和客户B") == "zh"
    assert detect_language("") == "en" and detect_language(None) == "en"


def test_normalize_folds_full_width_and_spaces() -> None:
    assert normalize("  Ｑ３　的  预测 ") == "Q3 的 预测"


def test_is_short_counts_characters_in_chinese_and_words_in_english() -> None:
    assert is_short("按人排一下", 8, 4) and not is_short("按销售和类别分别排一下再看看", 8, 4)
    assert is_short("by category?", 8, 4) and not is_short("by category and by rep please", 8, 4)

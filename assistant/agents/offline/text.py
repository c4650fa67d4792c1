"""Small text helpers of the offline engine: normalisation, language detection, Chinese numerals."""

from __future__ import annotations

import re
import unicodedata

from assistant.summaries.numbers import cn_to_int as parse_cn_int

CJK = re.compile(r"[\u3400-\u9fff]")
CN_NUMBER = "[0-9零〇一二两俩三四五六七八九十百千]+"


def normalize(text: str) -> str:
    """Fold full-width characters to half-width (NFKC) and collapse whitespace, keeping case."""
    text = unicodedata.normalize("NFKC", text)
    return re.sub(r"\s+", " ", text).strip()


def detect_language(text: str) -> str:
    """Return ``"zh"`` or ``"en"``: Chinese when CJK characters are at least as many as English words.

    A Chinese question naming an English company ("Atlas Trading 最近怎么样") is Chinese; an
    English question naming a Chinese company ("how is 鑫和 doing?") is English.
    """
    cjk = len(CJK.findall(text))
    if not cjk:
        return "en"
    words = len(re.findall(r"[A-Za-z]{2,}", text))
    return "zh" if cjk >= words else "en"


def cn_to_int(token: str) -> int | None:
    """Convert an Arabic or Chinese numeral ("30", "三十", "十五", "两") to an int; None if it is not one."""
    token = token.strip().replace("〇", "零").replace("俩", "两")
    if not token:
        return None
    try:
        return parse_cn_int(token)
    except ValueError:
        return None


EN_NUMBERS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "fifteen": 15, "twenty": 20, "thirty": 30, "sixty": 60, "ninety": 90, "a": 1, "an": 1,
}  # fmt: skip


def en_to_int(token: str) -> int | None:
    """Convert "30" or a small English number word ("two", "thirty") to an int; None otherwise."""
    token = token.strip().lower()
    if token.isdigit():
        return int(token)
    return EN_NUMBERS.get(token)

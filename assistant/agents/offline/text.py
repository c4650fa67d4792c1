"""Small text helpers of the offline engine: normalisation, language detection, Chinese numerals."""

from __future__ import annotations

import re
import unicodedata

CJK = re.compile(r"[\u3400-\u9fff]")
_CN_DIGITS = {
    "零": 0,
    "〇": 0,
    "一": 1,
    "二": 2,
    "两": 2,
    "俩": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}
_CN_UNITS = {"十": 10, "百": 100, "千": 1000}
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
    token = token.strip()
    if not token:
        return None
    if token.isdigit():
        return int(token)
    total, current = 0, 0
    for ch in token:
        if ch in _CN_DIGITS:
            current = _CN_DIGITS[ch]
        elif ch in _CN_UNITS:
            total += (current or 1) * _CN_UNITS[ch]
            current = 0
        else:
            return None
    return total + current


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

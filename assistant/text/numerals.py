"""Chinese and English numerals: "十五", "两千五", "1.5万", "3k", "thirty" → numbers."""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

CN_DIGITS = {
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
CN_UNITS = {"十": 10, "百": 100, "千": 1000, "万": 10000}
CN_NUMBER = "[0-9零〇一二两俩三四五六七八九十百千]+"
"""A regex for an Arabic or Chinese whole number up to the thousands (no 万)."""

EN_ONES = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19,
}  # fmt: skip
"""English number words one to nineteen (the one table; readers choose which of them their patterns accept)."""
EN_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
"""English tens words twenty to ninety."""

EN_NUMBERS = {**EN_ONES, **EN_TENS, "a": 1, "an": 1}
"""Number words :func:`en_to_int` reads: one to nineteen, the tens, "a"/"an"."""


def cn_to_int(text: str) -> int:
    """Convert "15", "十五", "两千五", "三万" or "1.5万" style numbers to an int.

    Raises:
        ValueError: when ``text`` is not a number.
    """
    return int(cn_to_decimal(text))


def cn_to_decimal(text: str) -> Decimal:
    """Like :func:`cn_to_int` but keeps decimals ("1.5万" -> 15000, "3.2" -> 3.2).

    Raises:
        ValueError: when ``text`` is not a number.
    """
    text = text.strip().replace(",", "")
    mult = Decimal(1)
    if text.endswith("万") and re.fullmatch(r"[\d.]+万", text):
        mult, text = Decimal(10000), text[:-1]
    if text.lower().endswith("k") and re.fullmatch(r"[\d.]+k", text, re.I):
        mult, text = Decimal(1000), text[:-1]
    try:
        return Decimal(text) * mult
    except InvalidOperation:
        pass
    if not text or any(ch not in CN_DIGITS and ch not in CN_UNITS for ch in text):
        raise ValueError(f"not a number: {text!r}")
    total, section, digit = 0, 0, 0
    for ch in text:
        if ch in CN_DIGITS:
            digit = CN_DIGITS[ch]
        elif ch == "万":
            total += (section + digit) * 10000
            section, digit = 0, 0
        else:
            section += (digit or 1) * CN_UNITS[ch]
            digit = 0
    tail = digit
    if len(text) >= 2 and text[-1] in CN_DIGITS and text[-2] in "百千万":  # 两千五 = 2500
        tail = digit * {"百": 10, "千": 100, "万": 1000}[text[-2]]
    return Decimal(total + section + tail) * mult


def read_int(token: str) -> int | None:
    """Convert an Arabic or Chinese numeral ("30", "三十", "十五", "两") to an int; None if it is not one."""
    try:
        return cn_to_int(token) if token.strip() else None
    except ValueError:
        return None


def en_to_int(token: str) -> int | None:
    """Convert "30" or an English number word to 99 ("two", "eleven", "thirty", "twenty-one") to an int; None otherwise."""
    token = token.strip().lower()
    if token.isdigit():
        return int(token)
    tens, _, ones = token.partition("-")  # "twenty-one"
    if ones and tens in EN_TENS and ones in EN_ONES and EN_ONES[ones] < 10:
        return EN_TENS[tens] + EN_ONES[ones]
    return EN_NUMBERS.get(token)

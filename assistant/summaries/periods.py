"""A period said in words, in days: "三十天", "两周", "a week", "5 working days", "3-4 weeks" (issue 14).

Lead times, approval processes and the days between a signing and its deposit are all said this way; they
are added up as calendar days. A range counts by its top ("3-4周" → 28), a month is 30 days, a week 7 (周,
星期, 礼拜), and working days are weeks of five: "五个工作日" → 7, "3 business days" → 4.
"""

from __future__ import annotations

import re

from assistant.text.numerals import en_to_int, read_int

_PER = (("月", 30), ("month", 30), ("周", 7), ("星期", 7), ("礼拜", 7), ("week", 7))


def period_days(n: str, unit: str, default: int = 0) -> int:
    """Return the calendar days of ``n`` ``unit``s; ``default`` when ``n`` is no number ("an" → ``default``).

    Examples: ("三十", "天") → 30; ("两", "周") → 14; ("5", "working days") → 7; ("3-4", "weeks") → 28.
    """
    top = n if en_to_int(n) is not None else re.split(r"\s*[-–~到至]\s*", n)[-1]  # "forty-five"; "3-4" by its top
    value = (read_int(top) if re.match(r"[\d一二两三四五六七八九十]", top) else en_to_int(top)) or default
    unit = unit.lower()
    if "工作日" in unit or "working" in unit or "business" in unit:
        return round(value * 7 / 5)
    return value * next((days for word, days in _PER if word in unit), 1)

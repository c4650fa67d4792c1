"""Forward-looking windows in Chinese and English ("未来两周" → 14 days, "next 30 days" → 30).

Split from :mod:`assistant.text.period_phrases` (which re-exports :func:`find_horizon_days`).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from assistant.text import lazy_re
from assistant.text.calendar_words import month_end, quarter_of
from assistant.text.numerals import CN_NUMBER, en_to_int, read_int

EN_NUM = r"(\d+|one|two|three|four|five|six|seven|eight|nine|ten|fifteen|twenty|thirty|sixty|ninety)"


_HORIZON: list[tuple[re.Pattern[str], Callable[[re.Match[str], dt.date], int]]] = [
    (
        lazy_re.compile(
            rf"(?:未来|接下来|之后|今后|近)\s*({CN_NUMBER})\s*(?:天|日)|({CN_NUMBER})\s*(?:天|日)\s*(?:内|以内|之内)"
        ),
        lambda m, t: read_int(m[1] or m[2]) or 30,
    ),
    (
        lazy_re.compile(
            rf"(?:未来|接下来|近)\s*({CN_NUMBER})\s*(?:个)?(?:星期|周)|({CN_NUMBER})\s*(?:个)?(?:星期|周)\s*(?:内|以内|之内)"
        ),
        lambda m, t: 7 * (read_int(m[1] or m[2]) or 1),
    ),
    (
        lazy_re.compile(rf"(?:未来|接下来)\s*({CN_NUMBER})\s*个月|({CN_NUMBER})\s*个月\s*(?:内|以内|之内)"),
        lambda m, t: 30 * (read_int(m[1] or m[2]) or 1),
    ),
    (
        lazy_re.compile(rf"(?:next|within|in the next|coming)\s+{EN_NUM}\s+days?", re.I),
        lambda m, t: en_to_int(m[1]) or 30,
    ),
    (
        lazy_re.compile(rf"(?:next|within|in the next|coming)\s+{EN_NUM}\s+weeks?", re.I),
        lambda m, t: 7 * (en_to_int(m[1]) or 1),
    ),
    (
        lazy_re.compile(rf"(?:next|within|in the next|coming)\s+{EN_NUM}\s+months?", re.I),
        lambda m, t: 30 * (en_to_int(m[1]) or 1),
    ),
    (lazy_re.compile(r"下周|下个?星期|一周内|本周|这周|next week|this week", re.I), lambda m, t: 7),
    (lazy_re.compile(r"两周|半个月|next two weeks|fortnight", re.I), lambda m, t: 14),
    (
        lazy_re.compile(r"本月|这个月|月底前|this month|by the end of the month", re.I),
        lambda m, t: max(1, month_end(t.year, t.month).day - t.day),
    ),
    (lazy_re.compile(r"下个?月|一个月内|next month|within a month", re.I), lambda m, t: 30),
    (
        lazy_re.compile(r"本季度?|这个季度|this quarter", re.I),
        lambda m, t: max(1, (dt.date(t.year + (t.month > 9), quarter_of(t) * 3 % 12 + 1, 1) - t).days - 1),
    ),
    (lazy_re.compile(r"下个?季度|next quarter", re.I), lambda m, t: 90),
]


def find_horizon_days(text: str, today: dt.date) -> int | None:
    """Return a forward-looking window in days ("未来两周" → 14, "next 30 days" → 30), or None."""
    for pattern, build in _HORIZON:
        m = pattern.search(text)
        if m:
            return build(m, today)
    return None

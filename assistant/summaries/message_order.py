"""Messages in the order they were said: an email thread pasted newest first is read oldest first.

A message's stamp is its date and time ("2031-06-02 21:05"); times are compared as times, not as
strings ("9:05" before "21:05", "8:15 pm" after "9:40 am", "晚上7:10" after "上午10:20"). Sentences
with a stamp missing or unreadable keep the order they were pasted in.
"""

from __future__ import annotations

import re

from assistant.text import lazy_re
from assistant.text.conversation import Sentence

_STAMP = lazy_re.compile(
    r"^\s*(?:(?P<date>\d{4}-\d{1,2}-\d{1,2})\s*)?(?P<part>上午|下午|晚上|中午|凌晨)?\s*"
    r"(?P<h>\d{1,2}):(?P<m>\d{2})(?::(?P<s>\d{2}))?(?:\s*(?P<ap>[ap])\.?m\.?)?\s*$",
    re.I,
)


def when(stamp: str) -> tuple[tuple[int, ...], int] | None:
    """Return ``stamp`` as (date as numbers, seconds into the day), or ``None`` when it is no date and time.

    "2031-06-02 9:05" → ((2031, 6, 2), 32700); "8:15 pm" → ((), 72900).
    """
    m = _STAMP.match(stamp)
    if m is None:
        return None
    hour, minute, ap = int(m["h"]), int(m["m"]), (m["ap"] or "").lower()
    if hour < 12 and (ap == "p" or m["part"] in ("下午", "晚上")):
        hour += 12
    elif hour == 12 and (ap == "a" or m["part"] == "凌晨"):
        hour = 0
    day = tuple(int(x) for x in m["date"].split("-")) if m["date"] else ()
    return day, hour * 3600 + minute * 60 + int(m["s"] or 0)


def in_time_order(sentences: list[Sentence]) -> list[Sentence]:
    """Return the sentences oldest first: an email thread pasted newest first is read in the order it was said.

    Args:
        sentences: The conversation's sentences as pasted.

    Returns:
        The sentences sorted by their stamps (stable), or as given when a stamp is missing or unreadable.
    """
    keys = [when(s.timestamp) if s.timestamp else None for s in sentences]
    if not sentences or None in keys or len({bool(k[0]) for k in keys if k}) > 1:
        return sentences
    order = sorted(range(len(sentences)), key=lambda i: keys[i])  # type: ignore[arg-type,return-value]
    return [sentences[i] for i in order]

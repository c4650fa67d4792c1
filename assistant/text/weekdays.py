"""Which date a weekday names: the next such day, never the day it is said on, unless a date or "了" pins it.

"by Wednesday" said on a Wednesday is next week's Wednesday (today would be "today"); "this Wednesday"
/ "这周三" is this week's, "last Monday" / "上周一" last week's. A weekday written beside a date
("Thursday 10 Dec", "2026-11-19（周四）", "Monday, 14 June") is that date's, and "周一了" / "it's Monday"
says what day it is now: the latest such day up to the day it is said; so do "今天是周三", "周三也就是今天"
and "today, Wednesday", and a later bare Wednesday of the same sentence is that same day. Only a short
window around each weekday is read, so long texts stay linear.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from typing import Protocol, TypeVar

from assistant.text import lazy_re
from assistant.text.calendar_words import DAY


class _Mention(Protocol):
    """A date mention (:class:`assistant.text.dates.DateMention`): where it is, what it says, its date."""

    start: int
    end: int
    text: str
    date: dt.date


M = TypeVar("M", bound=_Mention)

_WEEKDAY = lazy_re.compile(
    r"^(?:(?:周|星期|礼拜)[一二三四五六日天]|(?:mon|tues|wednes|thurs|fri|satur|sun)day|mon|tue|wed|thu|fri)$",
    re.I,
)
_BESIDE = lazy_re.compile(r"^[\s,，、()（）]{0,3}$")  # "Thursday 10 Dec", "11-19（周四）", "Monday, 14 June"
_ISO_BEFORE = lazy_re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})[\s,，、(（]{0,3}$")
_NOW_BEFORE = lazy_re.compile(  # "今天是周三", "today, Wednesday": today's name
    r"(?:\b(?:it's|it is|today is|today's|today,)|今天是?|今儿是?)\s*$", re.I
)
_NOW_AFTER = lazy_re.compile(r"^(?:了|[，,\s]*(?:也就是|就是|即)今天)")  # "周一了哈", "周三也就是今天"
# a sentence ends: a repeated weekday after it is no longer the same day
_STOP = lazy_re.compile(r"[。！？!?；;\n]|\.\s")
_WINDOW = 24  # characters before a weekday that can hold its date or "today is"


def weekday_date(ref: dt.date, wd: int, rel: str) -> dt.date:
    """Return the date of weekday ``wd`` (0 = Monday) said on ``ref`` with ``rel`` ("下", "next", "this", "上" …).

    A bare weekday ("周三", "by Friday", "coming Friday") is the next such day after ``ref``.
    """
    monday = ref - dt.timedelta(days=ref.weekday())
    if rel in {"下下", "下下个"}:
        return monday + dt.timedelta(days=14 + wd)
    if rel in {"下", "下个", "next"}:
        return monday + dt.timedelta(days=7 + wd)
    if rel in {"这", "这个", "本", "this"}:
        return monday + dt.timedelta(days=wd)
    if rel in {"上", "上个", "last"}:
        return monday + dt.timedelta(days=wd - 7)
    cand = monday + dt.timedelta(days=wd)
    return cand if cand > ref else cand + 7 * DAY


def _iso(m: re.Match[str] | None) -> dt.date | None:
    try:
        return dt.date(int(m[1]), int(m[2]), int(m[3])) if m else None
    except ValueError:  # "2026-13-40": no date, nothing to pin
        return None


def pin_weekdays(found: list[M], text: str, ref: dt.date) -> list[M]:
    """Date each bare weekday of ``found`` (sorted by position) by the date written beside it, or as today's name.

    Args:
        found: The date mentions of ``text``, in order.
        text: The searched text.
        ref: The day it was said.

    Returns:
        ``found`` with a weekday next to a date given that date, and "周一了" / "it's Monday" the latest such day.
    """
    out = list(found)
    pinned: dict[int, tuple[int, dt.date]] = {}  # weekday -> (end, date) of the last one named as today
    for i, d in enumerate(out):
        if not _WEEKDAY.match(d.text.strip()):
            continue
        near = [
            o
            for o in (out[i - 1] if i else None, out[i + 1] if i + 1 < len(out) else None)
            if o is not None
            and not _WEEKDAY.match(o.text.strip())
            and _BESIDE.match(text[min(o.end, d.end) : max(o.start, d.start)])
            and o.date.weekday() == d.date.weekday()
        ]
        before, wd = text[max(0, d.start - _WINDOW) : d.start], d.date.weekday()
        if (iso := _iso(_ISO_BEFORE.search(before))) and iso.weekday() == wd:
            out[i] = replace(d, date=iso)  # "2026-11-19（周四）": the parser reads no ISO date
        elif near:
            out[i] = replace(d, date=near[0].date)
        elif _NOW_AFTER.match(text[d.end : d.end + _WINDOW]) or _NOW_BEFORE.search(before):
            out[i] = replace(d, date=d.date - 7 * DAY * -(-(d.date - ref).days // 7))
        elif wd in pinned:
            if _STOP.search(text[pinned[wd][0] : d.start]):
                del pinned[wd]  # another sentence: "下一批周三到" is next week's
            else:
                out[i] = replace(d, date=pinned[wd][1])  # "今天是周三，周三下午发您": the same Wednesday
        if out[i].date != d.date:
            pinned[wd] = (d.end, out[i].date)
    return out

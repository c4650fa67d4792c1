"""Corrected counts: of "1,800 beds instead of 1,500" or "由四台改为三台", the need is the new count.

A customer who changes a count names both figures in one sentence: "make it 900 crates instead of
700", "the cabinets go from 12 to 9 units", "托盘由500个改为450个", "5000个改成8000个", "(was 5,000)", "(corrected from 10)", "不要十台了，八台就够", "90 stools were cut
to 55", "不对不对 八台……放不下十台" (a line that opens by correcting itself: its first count holds), "两台 哦不 三台",
"12 pallets... wait no 15" (corrected on the spot: the count right after the cue holds).
The earlier figure is what no longer holds; a need carries the corrected one only (and is not two
needs, one per count).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol

from assistant.text import lazy_re


class Count(Protocol):
    """A count found in a sentence: where it is."""

    start: int
    end: int


# the old figure comes right after these words: "instead of 700", "up from 1,500", "(was 5,000)", "原来要四台"
_OLD_AFTER = lazy_re.compile(
    r"(?:\b(?:instead of|rather than|up from|down from|(?:reduced|increased|corrected|changed|revised|cut|cutting|"
    r"lowered|raised|bumped(?: up)?|dropped|trimmed|going|went|gone) from|was|were|originally|"
    r"previously|not)|原来(?:说|定|订)?(?:的|是|要)?|原先(?:说)?(?:的|是|要)?|本来(?:说)?(?:要|是)?|"
    r"之前(?:说)?(?:的|是|要)?|由|从|不要|不是|不用)\s*(?:about\s+|the\s+)?$",
    re.I,
)
# the old figure comes right before these words: "5000个改成8000个", "800→650", "12 to 9" (after "from")
_NEW_BEFORE = lazy_re.compile(
    r"^\s*(?:改成|改为|改到|增至|增加到|加到|减到|减少到|减至|降到|调整为|调整到|调到|变成|换成|→|->|=>)",
    re.I,
)
_FROM_TO = lazy_re.compile(r"\bfrom\s+$", re.I)
# the earlier figure comes before its change in one clause: "the 70 stools we asked for were cut to 55"
_CHANGED_TO = lazy_re.compile(
    r"^[^.;!?。；,，]{0,40}?\b(?:has been|have been|was|were|is|are|got|gets)?\s*(?:cut|reduced|lowered|increased|raised|"
    r"bumped up|brought down|changed|revised|trimmed|dropped)\s+(?:down\s+|up\s+)?to\b",
    re.I,
)
# a line that opens by correcting itself: "不对不对 八台", "wait no 14", "scratch that, make it 420"
CORRECTS = lazy_re.compile(
    r"^\W*(?:不对|说错了|更正|纠正|\bwait,?\s+no\b|\bno wait\b|\bscratch that\b|\bcorrection\b|\bsorry,?\s+I meant\b)",
    re.I,
)
_TO = lazy_re.compile(r"^\s*(?:[a-z-]+\s+)?to\s+\d", re.I)
# a count corrected on the spot, the right one right after: "两台 哦不 三台", "12 pallets... wait no 15", "先说四套，改口五套";
# "I mean" only after another cue ("sorry, I mean 80"): alone it may clarify ("300 units, I mean 100 a month")
_SELF_FIX = lazy_re.compile(
    r"[\s，,.。…!！~～]*(?:(?:哦不|啊不|呃不|不对不对|不对|说错了|改口|\bwait,?\s+no\b|\bno wait\b|\bsorry\b|"
    r"\bmake (?:it|that)\b)[\s，,.。…!！~～:：]*)+(?:\bI mean\b[\s,]*)?$",
    re.I,
)
# "we cut the dryers from 14 to 11 units" changes a count; "we need from 100 to 200 pieces" names a range
_CHANGE = lazy_re.compile(
    r"\b(?:cut|reduc\w*|lower\w*|rais\w*|increas\w*|decreas\w*|go(?:es|ing)?|went|gone|chang\w*|bump\w*|drop\w*|"
    r"mov\w*|revis\w*|adjust\w*|trim\w*|scal\w*|up|down|bring\w*|brought|push\w*|shift\w*|grow\w*|shrink\w*)\b",
    re.I,
)


def _unit(value: str) -> str:
    return value.split(maxsplit=1)[1] if " " in value else ""


def _figure(value: str) -> float:
    try:
        return float(value.split(maxsplit=1)[0])
    except ValueError:
        return 0.0


def old_counts(text: str, counts: Sequence[Count], values: Sequence[str]) -> set[int]:
    """Return the indexes of ``counts`` (``values`` their figures) that are the earlier figure of a change in ``text``.

    Only when another count of the sentence remains: "原来要四台" alone still says what was asked; a
    count changed into one of another unit ("1.5米改成800张") names the item, not the earlier figure; of
    "500 chairs, not 300 tables" both hold, and "from 100 to 200 pieces" is a range unless a word of
    change says otherwise ("cut from 14 to 11 units", or the figures go down).
    """
    old = _corrected(text, counts, values)
    for i, c in enumerate(counts):
        before, after = text[: c.start], text[c.end :]
        if i + 1 < len(counts) and _SELF_FIX.match(text, c.end, counts[i + 1].start) and (
            _unit(values[i + 1]) in (_unit(values[i]), "pcs")
        ):
            old.add(i)  # "搅拌机两台 哦不 三台", "12 pallets... wait no 15": corrected on the spot
        elif _FROM_TO.search(before) and _TO.match(after):
            ascends = i + 1 < len(counts) and _figure(values[i]) < _figure(values[i + 1])
            if not ascends or _CHANGE.search(before):
                old.add(
                    i
                )  # "from 12 to 9 units", "raise it from 100 to 200 pieces"; not the range "from 100 to 200 pieces"
        elif _OLD_AFTER.search(before):
            if _unit(values[i]) in ("pcs", "") or any(
                _unit(v) == _unit(values[i]) for j, v in enumerate(values) if j != i
            ):
                old.add(i)  # "500 chairs, not 300" (not "500 chairs, not 300 tables": those are wanted too)
        elif _NEW_BEFORE.match(after) and i + 1 < len(counts) and _unit(values[i]) == _unit(values[i + 1]):
            old.add(i)  # "5000个改成8000个"
        elif (
            _CHANGED_TO.match(after)
            and i + 1 < len(counts)
            and _unit(values[i + 1]) in (_unit(values[i]), "pcs")
        ):
            old.add(i)  # "the 70 stools we asked for were cut to 55"
    return old if len(old) < len(counts) else set()


def _corrected(text: str, counts: Sequence[Count], values: Sequence[str]) -> set[int]:
    """Of a line opening with a correction, the later counts of the first one's thing with another figure.

    A later count is the earlier figure only when it counts the same thing (an English noun, or the same
    Chinese noun after the measure word) or a marker says so ("不是十一台", "not 10"); "不对，我们要十台风机，
    还要五台水泵" names two products, both wanted.
    """
    if not values or not CORRECTS.search(text):
        return set()
    first = values[0]
    old = set()
    for j, v in enumerate(values):
        if not j or _unit(v) != _unit(first) or _figure(v) == _figure(first):
            continue
        if _OLD_AFTER.search(text, 0, counts[j].start) or (
            not ADDS.search(text, counts[0].end, counts[j].start) and _same_noun(text, counts[0], counts[j], v)
        ):
            old.add(j)
    return old


def _same_noun(text: str, a: Count, b: Count, value: str) -> bool:
    """Whether two counts of one unit count the same thing: an English noun, or one Chinese noun after both."""
    unit = _unit(value)
    if unit and unit != "pcs" and re.match(r"[a-z]", unit, re.I):
        return True
    noun_a, noun_b = (_ZH_NOUN.match(text, c.end) for c in (a, b))
    return (noun_a[0] if noun_a else "") == (noun_b[0] if noun_b else "")


# a line adding another item, not correcting the count: "还要五台水泵", "also 4 crates of cables"
ADDS = lazy_re.compile(r"还要|还有|也要|再加|also|plus|as well", re.I)
_ZH_NOUN = lazy_re.compile(r"(?![还也要的是不])[\u4e00-\u9fff]{1,2}")


def current_values(text: str, counts: Sequence[Count], values: Sequence[str]) -> list[str]:
    """Return ``values`` (one per count, in order) without the earlier figures of a change."""
    old = old_counts(text, counts, values)
    return [v for i, v in enumerate(values) if i not in old]


def figure_changed(text: str) -> bool:
    """Whether ``text`` changes a figure with one of the words that mark it ("改成", "instead of", "from … to")."""
    return bool(CHANGED.search(text) or CORRECTS.search(text))


CHANGED = lazy_re.compile(
    r"改成|改为|增至|减到|减为|减至|减少到|增加到|加到|降到|instead of|\bfrom\s+\S+\s+to\b|\bmake (?:it|that)\b|"
    r"\b(?:corrected|changed|cut|reduced|lowered|raised|increased|down|up) from\b|"
    r"\b(?:cut|reduc\w*|lower\w*|rais\w*|increas\w*|bump\w*)\b(?:\s+(?!to\b)[\w-]+){0,3}?(?:\s+(?:up|down))?\s+to\s+\w",
    re.I,
)

r"""Evasions the one-pass normalisation leaves open: tag characters, words split by breaks, leetspeak.

* Unicode tag characters (U+E0000–E007F) are invisible; the translation tables make
  them ignorable like zero-width characters (:mod:`assistant.compliance.normalize`).
* A sentence break (。！？!?; or a line break) stops every term so "我们包。过几天" is
  clean. Two writings still break a word on purpose: a line break inside a term
  ("保\n证收益") and a break after every character ("保。证。收。益", "保!证!收!益").
  :func:`second_look` offers the text again with breaks made ignorable, and its
  :meth:`Look.accepts` keeps a hit only when the breaks inside it are one or two line
  breaks in a term of three or more characters, one bare line break between the two
  characters of a two-character term ("蠢\n货", not on lines shaped like form fields), or one
  break between every character (for a two-character term, the characters around it must be
  spelled out the same way).
* Leetspeak ("p@ss", "gu@rantee", "k1ckback", "1d1ot") needs no second look: the
  automaton holds leet variants of the Latin terms and cues (:func:`~assistant.compliance.expand.leet_variants`).

Each look is length-preserving, so offsets still refer to the original text. The gates
are cheap (a substring test and two regex searches), so clean messages pay almost nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from assistant.compliance.normalize import BREAK, IGNORED, match_table, normalize
from assistant.compliance.result import Hit
from assistant.text import lazy_re

_NEWLINES = frozenset("\n\r\u2028\u2029\x0b\x0c\x85")
# Two lone characters in a row between breaks ("保\n证\n收", "傻\n逼"); one alone is common
# ("谢谢！" collapses to "谢").
_SINGLE_SEGMENT = lazy_re.compile(r"(?<![^\n])[^\n]\n[^\n](?![^\n])")
MAX_LINE_BREAKS = 2
MIN_SPLIT_TERM = 3
# One Chinese character, a line break, one more; shared with the embedding's view (semantic.unsplit).
HAN_PAIR = lazy_re.compile(r"([\u3400-\u9fff])\r?\n([\u3400-\u9fff])")


@dataclass(frozen=True)
class Look:
    """Another folded form of the text, and which of its hits are new evidence."""

    folded: str
    accepts: Callable[[Hit], bool]


def second_look(text: str, folded: str, collapsed: str) -> Look | None:
    """Return the look with breaks made ignorable when the text may split a word on purpose, else None."""
    first = collapsed.find(BREAK)
    if first == -1 or first == len(collapsed) - 1:
        return None  # no break, or only the final one
    if "\n" in text or "\r" in text or _SINGLE_SEGMENT.search(collapsed) is not None:
        return Look(folded.replace(BREAK, IGNORED), lambda hit: _split_on_purpose(text, hit))
    return None


def _split_on_purpose(text: str, hit: Hit) -> bool:
    """Whether the breaks inside ``hit`` split a word on purpose (see the module docstring)."""
    inside = normalize(text[hit.start : hit.end])
    breaks = inside.count(BREAK)
    if not breaks:
        return False
    segments = inside.split(BREAK)
    if all(len(s) == 1 for s in segments) and _every_character(text, hit, len(segments)):
        return True
    if hit.rule == "combo" or breaks > MAX_LINE_BREAKS:
        return False
    raw_breaks = {ch for ch in text[hit.start : hit.end] if ch.translate(match_table()) == BREAK}
    if not raw_breaks <= _NEWLINES:
        return False
    return len(normalize(hit.term)) >= MIN_SPLIT_TERM or _han_word_split(text, hit)


def _han_word_split(text: str, hit: Hit) -> bool:
    r"""Whether a two-character term is split by one bare line break between its characters ("蠢\n货").

    The split word must stand apart: its first character opens a line or follows a space
    ("蠢\n货，", "帮你 飞\n单"), or its second is followed by punctuation, a space or the end
    ("你个蠢\n货，"); "货已经打包\n过几天发" is two lines of one sentence. Lines shaped like
    form fields ("颜色：黑\n人数：5") are left alone: a colon on either line.
    """
    if HAN_PAIR.fullmatch(text, hit.start, hit.end) is None:
        return False
    opens = hit.start == 0 or text[hit.start - 1].isspace()
    closes = hit.end == len(text) or not text[hit.end].isalnum()
    if not (opens or closes):
        return False
    line_start = max(text.rfind("\n", 0, hit.start), text.rfind("\r", 0, hit.start)) + 1
    line_end = min(
        (i for i in (text.find("\n", hit.end), text.find("\r", hit.end)) if i != -1), default=len(text)
    )
    return not any(colon in text[line_start:line_end] for colon in ":：")


def _every_character(text: str, hit: Hit, segments: int) -> bool:
    """Whether single characters split by breaks go on around a hit (three or more are enough).

    Two characters ("包。过") need a neighbour that is also a lone character, or nothing else
    in the message: "我们包。过几天" is two sentences, "回。扣。照。给" is one word spelled out.
    """
    if segments >= 3:
        return True
    before, after = normalize(text[: hit.start]), normalize(text[hit.end :])
    if (before and not before.endswith(BREAK)) or (after and not after.startswith(BREAK)):
        return False
    left = before.strip(BREAK).rsplit(BREAK, 1)[-1]
    right = after.strip(BREAK).split(BREAK, 1)[0]
    return (not left and not right) or len(left) == 1 or len(right) == 1

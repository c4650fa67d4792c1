"""The due date of one part of a split step, and the date "the same day" points back to.

"报告22号出来，当天就发给您" is due on the 22nd; a part of a sentence without a date of its own
("…，当天回复") takes the date said before it in the sentence or in the speaker's last sentence.
"""

from __future__ import annotations

import datetime as dt
import re

from assistant.summaries.step_rules import step_due
from assistant.text import lazy_re
from assistant.text.conversation import Sentence
from assistant.text.dates import DateMention

_SAME_DAY_REF = lazy_re.compile(r"当天|同一天|\b(?:the|that) same day\b|\bthat day\b", re.I)


def same_day_due(text: str, earlier: list[DateMention]) -> DateMention | None:
    """Return the date "the same day" points back to ("报告22号出来，当天就发给您" → 22号), or None.

    ``earlier``: the dates said before ``text`` (in its sentence, else in the speaker's sentence before).
    """
    return earlier[-1] if earlier and _SAME_DAY_REF.search(text) else None


def dates_before(sentences: list[Sentence], s: Sentence, ref: dt.date) -> list[DateMention]:
    """Return the dates (on or after ``ref``) said just before ``s``: earlier in its sentence, else in the speaker's last one."""
    from assistant.text.dates import find_dates

    held = [x.text[: s.start - x.start] for x in sentences if x.start < s.start < x.end]  # s is a clause of x
    prev = [x.text for x in sentences if x.end <= s.start and x.speaker == s.speaker]
    for text in (*held, *prev[-1:]):
        if found := [d for d in find_dates(text, ref) if d.date >= ref]:
            return found
    return []


def part_due(
    part: Sentence,
    own: list[DateMention],
    whole: tuple[Sentence, list[DateMention]],
    sentences: list[Sentence],
    ref: dt.date,
) -> DateMention | None:
    """Return the due date of ``part`` of a sentence (``whole``: the sentence and its dates).

    :func:`step_due` on the part's own dates; else the date "the same day" points back to, in the
    sentence before the part or the speaker's sentence before it.
    """
    s, dates = whole
    earlier = [d for d in dates if d.end <= part.start - s.start] or dates_before(sentences, s, ref)
    return step_due(own, part.text, ref) or same_day_due(part.text, earlier)

"""The due date of one part of a split step, and the date "the same day" points back to.

"报告22号出来，当天就发给您" is due on the 22nd; a part of a sentence without a date of its own
("…，当天回复", "装柜那天发您", "the day the vessel sails", "by then") takes the date said before it in the
sentence or in the speaker's last sentence.
"""

from __future__ import annotations

import datetime as dt
import re

from assistant.summaries.schema import NextStep
from assistant.summaries.step_due_pick import step_due
from assistant.text import lazy_re
from assistant.text.conversation import Sentence
from assistant.text.dates import DateMention, find_dates

_SAME_DAY_REF = lazy_re.compile(  # the day of an event dated before: "装柜那天", "the day the vessel sails", "by then"
    r"当天|同一天|(?<=[\u4e00-\u9fff])的?那一?天|在?那之前|届时|\b(?:the|that) same day\b|\bthat (?:day|date)\b"
    r"|\b(?:by|before) then\b|到时候|\bthe day of (?:shipment|departure|loading|delivery|arrival|sailing)\b"
    r"|\bthe day (?:the|it|they|our|your|this|that)\b[^,.;]{0,30}?\b(?:leaves?|departs?|sails?|ships?|arrives?|lands?"
    r"|goes out|(?:is|are|gets?) (?:shipped|loaded|delivered|dispatched))\b",
    re.I,
)


def same_day_due(text: str, earlier: list[DateMention]) -> DateMention | None:
    """Return the date "the same day" points back to ("报告22号出来，当天就发给您" → 22号), or None.

    ``earlier``: the dates said before ``text`` (in its sentence, else in the speaker's sentence before).
    """
    return earlier[-1] if earlier and _SAME_DAY_REF.search(text) else None


def _held(sentences: list[Sentence], s: Sentence) -> list[str]:
    """Return the text before ``s`` of each sentence ``s`` is a clause of."""
    return [x.text[: s.start - x.start] for x in sentences if x.start < s.start < x.end]


def dates_before(sentences: list[Sentence], s: Sentence, ref: dt.date) -> list[DateMention]:
    """Return the dates (on or after ``ref``) said just before ``s``: earlier in its sentence, else in the speaker's last one."""
    held = _held(sentences, s)  # s is a clause of x
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
    sentence before the part or the speaker's sentence before it; a part ending on "then" takes the date said
    before it in its own sentence.
    """
    s, dates = whole
    said = [d for d in dates if d.end <= part.start - s.start]
    if own and all(d.text.endswith(_TALK) for d in own):  # "评审会十二号开会，会后我给你们答复": that meeting's day
        held = _held(sentences, s)
        if met := [d for t in [*held, s.text[: part.start - s.start]] for d in find_dates(t, ref) if d.date >= ref]:
            return met[-1]
    earlier = said or dates_before(sentences, s, ref)
    own = named_weekday(own, sentences, s, ref)
    then = None
    if _THEN.search(part.text):  # "The board meets on 24 June, and I'll put our order to the board then."
        same = said or [d for t in _held(sentences, s) for d in find_dates(t, ref) if d.date >= ref]  # its own sentence
        then = same[-1] if same else None
    return (
        step_due(own, part.text, ref)
        or same_day_due(part.text, earlier)
        or then
        or event_due(part.text, sentences, s, ref)
        or return_due(part.text, sentences, s, ref)
    )


_TALK = ("会后", "开完会", "call", "meeting")
_THEN = lazy_re.compile(r"\bthen\s*[.!]?\s*$", re.I)  # at the time just named, in the same sentence only

_BARE_WEEKDAY = lazy_re.compile(
    r"(?:周|星期|礼拜)[一二三四五六日天]|(?:on )?(?:mon|tues|wednes|thurs|fri|satur|sun)day", re.I
)
_MEETING_STEP = lazy_re.compile(r"开完?会|会后|会议|\b(?:meeting|committee|board)\b", re.I)
_NEXT_WEEK = lazy_re.compile(r"^(?:下个?(?:周|星期|礼拜)|next\b)", re.I)


def named_weekday(
    own: list[DateMention], sentences: list[Sentence], s: Sentence, ref: dt.date
) -> list[DateMention]:
    """Date a bare weekday as next week's when "下周X" / "next X" was said of the same day before.

    "运营会下礼拜三开" … "周三开完会我给你打电话" said on a Tuesday: the call follows next week's
    meeting, so "周三" is that Wednesday, not tomorrow. Only the twelve sentences before ``s``
    (and its own text) are read, only a step that names a meeting ("开完会", "after the meeting") is
    moved, and only to a mention exactly seven days later (dev: "by Friday" after an earlier "next
    Friday" of another event kept this week's Friday).
    """
    if not any(_BARE_WEEKDAY.fullmatch(d.text.strip()) for d in own) or not _MEETING_STEP.search(s.text):
        return own  # "Send the PI by Friday" keeps its Friday; "周三开完会我打电话" follows the meeting
    texts = [x.text for x in sentences if x.end <= s.start][-12:] + [s.text]
    later = [
        d for t in texts for d in find_dates(t, ref) if _NEXT_WEEK.match(d.text.strip()) and d.date > ref
    ]
    out = []
    for d in own:
        match = next((x for x in later if x.date - d.date == dt.timedelta(days=7)), None)
        bare = _BARE_WEEKDAY.fullmatch(d.text.strip())
        out.append(DateMention(d.start, d.end, d.text, match.date) if bare and match else d)
    return out  # the conversation's own day in the date parser ("after the call")


_AFTER_EVENT = lazy_re.compile(  # "投委会一结束我就…", "评审会开完就…", "right after the board meeting"
    r"(?P<zh>[\u4e00-\u9fff]{2,4}?)(?:一(?:结束|开完|散会)|结束(?:后|以后|之后)|开完(?:会)?(?:后|以后|就|(?:我们?|咱们)就))"
    r"|\b(?:right |straight |just )?after the (?P<en>(?:[a-z]+ )?(?:meeting|committee|board|review|visit|fair|show|expo"
    r"|audit|inspection|presentation|session|tender|hearing))\b",
    re.I,
)


def event_due(text: str, sentences: list[Sentence], s: Sentence, ref: dt.date) -> DateMention | None:
    """Return the date of the event a step waits for, dated in a recent sentence ("七月五号投委会开会" … "投委会一结束我就打电话").

    Args:
        text: The step's text, without a date of its own.
        sentences: The conversation's sentences.
        s: The sentence the step comes from (only sentences before it are read, the last twelve).
        ref: The day it was said (earlier dates are no due).
    """
    if not (m := _AFTER_EVENT.search(text)):
        return meeting_due(text, sentences, s, ref)
    name = (m.group("zh") or m.group("en")).lower()
    keys = [name[-k:] for k in (4, 3, 2)] if m.group("zh") else [" ".join(name.split()[-k:]) for k in (2, 1)]
    for x in reversed([x for x in sentences if x.end <= s.start][-12:]):
        low = x.text.lower()
        pos = next((low.find(k) for k in keys if len(k) >= 2 and k in low), -1)
        if pos >= 0 and (found := [d for d in find_dates(x.text, ref) if d.date >= ref]):
            return min(found, key=lambda d: abs(d.start - pos))  # the date said of that event
    return None


_ON_RETURN = lazy_re.compile(  # the step waits for someone's return: "贺总回来我就拿合同给他签", "as soon as she is back"
    r"回来(?:后|以后|之后|就|我|再|了)|回国(?:后|就|当天)|"
    r"\b(?:as soon as|when|once|after)\s+(?:she|he|they|the \w+|[A-Z][a-z]+)(?:'s|'re| is| are| gets?| comes?)\s+back\b",
)
_RETURN_DAY = lazy_re.compile(r"回来|回国|回到|返回|\bback\b|\breturns?\b", re.I)  # a day said of the return


def return_due(text: str, sentences: list[Sentence], s: Sentence, ref: dt.date) -> DateMention | None:
    """Return the day someone is back, for a step that waits for it ("孙总21号回来" … "孙总回来我把报价单给他").

    The day must be said of the return ("back on 3 May", "12号回来"), in the step's sentence or one before it (the
    nearest), counted from the day that sentence was said; the writers date such a step on that day. A "back on
    Monday" inside the step is read here, not as its deadline.
    """
    if not _ON_RETURN.search(text):
        return None
    for x in reversed([x for x in sentences if x.start <= s.start]):  # the nearest first: a trip is told once
        for d in find_dates(x.text, x.date or ref):  # "下周三回来" counts from the day it was said
            near = x.text[max(0, d.start - 12) : d.end + 12]
            if d.date >= ref and _RETURN_DAY.search(near):
                return d
    return None


_AT_MEETING = lazy_re.compile(  # "Anna will table it there.", "at that meeting", "我在会上…"
    r"\bthere\s*[.!]?\s*$|\bat (?:the|that|this|its) (?:[a-z]+ )?(?:meeting|committee|board|session)\b|会上|上会",
    re.I,
)
_MEETS = lazy_re.compile(
    r"\b(?:meets?|meeting|committee|board|sits|convenes)\b|开会|会议|例会|委员会|董事会|办公会", re.I
)


def meeting_due(text: str, sentences: list[Sentence], s: Sentence, ref: dt.date) -> DateMention | None:
    """Return the date of the meeting a step happens at, dated just before ("It meets on 2 May. I'll present it there.").

    Only the three sentences before ``s`` are read, and only one that names a meeting and dates it.
    """
    if not _AT_MEETING.search(text):
        return None
    for x in reversed([x for x in sentences if x.end <= s.start][-3:]):
        if _MEETS.search(x.text) and (found := [d for d in find_dates(x.text, ref) if d.date >= ref]):
            return found[-1]
    return None


# "together with the printing cost", "along with the invoice", "跟报价单一起", "和合同一起", "连同发票"
_BUNDLE = lazy_re.compile(
    r"\b(?:together|along) with (?:the |your |my |our )?(?P<en>[a-z][\w-]*(?: [a-z][\w-]*){0,2})"
    r"|(?:跟|和|与|同|连同)(?P<zh>[\u4e00-\u9fff]{2,8}?)(?:一起|一块|一并)",
    re.I,
)
_STOP = frozenset({"the", "a", "an", "it", "them", "you", "me", "us", "and", "of", "for", "to", "in", "on"})


def _keys(words: str) -> set[str]:
    """Content words of an English bundle ("printing cost") or character bigrams of a Chinese one ("报价单")."""
    if re.search(r"[\u4e00-\u9fff]", words):
        return {words[i : i + 2] for i in range(len(words) - 1)}
    return {w for w in words.lower().split() if w not in _STOP}


def _said(step: NextStep, source: str) -> str:
    """Return the text of ``step``'s quotes, each from the start of its line in ``source`` (a split part loses its object)."""
    return " ".join(
        source[source.rfind("\n", 0, q.start) + 1 : q.end] if source else q.text for q in step.quotes
    )


def bundled_dues(steps: list[NextStep], source: str = "") -> list[NextStep]:
    """Give an undated step sent "together with" another dated step of the same owner that step's due.

    "I'll email the printing cost this afternoon … I'll send it together with the printing cost":
    the report goes out with the printing cost, so it is due this afternoon too. The bundled item
    must be named in the dated step's line (all its content words, or most of a Chinese name's bigrams);
    ``source``: the conversation the quotes point into ("I still owe you the printing cost, I'll email
    it this afternoon" is split, and its dated part no longer names the printing cost).
    """
    out = list(steps)
    for i, step in enumerate(out):
        m = _BUNDLE.search(" ".join(q.text for q in step.quotes)) if step.due is None else None
        if not m or not (keys := _keys(m.group("en") or m.group("zh"))):
            continue
        for other in out:
            said = _said(other, source).lower()
            if other is step or other.owner != step.owner or other.due is None or _BUNDLE.search(said):
                continue
            if len({k for k in keys if k in said}) / len(keys) >= (1 if m.group("en") else 0.6):
                when = (
                    f"（{other.due.isoformat()}前）"
                    if re.search(r"[\u4e00-\u9fff]", step.text)
                    else f" (by {other.due.isoformat()})"
                )
                out[i] = step.model_copy(
                    update={"due": other.due, "due_text": other.due_text, "text": step.text + when}
                )
                break
    return out

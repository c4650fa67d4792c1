"""Message days of chats whose message stamps hold no date: weekday-only stamps and day separator lines.

A chat export titled with a date range ("… · 2031-03-03 至 2031-03-05") whose stamps carry only a weekday and a
time ("[周三 14:05] 名字：…") dates each message by the latest day of that weekday not after the range's end (or
``today`` without a range). An export that puts each day on a line of its own ("4 Mar", "Mar 4", "04/03",
"3月4日") above time-only messages ("10:02 Omar: …") dates each message by the separator above it, the year taken
from the title or ``today``; the separator lines themselves are no sentences.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from typing import Protocol, TypeVar

from assistant.text import conversation_headers as hd
from assistant.text import lazy_re
from assistant.text.calendar_words import MONTHS_EN, WEEKDAYS_EN, WEEKDAYS_ZH


class _Dated(Protocol):
    """A sentence (:class:`assistant.text.conversation.Sentence`): where it is and its message day."""

    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def date(self) -> dt.date | None: ...
    @property
    def timestamp(self) -> str | None: ...


Sentence = TypeVar("Sentence", bound=_Dated)

_MON = (  # a month's name or its abbreviation, never a longer word ("decks", "Marketing")
    r"(?P<mon>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|"
    r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_WEEKDAY = r"(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6},?\s+)?"  # "Wed 4 Mar", "Wednesday, Mar 4"
_SEPARATORS = [  # a yearless day alone on its line, optionally with its weekday
    lazy_re.compile(rf"^{_WEEKDAY}(?P<day>\d{{1,2}})\s+{_MON}$", re.I),  # "4 Mar"
    lazy_re.compile(rf"^{_WEEKDAY}{_MON}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?$", re.I),  # "Mar 4"
    lazy_re.compile(r"^(?P<day>\d{1,2})/(?P<month>\d{1,2})$"),  # "04/03", day first
    lazy_re.compile(r"^(?P<month>\d{1,2})月(?P<day>\d{1,2})[日号](?:\s*[（(]?(?:周|星期)[一二三四五六日天][)）]?)?$"),
]
_DECORATED = lazy_re.compile(r"^[-—–─=~·*]{2,}\s*(?P<inner>[^-—–─=~·*].{2,40}?)\s*[-—–─=~·*]{2,}$")  # "—— 11月11日 周五 ——"
_FULL_DAY = lazy_re.compile(  # a dated separator's day with its year: "2033年11月11日 周五", "2033-11-11 Friday"
    r"^(?P<year>\d{4})(?:年(?P<month>\d{1,2})月(?P<day>\d{1,2})[日号]|-(?P<m2>\d{1,2})-(?P<d2>\d{1,2}))"
    r"(?:\s*[（(]?(?:周|星期)[一二三四五六日天][)）]?|\s+\w+day)?$",
    re.I,
)
_TIMED = lazy_re.compile(  # a time-stamped message: "10:02 Omar: …", "[周三 14:05] 名字：…" ("10:00 to 12:00 works" is none)
    r"^\[?(?:(?:周|星期|礼拜)[一二三四五六日天]\s*|[a-z]{3,9},?\s+)?\d{1,2}:\d{2}\]?\s+[^:：\s][^:：]{0,40}[:：]", re.I
)
_WD_STAMP = lazy_re.compile(  # "[周三 14:05] 名字：…", "[Wed 14:05] Name: …", "名字 周三 14:05"
    r"(?:^\[?|\s)(?:(?:周|星期|礼拜)(?P<zh>[一二三四五六日天])|(?P<en>mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?),?\s*"
    r"(?:上午|下午|晚上|中午)?\d{1,2}:\d{2}",
    re.I,
)
_RANGE = lazy_re.compile(
    r"(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?\s*(?:至|到|~|～|–|—|-|to)\s*"
    r"(?:(\d{4})[-/.年])?(\d{1,2})[-/.月](\d{1,2})日?"
)
_ISO_PART = lazy_re.compile(r"^\d{4}-\d{1,2}-\d{1,2}\s*")
_YEAR = lazy_re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")


def dated(source: str, sentences: list[Sentence], today: dt.date | None) -> list[Sentence]:
    """Give each sentence its message day: header years, weekday-only stamps and day separators resolved.

    Args:
        source: The parsed text (sentence offsets index into it).
        sentences: The sentences, in order.
        today: When the text was pasted: the year and the end of weekday-only exports without a range.

    Returns:
        The sentences with their dates resolved; separator lines left out.
    """
    sentences = [replace(s, date=hd.with_year(s.date, today)) if s.date else s for s in sentences]
    lines = _lines(source)
    title = next((text for _, _, text in lines), "")
    seps = _separators(lines, title, today)
    if seps:
        cut = {(a, b) for a, b, _ in seps}
        sentences = [s for s in sentences if (s.start, s.end) not in cut]
        sentences = [_redated(s, d) if (d := _last(seps, s.start)) else s for s in sentences]
    stamps = _weekday_stamps(lines, title, today)
    if stamps:
        sentences = [_redated(s, d) if (d := _last(stamps, s.start)) else s for s in sentences]
    return sentences


def _redated(s: Sentence, day: dt.date) -> Sentence:
    """``s`` on ``day``: its date, and the date part of its stamp ("2031-03-03 14:05" → "2031-03-05 14:05")."""
    stamp = s.timestamp and f"{day.isoformat()} {_ISO_PART.sub('', s.timestamp)}".strip()
    return replace(s, date=day, timestamp=stamp or s.timestamp)


def _lines(source: str) -> list[tuple[int, int, str]]:
    """Non-blank lines as (start, end, stripped text), offsets of the stripped text."""
    out = []
    for m in re.finditer(r"[^\r\n]+", source):
        text = m.group().strip()
        if text:
            a = m.start() + m.group().index(text)
            out.append((a, a + len(text), text))
    return out


def _last(marks: list[tuple[int, int, dt.date | None]], pos: int) -> dt.date | None:
    found = None
    for a, _, d in marks:
        if a > pos:
            break
        found = d
    return found


def _separator_date(text: str, year: int) -> dt.date | None:
    for rx in _SEPARATORS:
        if m := rx.match(text):
            groups = m.groupdict()
            month = MONTHS_EN[groups["mon"][:3].lower()] if groups.get("mon") else int(groups["month"])
            try:
                return dt.date(year, month, int(groups["day"]))
            except ValueError:
                return None
    return None


def _separators(
    lines: list[tuple[int, int, str]], title: str, today: dt.date | None
) -> list[tuple[int, int, dt.date | None]]:
    """Day separator lines followed by a time-stamped message: (start, end, day)."""
    year = int(m.group()) if not _TIMED.match(title) and (m := _YEAR.search(title)) else None
    out: list[tuple[int, int, dt.date | None]] = []
    for i, (a, b, text) in enumerate(lines[:-1]):
        if out and hd.header_sender(text) is not None and hd.parse_when(text)[0] is not None:
            out.append((a, b, None))  # "王芳 2031-11-24 10:15": a dated header ends the separators' run
            continue
        if (deco := _DECORATED.match(text)) and (full := _full_day(deco["inner"])):
            out.append((a, b, full))  # "—— 2033年11月11日 周五 ——": a day line of its own, whatever follows
            continue
        inner = deco["inner"] if deco else text  # "--- Wednesday 25 May ---"
        if len(inner) > 24 or not (deco or _TIMED.match(lines[i + 1][2])):
            continue
        if (d := _separator_date(inner, year or hd.NO_YEAR)) is None:
            continue
        d = d if year else hd.with_year(d, today)
        if d and out and (before := out[-1][2]) and d < before and d.month < before.month:
            d = _next_year(d)  # "31 Dec" then "1 Jan": the chat went into the next year
        out.append((a, b, d))
    return out


def _full_day(text: str) -> dt.date | None:
    """Return the day of "2033年11月11日 周五" / "2033-11-11", or None."""
    if not (m := _FULL_DAY.match(text.strip())):
        return None
    try:
        return dt.date(int(m["year"]), int(m["month"] or m["m2"]), int(m["day"] or m["d2"]))
    except ValueError:
        return None


def _next_year(d: dt.date) -> dt.date:
    try:
        return d.replace(year=d.year + 1)
    except ValueError:  # 29 February
        return d + dt.timedelta(days=365)


def _weekday_stamps(
    lines: list[tuple[int, int, str]], title: str, today: dt.date | None
) -> list[tuple[int, int, dt.date | None]]:
    """Message stamps naming only a weekday and a time: (start, end, day); dated stamps end the run (day None)."""
    end = today
    if m := _RANGE.search(title):
        try:
            start = dt.date(int(m[1]), int(m[2]), int(m[3]))
            end = dt.date(int(m[4] or m[1]), int(m[5]), int(m[6]))
            end = _next_year(end) if end < start and not m[4] else max(end, start)  # "12-30 至 01-02"
        except (ValueError, OverflowError):
            end = today
    if end is None:
        return []
    out: list[tuple[int, int, int | None]] = []
    for a, b, text in lines:
        if hd.header_sender(text) is None:
            continue
        stamp = _WD_STAMP.search(text)
        if stamp is not None and stamp.start() > 0 and stamp.end() < len(text.rstrip("]")):
            stamp = None  # "10:00 Omar: meet on Friday 14:00?": a weekday and time inside the message
        if stamp is None or hd.parse_when(text[: stamp.end()])[0] is not None:
            if out:
                out.append((a, b, None))
            continue
        wd = WEEKDAYS_ZH[stamp["zh"]] if stamp["zh"] else WEEKDAYS_EN[stamp["en"].lower()]
        out.append((a, b, wd))
    return _chained(out, end)


def _chained(stamps: list[tuple[int, int, int | None]], end: dt.date) -> list[tuple[int, int, dt.date | None]]:
    """Date weekday stamps backwards from ``end``: each the latest day of its weekday not after the next one's.

    Messages run forward, so "[周一]" above "[周三]" in a chat pasted on a Tuesday is Monday of last week, not
    yesterday. A dated stamp (weekday None) ends a run; the run before it counts from ``end`` again.
    """
    out: list[tuple[int, int, dt.date | None]] = []
    latest: dt.date | None = end
    for a, b, wd in reversed(stamps):
        if wd is None or latest is None:
            out.append((a, b, None))
            latest = end if wd is None else None
            continue
        try:
            latest = latest - dt.timedelta(days=(latest.weekday() - wd) % 7)
        except OverflowError:  # a title dated in year 1
            latest = None
        out.append((a, b, latest))
    return out[::-1]
    return out

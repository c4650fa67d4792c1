"""Parse pasted conversations into sentences that keep their exact offsets in the input.

Understands plain dialogue ("客户：…", "Lisa: …", "Lisa (Acme): …", "🌸Amy：…", "Speaker 1: …", or no labels), WeCom/
WeChat exports (a "name date time" line, then the message), WhatsApp exports ("[24.11.26, 09:14] Anna: …"), Teams-style
"Name 2:05 PM" headers, and email threads (From:/Date: headers, "-----Original Message-----", "On … wrote:" and nested
">" quotes: quoted text belongs to its original author and time, skipped when it repeats an earlier message; signatures
skipped). Each :class:`Sentence` knows its speaker, side and message day (:mod:`message_days`), so "明天" resolves.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace

from assistant.text import conversation_headers as hd
from assistant.text import message_days, roster_lines
from assistant.text.conversation_roles import ANONYMOUS, ROLE_LABELS, Party, assign_parties, label_party
from assistant.text.long_sentences import split_long
from assistant.text.titles import NOT_AFTER_HONORIFIC

__all__ = ["ROLE_LABELS", "Parsed", "Party", "Sentence", "parse_conversation"]

_LABEL = re.compile(  # a name, or a name with its company in brackets: "Deanna (Hill Country Harriers):"
    r"^(?P<name>[^:：\n\d\s<>()（）。，,.!?！？][^:：\n。，,!?！？]{0,19}|[^:：\n\d\s<>()（）。，,.!?！？*•·-][^:：\n。，,!?！？()（）]{0,19}"
    r"[(（][^:：\n()（）。，,!?！？]{1,40}[)）])(?:：|(?<!\d):|:(?!\d{2}))\s*(?!//)")  # "9:30": a time's colon
_SENT_END = re.compile(  # "Mr. Tang", "Dr. Weber" and "Eng. Faisal" do not end a sentence
    rf"[。！？!?；;…]+[”\"’)]?|{NOT_AFTER_HONORIFIC}(?<!\bSt)(?<!\bNo)\.(?=\s|$)|\n"
)
_QUOTE_MARKS = re.compile(r"^(?:>\s?)+")
_OUTLINE = re.compile(r"\d{1,2}(?:\.\d{1,2}){1,3}\s+(?=[A-Z][a-z]|[A-Z][\w-]*:|[\u4e00-\u9fff]{2})(?![万千百亿元块吨米台套个倍])")


@dataclass(frozen=True)
class Sentence:
    """One sentence of the input: ``source[start:end] == text``.

    ``role`` is the speaker's side (also readable as ``party``); ``party_source`` says how it was decided (``label``,
    ``name``, ``honorific``, ``cue``, ``other``, ``default``, or ``crm``/``domain``/``mention``/``roster``/``subject``
    after :mod:`assistant.summaries.speakers`). ``date`` and ``timestamp`` are the message's own date and time;
    ``quoted`` marks text quoted from an earlier message of an email thread; ``address`` is the sender's email address.
    """

    start: int
    end: int
    text: str
    speaker: str | None = None
    role: Party = "unknown"
    timestamp: str | None = None
    date: dt.date | None = None
    address: str | None = None
    quoted: bool = False
    party_source: str = ""
    clause_sides: tuple[tuple[int, Party], ...] = ()  # notes: (offset, side) of a new subject ("…，朱琳负责送检")

    @property
    def party(self) -> Party:
        """The speaker's side: ``we``, ``customer`` or ``unknown`` (same as ``role``)."""
        return self.role


@dataclass(frozen=True)
class Parsed:
    """The input split into sentences, with what kind of conversation it looked like."""

    source: str
    sentences: list[Sentence]
    kind: str  # chat | email | text | call
    last_date: dt.date | None

    @property
    def speakers(self) -> list[str]:
        """Speaker names in order of first appearance."""
        return list(dict.fromkeys(s.speaker for s in self.sentences if s.speaker))


@dataclass
class _Who:
    """The author of the text at one quote depth."""

    speaker: str | None = None
    address: str | None = None
    date: dt.date | None = None
    time: str | None = None
    quoted: bool = False

    @property
    def stamp(self) -> str | None:
        return " ".join(x for x in (self.date.isoformat() if self.date else None, self.time) if x) or None


_MARK = re.compile(r"〔[^〔〕\n]{1,40}〕")  # a transcript's quality mark ("〔识别置信度低〕"): shown, never a sentence


def _split_sentences(source: str, start: int, end: int, **attrs: object) -> list[Sentence]:
    marks = list(_MARK.finditer(source, start, end))
    if marks:
        out: list[Sentence] = []
        for a, b in zip([start, *(m.end() for m in marks)], [*(m.start() for m in marks), end], strict=True):
            out.extend(_split_sentences(source, a, b, **attrs))
        return out
    out = []
    pos = start
    for m in _SENT_END.finditer(source, start, end):
        out.extend(_trimmed(source, pos, m.end() if m.group() != "\n" else m.start(), attrs))
        pos = m.end()
    out.extend(_trimmed(source, pos, end, attrs))
    return out


def _trimmed(source: str, a: int, b: int, attrs: dict) -> list[Sentence]:
    while a < b and source[a].isspace():
        a += 1
    while b > a and source[b - 1].isspace():
        b -= 1
    at_line_start = not source[source.rfind("\n", 0, a) + 1 : a].strip()  # "  2.7 Budget: …", not "Anna: 12.5 EUR"
    a = m.end() if at_line_start and (m := _OUTLINE.match(source, a, b)) else a
    if b - a < 2 and not (b > a and "\u4e00" <= source[a] <= "\u9fff"):
        return []
    return [Sentence(start=x, end=y, text=source[x:y], **attrs) for x, y in split_long(source, a, b)]


def _key(text: str) -> str:
    return re.sub(r"[\W_]+", "", text).lower()


def parse_conversation(
    source: str, *, we_names: tuple[str, ...] = (), today: dt.date | None = None
) -> Parsed:
    """Split ``source`` into sentences with speakers, sides and message dates.

    Args:
        source: The pasted text, exactly as received (offsets index into it).
        we_names: Speaker names that are our side (the rep's display name, "我").
        today: When the conversation was pasted: dates of headers without a year ("12-09 16:20").
    """
    sentences: list[Sentence] = []
    who: dict[int, _Who] = {0: _Who()}
    day: dt.date | None = None
    kinds: set[str] = set()
    skip_depth: int | None = None
    seen: set[str] = set()
    addresses: dict[str, str] = {}  # names with addresses from To:/Cc: lines
    headed = False  # a WeCom/WhatsApp-style "name date time" header has been seen
    mailed = False  # a mail header naming people or a subject (a minutes' "Date:" line alone is no mail)
    pos = 0
    for line in source.splitlines(keepends=True):
        line_start, pos = pos, pos + len(line)
        body = line.rstrip("\r\n")
        lead = len(body) - len(body.lstrip())
        marks = _QUOTE_MARKS.match(body[lead:])
        depth = marks.group().count(">") if marks else 0
        content_start = line_start + lead + (marks.end() if marks else 0)
        content = source[content_start : line_start + len(body)].strip()
        if not content:
            continue
        if skip_depth is not None and depth != skip_depth:
            skip_depth = None
        if header := hd.EMAIL_HEADER.match(content):
            kinds.add("email")
            key, value = header["key"].lower(), header["value"]
            mailed = mailed or key not in {"sent", "date", "发送时间", "时间", "日期"}
            if key in {"from", "发件人"}:
                kinds.add("from")
                s = hd.parse_sender(value)
                quoted = depth > 0 or who[0].quoted or any(x.speaker for x in who.values())
                who[depth] = _Who(s.name or s.address, s.address, s.date or day, s.time, quoted=quoted)
                for d in [d for d in who if d > depth]:
                    del who[d]
                skip_depth = None
            elif key in {"to", "cc", "收件人", "抄送"}:
                for part in re.split(r"[;；]|,(?=[^,]*@)", value):
                    if (r := hd.parse_sender(part)).name and r.address:
                        addresses.setdefault(r.name, r.address)
            elif key in {"sent", "date", "发送时间", "时间", "日期"}:
                d_, t_ = hd.parse_when(value)
                cur = who.setdefault(depth, _Who())
                cur.date, cur.time = d_ or cur.date, t_ or cur.time
                day = d_ or day
            continue
        if hd.EMAIL_SPLIT.match(content):
            kinds.add("email")
            mailed = True
            who[depth] = _Who(quoted=True)
            skip_depth = None
            continue
        if wrote := hd.parse_wrote(content):
            kinds.add("email")
            mailed = True
            author = _Who(wrote.name or wrote.address, wrote.address, wrote.date, wrote.time, quoted=True)
            who[depth + 1] = author
            who[depth] = _Who(author.speaker, author.address, author.date, author.time, quoted=True)
            skip_depth = None
            continue
        if hd.SIGNOFF.match(content) and "email" in kinds:
            skip_depth = depth
            continue
        if skip_depth is not None or (depth == 0 and hd.is_date_line(content)):
            if depth == 0 and hd.is_date_line(content):
                day = hd.parse_when(content)[0] or day
            continue
        if (
            day is None
            and depth == 0
            and not any(x.speaker for x in sentences)
            and (d0 := hd.DATE_RE.search(content))
        ):
            day = hd.parse_when(d0.group())[0]  # "会议纪要：2026年12月14日（周一）…": the meeting's day
        cur = who.setdefault(depth, _Who(quoted=depth > 0))
        if depth == 0 and (found := hd.header_sender(content)):
            sender, offset = found
            kinds.add("chat")
            day = sender.date or day
            who[0] = cur = _Who(sender.name, date=day, time=sender.time)
            headed = True
            if offset >= len(content):
                continue
            content_start += offset
        elif (m := _LABEL.match(content)) and hd.is_heading(m["name"]):
            content_start += m.end()  # "- Delivery: goods must…": a heading of notes, not a speaker
        elif (
            m
            and roster_lines.is_speaker_label(m["name"], content[m.end() :], source, line_start)  # not a roster
            and not content.lower().startswith("http")
            and not (  # "One thing: …", "Confirmed: USD 47.50 …" or the salutation "李经理：" in a mail body
                "email" in kinds
                and cur.speaker
                and (
                    (mailed and " " in m["name"].strip())  # "Wang Fang:" in minutes with a "Date:" line names
                    or not content[m.end() :].strip()
                    or ("from" in kinds and not label_party(m["name"]))  # a mail with a From: sender
                )
            )
            # "围巾颜色我们定了：灰色3000条" under a "name date time" header is that sender's message
            and not (headed and cur.speaker and not label_party(m["name"]))
        ):
            name = m["name"].strip()
            kinds.add("call" if ANONYMOUS.match(name) else "labels")
            who[depth] = cur = _Who(name, date=cur.date or day, time=None, quoted=cur.quoted)
            content_start += m.end()
        if depth > 0 and not cur.speaker:
            continue  # quoted text whose author the thread does not name: nothing to attribute it to
        for s in _split_sentences(
            source,
            content_start,
            line_start + len(body),
            speaker=cur.speaker,
            timestamp=cur.stamp,
            date=cur.date or day,
            address=cur.address,
            quoted=cur.quoted,
        ):
            k = _key(s.text)
            if s.quoted and len(k) >= 4 and k in seen:
                continue  # an earlier message repeated in a reply
            seen.add(k)
            sentences.append(s)
    kind = next((k for k in ("email", "chat", "call") if k in kinds), "text")
    if addresses:
        sentences = [replace(s, address=s.address or addresses.get(s.speaker)) for s in sentences]
    sentences = message_days.dated(source, sentences, today)
    dates = [s.date for s in sentences if s.date]
    return Parsed(source, _with_parties(sentences, we_names, kind), kind, max(dates) if dates else None)


def _signed(sentences: list[Sentence]) -> list[Sentence]:
    """Give an email without a From: header to the thread member who signed it; drop signature lines."""
    known = {s.speaker: s for s in sentences if s.speaker}
    out: list[Sentence] = []
    run: list[Sentence] = []
    for s in [*sentences, None]:
        if s is not None and s.speaker is None:
            run.append(s)
            continue
        match = next((k for k in known if run and hd.is_signature(run[-1].text, k)), None)
        if match:
            run = [replace(x, speaker=match, address=known[match].address) for x in run[:-1]]
        elif len(run) >= 2 and hd.NAME_LINE.fullmatch(run[-1].text.strip()):  # "Best,\nRachel" under no From:
            name = run[-1].text.strip()
            body = [x for x in run[:-1] if not hd.SIGNOFF.match(x.text.strip())]
            run = [replace(x, speaker=name) for x in body]
        out.extend(run)
        run = []
        if s is not None and not hd.is_signature(s.text, s.speaker or ""):
            out.append(s)
    return out


def _with_parties(sentences: list[Sentence], we_names: tuple[str, ...], kind: str) -> list[Sentence]:
    if kind == "email":
        sentences = _signed(sentences)
    texts: dict[str, list[str]] = {}
    for s in sentences:
        if s.speaker:
            texts.setdefault(s.speaker, []).append(s.text)
    parties = assign_parties(texts, we_names, kind)
    return [
        replace(s, role=parties[s.speaker][0], party_source=parties[s.speaker][1]) if s.speaker else s
        for s in sentences
    ]

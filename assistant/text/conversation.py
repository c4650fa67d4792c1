"""Parse pasted conversations into sentences that keep their exact offsets in the input.

Understands plain dialogue ("客户：…", "Lisa: …", or no labels at all), WeCom chat exports
(a "name date time" line, then the message), email threads (From:/Subject: headers,
quoted ">" lines and signatures skipped) and transcripts. Each :class:`Sentence` knows its
speaker, whether that is us or the customer, and its message time when the input has one.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace
from typing import Literal

Party = Literal["we", "customer", "unknown"]
"""Who said something: our side (the rep), the customer, or not known."""

_TS = r"(?P<date>\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?)?\s*(?P<time>\d{1,2}:\d{2}(?::\d{2})?)"
_CHAT_HEADERS = [
    re.compile(r"^(?P<name>[^\d\s:：][^:：\n]{0,39}?)\s+" + _TS + r"\s*$"),
    re.compile(r"^\[?" + _TS + r"\]?\s+(?P<name>[^:：\n]{1,40}?)\s*$"),
]
_INLINE = re.compile(r"^\[?" + _TS + r"\]?\s*(?P<name>[^:：\n\d][^:：\n]{0,29})[：:]\s*")
_LABEL = re.compile(r"^(?P<name>[^:：\n\d\s<>()（）。，,.!?！？][^:：\n。，,!?！？]{0,19})[：:]\s*(?!//)")
_EMAIL_HEADER = re.compile(
    r"^(?P<key>from|to|cc|bcc|sent|date|subject|发件人|收件人|抄送|发送时间|时间|日期|主题)\s*[：:]\s*(?P<value>.*)"
    r"$",
    re.IGNORECASE,
)
_EMAIL_SPLIT = re.compile(
    r"^(?:-{2,}\s*(?:original message|原始邮件)\s*-{2,}|on .+ wrote:|.+写道[：:])\s*$", re.I
)
_SIGNOFF = re.compile(
    r"^(?:best regards|kind regards|regards|thanks and regards|br|cheers|此致|敬礼|祝好)[,，!！]?\s*$", re.I
)
_SENT_END = re.compile(r"[。！？!?；;…]+[”\"’)]?|\.(?=\s|$)|\n")

ROLE_LABELS: dict[str, Party] = {
    "客户": "customer",
    "顾客": "customer",
    "买家": "customer",
    "客人": "customer",
    "对方": "customer",
    "customer": "customer",
    "client": "customer",
    "buyer": "customer",
    "them": "customer",
    "销售": "we",
    "业务": "we",
    "业务员": "we",
    "我": "we",
    "我方": "we",
    "客服": "we",
    "sales": "we",
    "rep": "we",
    "seller": "we",
    "me": "we",
    "we": "we",
    "us": "we",
}
_WE_CUES = re.compile(
    r"您|我司|我们工厂|我们厂|our factory|we can offer|our price|i'?ll send you|we'?ll send you|we will ship"
    r"|production is|our production|thank you for your (?:order|interest)",
    re.I,
)
_CUSTOMER_CUES = re.compile(
    r"你们|贵司|贵公司|我们老板|your price|your factory|your company|you guys|your quote|your sample|"
    r"any update"
    r"|our boss|our office|our warehouse|can you",
    re.I,
)


@dataclass(frozen=True)
class Sentence:
    """One sentence of the input: ``source[start:end] == text``."""

    start: int
    end: int
    text: str
    speaker: str | None = None
    role: Party = "unknown"
    timestamp: str | None = None
    date: dt.date | None = None


@dataclass(frozen=True)
class Parsed:
    """The input split into sentences, with what kind of conversation it looked like."""

    source: str
    sentences: list[Sentence]
    kind: str  # chat | email | text | call
    last_date: dt.date | None


def _parse_date(raw: str | None) -> dt.date | None:
    if not raw:
        return None
    nums = [int(n) for n in re.findall(r"\d+", raw)]
    try:
        return dt.date(nums[0], nums[1], nums[2])
    except (ValueError, IndexError):
        return None


def _split_sentences(source: str, start: int, end: int, **attrs: object) -> list[Sentence]:
    out: list[Sentence] = []
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
    if b - a < 2 and not (b > a and "\u4e00" <= source[a] <= "\u9fff"):
        return []
    return [Sentence(start=a, end=b, text=source[a:b], **attrs)]


def parse_conversation(source: str, *, we_names: tuple[str, ...] = ()) -> Parsed:
    """Split ``source`` into sentences with speakers, roles and message times.

    Args:
        source: The pasted text, exactly as received (offsets index into it).
        we_names: Speaker names that are our side (the rep's display name, "我").
    """
    sentences: list[Sentence] = []
    speaker: str | None = None
    timestamp: str | None = None
    day: dt.date | None = None
    kinds: set[str] = set()
    skipping = False
    pos = 0
    for line in source.splitlines(keepends=True):
        line_start, pos = pos, pos + len(line)
        body = line.rstrip("\r\n")
        stripped = body.strip()
        content_start = line_start + (len(body) - len(body.lstrip()))
        if not stripped:
            continue
        if header := _EMAIL_HEADER.match(stripped):
            kinds.add("email")
            key = header["key"].lower()
            if key in {"from", "发件人"}:
                speaker, skipping = re.sub(r"\s*<.*?>|\s*\(.*?\)", "", header["value"]).strip() or None, False
            elif key in {"sent", "date", "发送时间", "时间", "日期"}:
                day = _parse_date(header["value"]) or day
            continue
        if _EMAIL_SPLIT.match(stripped):
            skipping = True
            continue
        if stripped.startswith(">") or skipping:
            continue
        if _SIGNOFF.match(stripped):
            skipping = "email" in kinds
            continue
        matched = False
        for rx in _CHAT_HEADERS:
            if m := rx.match(stripped):
                kinds.add("chat")
                speaker, timestamp = m["name"].strip(), " ".join(filter(None, [m["date"], m["time"]]))
                day = _parse_date(m["date"]) or day
                matched = True
                break
        if matched:
            continue
        if m := _INLINE.match(stripped):
            kinds.add("chat")
            speaker, timestamp = m["name"].strip(), " ".join(filter(None, [m["date"], m["time"]]))
            day = _parse_date(m["date"]) or day
            content_start += m.end()
        elif (m := _LABEL.match(stripped)) and not stripped.lower().startswith(("http", "https")):
            speaker = m["name"].strip()
            content_start += m.end()
        sentences.extend(
            _split_sentences(
                source, content_start, line_start + len(body), speaker=speaker, timestamp=timestamp, date=day
            )
        )
    kind = "email" if "email" in kinds else "chat" if "chat" in kinds else "text"
    dates = [s.date for s in sentences if s.date]
    return Parsed(source, _assign_roles(sentences, we_names, kind), kind, max(dates) if dates else None)


def _assign_roles(sentences: list[Sentence], we_names: tuple[str, ...], kind: str) -> list[Sentence]:
    """Mark each sentence as ours or the customer's, from labels, known names or wording."""
    speakers = {s.speaker for s in sentences if s.speaker}
    roles: dict[str, Party] = {}
    for name in speakers:
        key = name.lower().strip()
        if key in ROLE_LABELS:
            roles[name] = ROLE_LABELS[key]
        elif re.fullmatch(r"[\u4e00-\u9fff]{1,3}总", name):  # "王总", "刘总": the customer's boss
            roles[name] = "customer"
        elif any(w and (w.lower() in key) for w in we_names):
            roles[name] = "we"
    unknown = [n for n in speakers if n not in roles]
    if unknown:
        score = {n: 0 for n in unknown}
        for s in sentences:
            if s.speaker in score:
                score[s.speaker] += len(_WE_CUES.findall(s.text)) - len(_CUSTOMER_CUES.findall(s.text))
        if "we" not in roles.values() and len(unknown) >= 1:
            best = max(unknown, key=lambda n: score[n])
            if score[best] > 0 or len(unknown) >= 2 and score[best] > min(score.values()):
                roles[best] = "we"
        for n in unknown:
            roles.setdefault(n, "customer" if len(speakers) > 1 or kind == "email" else "unknown")
    return [replace(s, role=roles.get(s.speaker, "unknown")) if s.speaker else s for s in sentences]

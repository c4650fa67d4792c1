"""An alert the user points at, and what to do with it: quote its message, or rewrite it compliantly.

An alert is pointed at by its number ("#412", "alert 88", "77号告警", "第208号告警", "告警208") or by its place in the last alert list
or count ("第二条", "the second one", "最新那条"; a count keeps the ids it counted, newest first).
:func:`alert_request` returns the alert's id and whether a compliant rewrite was asked for. The
planner then looks the alert up (``sensitive_alerts`` with ``alert_id``: the answer quotes the
original message) and, for a rewrite, scans that message as the second step (:func:`rewrite_step`;
the scan carries a compliant rewrite of it).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from assistant.agents.offline.followups import ALERT_TOOLS, Memory
from assistant.text import lazy_re
from assistant.text.numerals import read_int

REWRITE = lazy_re.compile(
    r"改(?:个|成|为|写|一下|下|一版)?.{0,4}合规|合规(?:的)?(?:版本|说法|写法|表达|措辞)|改写|重写|换个说法|"
    r"\b(?:rewrite|reword|rephrase)\b|\bcompliant (?:version|wording|rewrite|alternative)\b|"
    r"\bmake (?:it|this|that|them) compliant\b|\bsafer (?:version|wording)\b",
    re.I,
)
QUOTE = lazy_re.compile(
    r"原文|原话|原句|原消息|完整(?:的)?(?:消息|内容|文字)|怎么说的|说了什么|"
    r"\b(?:original|full|exact|whole) (?:message|text|wording|words)\b|\bwhat (?:did )?(?:he|she|they) (?:say|said|wrote|write)\b",
    re.I,
)
_NUMBER = lazy_re.compile(  # "#77", "告警208", "alert no. 77", "77号告警", "第208号预警" (not "11月12号", "告警 5 条")
    r"(?<![A-Za-z\u4e00-\u9fff])(?<![A-Za-z] )#\s*(\d{1,7})|"
    r"(?:告警|预警|违规|\balert)\s*(?:#|编号|id|no\.?|number)?\s*(\d{1,7})(?:\s*号)?"
    r"(?!\s*[\d年月日号天条个次周%起单人位笔件家]|\s*分钟|\s*(?:days?|weeks?|months?|years?|hours?)\b)|"
    r"(?<![\d月/\-.天日])(?:第\s*)?(\d{1,7})\s*号\s*(?:告警|预警|违规)",  # not a date ("11/12号", "昨天12号")
    re.I,
)
_PLACE = lazy_re.compile(
    r"第\s*([一二两三四五六七八九十]|\d+)\s*条|\b(?:the )?(first|second|third|fourth|fifth|last)"
    r"(?: one| alert| message| flag)\b(?! (?:week|month|quarter|year|time)\b)|"
    r"(最新|最近)(?:的)?(?:那|一)?条",
    re.I,
)
DETAIL = lazy_re.compile(  # "#N 这条具体怎么回事" / "alert 57 - details?": that alert opened
    r"具体|详情|详细|啥情况|什么情况|怎么回事|咋回事|看看|看下|看一下|\bdetails?\b|\bwhat happened\b|"
    r"\bwhat(?:'s| is) (?:it|this|that)\b|\bshow (?:me )?\b|\bopen\b|\bpull (?:it )?up\b|\bmore on\b",
    re.I,
)
_THEN = lazy_re.compile(r"然后|接着|之后|再(?:给|帮|写|来)|\b(?:and )?then\b|\bafter that\b|\balso\b", re.I)
_EN = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "last": -1}
MAX_LEN = 60  # a pointer at one alert is short; a longer message asks for something else


def alert_request(
    text: str, memory: Memory, newest: Callable[[str, Memory], int | None] | None = None
) -> tuple[int, bool] | None:
    """Return ``(alert id, rewrite)`` when ``text`` asks to quote or rewrite one alert's message, else None.

    Args:
        text: The (normalised) message, with no pasted text.
        memory: The conversation so far; its last alert list resolves "第二条" / "the second one".
        newest: A short "show me the latest one" after an alert list, which opens that alert.
    """
    rewrite = bool(REWRITE.search(text))
    if not rewrite and DETAIL.search(text) and len(text) <= MAX_LEN and not _THEN.search(text):
        if number := _NUMBER.search(text):  # "#N" / "77号告警" / "alert 77" written out: that alert
            return int(next(g for g in number.groups() if g)), False
    if not (rewrite or QUOTE.search(text)) or len(text) > MAX_LEN:
        latest = newest(text, memory) if newest is not None else None
        return (latest, False) if latest is not None else None
    if not rewrite and _THEN.search(text):
        return None  # "看下#12的原文，然后给个正确说法": a two-step request, the chain reads it
    number = _NUMBER.search(text)
    if number:  # "#412 这条消息帮我改个合规版本"
        return int(next(g for g in number.groups() if g)), rewrite
    if not memory.alerts or memory.last_tool not in ALERT_TOOLS:
        return None
    place = _PLACE.search(text)
    if not place:
        return None
    n = _position(place)
    if n == -1:
        return memory.alerts[-1], rewrite
    return (memory.alerts[n - 1], rewrite) if 1 <= n <= len(memory.alerts) else None


def _position(place: re.Match[str]) -> int:
    """1-based place in the list (-1: the last one) that "第二条" / "the second one" / "最新那条" names."""
    zh, en, newest = place.groups()
    if newest:
        return 1
    if en:
        return _EN[en.lower()]
    return read_int(zh) or 0


def rewrite_step(text: str) -> dict[str, Any]:
    """Return the second step of "rewrite that alert's message": a scan of it (the scan carries the rewrite)."""
    return {"tool": "scan_text", "args": {}, "each": False, "text": text}

"""Requests to write a note: "记一笔：<the note>", "save that under X" after a summary, "查下X，然后记一笔：…".

"帮我记一笔：今天电话跟进了，对方说月底前付款" asks to log the text after the colon; the words before
the ask ("鑫和那边催得紧，帮我记一笔：…") are context, not a request of their own, so it is one write
(confirmed before it is stored), not a lookup first. "查下X的欠款，然后记一笔：已电话催款" is two steps:
the part before the ask is a request.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from assistant.text import lazy_re

NOTE_ASK = lazy_re.compile(r"记一笔|记一条|记一下|记个|记录一下|备注|\blog\b|\bnote\b", re.I)
_SAVE = lazy_re.compile(
    r"存|保存|记到|记在|记进|记入|录入|归档|放到|放进|挂到|关联到|\bsave|\bfile (?:it|this|that)|\bstore|\bkeep (?:it|this|that)|"
    r"\blog (?:it|this|that)|\b(?:add|attach|put) (?:it|this|that)|\brecord (?:it|this|that)",
    re.I,
)
_NOT_SAVE = lazy_re.compile(r"电话|拜访|见面|会议|\bcall\b|\bvisit|\bmeeting|\bdeal|商机|单子|阶段", re.I)
# Words that make the part before "记一笔" a request of its own (a question, a lookup), not context.
_ASKS_ITSELF = lazy_re.compile(
    r"[?？]|吗|呢|多少|几[个笔单次家天]|哪|什么|啥|怎么|如何|是否|有没有|查|看看|看下|看一下|列|统计|告诉我|"
    r"\b(?:how|what|which|when|who|whether|show|check|list|pull|find|look up|tell me|any)\b",
    re.I,
)


def saves(text: str) -> bool:
    """Whether a message right after a summary asks to save it ("记到客户档案里"), not to log a call."""
    return bool(_SAVE.search(text)) and not _NOT_SAVE.search(text) and len(text) <= 60


def note_chain(whole: str, detect: Callable[[str], Any]) -> str | None:
    """Return ``whole`` when it is "do X, then log a note: <the note>" (the colon's text is the note, not a paste).

    Args:
        whole: The whole message, instruction and the text after its colon.
        detect: Finds a two-step request in a text (an object with ``second``), or None.
    """
    if "\n" in whole or not NOTE_ASK.search(whole.split(":")[0].split("：")[0]):
        return None
    found = detect(whole)
    return whole if found and found.second == "log_activity" else None


_ASKS_NEXT = lazy_re.compile(r"[?？]\s*$|然后|接着|再帮|再查|\b(?:and )?then\b|\bafter that\b", re.I)


def note_only(instruction: str, payload: str | None) -> bool:
    """Whether "<context>，帮我记一笔：<note>" is one write: the text before the ask asks for nothing itself.

    Args:
        instruction: The part before the colon ("安泰那边催得紧，帮我记一笔").
        payload: The part after it (the note).
    """
    if not payload or "\n" in payload or len(payload) > 300 or _ASKS_NEXT.search(payload):
        return False  # "记一笔：已催款，然后查一下欠多少" / "note: what did they buy?": a further ask, not a note
    ask = NOTE_ASK.search(instruction)
    if ask is None or len(instruction[ask.end() :].strip(" ，,。.!！~吧哈呀啊")) > 2:
        return False  # the ask ends the instruction: "…，记一笔" then the note
    return not _ASKS_ITSELF.search(instruction[: ask.start()])

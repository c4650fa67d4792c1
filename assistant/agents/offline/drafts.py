"""Draft checks: a pasted or quoted draft with a short "can I send this?" is a scan of that draft.

A short quoted phrase with "what can I say instead" (:func:`asks_alternative`) asks for scripts, not a scan.

:func:`asks_check` reads the instruction left once :func:`~assistant.agents.offline.payload.split_payload`
has taken the draft out ("is this ok to send?", "这句有问题吗", "行不行", "check this"): the draft is the
payload of ``scan_text``, so the engine never asks the user to paste it again.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from assistant.agents.offline.chain_parts import ASKS, SPLIT
from assistant.text import lazy_re

_CHECK = lazy_re.compile(
    r"有问题吗|有没有问题|有啥问题|有什么问题|行不行|行吗|可以吗|可不可以|能不能发|能发吗|可以发吗|能不能说|能说吗|可以说吗|"
    r"妥吗|合适吗|合规吗|违规吗|踩线|检查|看看|查一下|查查|审一下|"
    r"\bok to (?:send|say|use)|\bokay to (?:send|say|use)|\bsafe to (?:send|say|use)|\bcan i (?:send|say|use)|"
    r"\bis (?:this|that|it) (?:ok|okay|fine|allowed|compliant|safe|alright)|\bcheck\b|\breview\b|\bscan\b|"
    r"\bany (?:issues?|problems?|red flags?)|\bcompliant\?|\bflag",
    re.I,
)
# With a quoted draft these ask for something else: a summary, a save, a note, a translation.
_OTHER = lazy_re.compile(r"总结|概括|存到|保存|记一笔|记录|翻译|\bsummar|\bsave\b|\blog\b|\btranslat", re.I)

REWRITE = lazy_re.compile(
    r"改写|重写|改一下|改一版|改个|改成合规|改得合规|换个(?:合规的)?说法|合规的?(?:版本|说法|写法)|能发的(?:版本|说法)|替代说法|帮我改|怎么改|润色|"
    r"\brewrit|"
    r"\bcompliant way|\b(?:better|safer|cleaner) way to (?:say|put|phrase)|\bwhat (?:should|could|can) (?:they|we|he|she|i) say instead|"
    r"\bsay (?:it|this|that) instead|\balternative (?:wording|phrasing|line)|"
    r"合规(?:点|一点|些)?的(?:说法|讲法|表达|替代)|换(?:成|个)什么说法|怎么说(?:比较|更|才)?合规|应该怎么说|可以怎么说|\breword|\brephrase|\bcompliant alternative|\bsafer (?:version|wording)|"
    r"\bcompliant (?:version|wording)|\bfix (?:it|the wording)|\bmake it compliant|"
    r"(?:好点|好一点|更好|稳妥点|稳妥一点|稳一点|妥当点|合适点|安全点)的?(?:说法|讲法|表达|版本|措辞|写法)|\b(?:better|nicer|safer) (?:wording|phrasing|version|line)\b",
    re.I,
)


def asks_rewrite(instruction: str) -> bool:
    """Return whether the words around a draft ask for a compliant rewrite ("换个说法", "compliant way to say it")."""
    return bool(REWRITE.search(instruction))


def asks_check(instruction: str) -> bool:
    """Return whether the words around a pasted/quoted draft ask whether it may be sent.

    Args:
        instruction: The message without its draft (as :func:`split_payload` returns it).

    Returns:
        True for a check ("is this ok to send?", "这句有问题吗"), False for other asks about the text.
    """
    return len(instruction) <= 80 and bool(_CHECK.search(instruction)) and not _OTHER.search(instruction)


_INSTEAD = lazy_re.compile(
    r"替代|代替|取代|替换|换掉|顶替|\binstead of\b|\balternatives? (?:to|for)\b|\breplace\b|\bin place of\b|\brather than\b|"
    r"\bswap (?:out|for)\b",
    re.I,
)
PHRASE_MAX = 24  # a quoted phrase to replace ("保证100%通过"), not a whole message to check


_QUOTED = lazy_re.compile(r"[「“\"『'‘]([^「“\"『」”\"』'’\n]{2,24})[」”\"』'’]")  # up to PHRASE_MAX


def alternative(instruction: str, payload: str | None) -> str | None:
    """Return the quoted phrase a request wants compliant wording for instead ("有没有说法可以替代'…'"), or None.

    Such a request wants scripts (what to say), not a scan of the phrase: the phrase is what the
    scripts should replace. A phrase too short to be taken as a draft is found in the quotes.

    Args:
        instruction: The message without its draft (as :func:`split_payload` returns it).
        payload: The quoted or pasted text, if any.
    """
    if not _INSTEAD.search(instruction):
        return None
    if payload is not None:
        return payload if len(payload) <= PHRASE_MAX and "\n" not in payload else None
    quoted = _QUOTED.search(instruction)
    return quoted.group(1).strip() if quoted else None


def alternative_query(instruction: str, payload: str | None, lang: str) -> dict[str, str] | None:
    """Return ``suggest_scripts`` arguments for a request for wording to say instead of a phrase, or None."""
    phrase = alternative(instruction, payload)
    if phrase is None:
        return None
    return {"query": f"{phrase} {'合规说法' if lang == 'zh' else 'compliant wording instead'}", "scenario": "compliance_safe"}


def ask_before_check(instruction: str, route: Callable[[str], tuple[str | None, float]]) -> tuple[str, str] | None:
    """Return ``(part, tool)`` when a draft check follows a question of its own ("how many X alerts? also check this: …").

    The part before the check must be an ask the router routes (:data:`SURE`) and not a draft
    tool itself; the rest must be the check ("also check this line", "另外帮我看看这句能不能发").
    """
    for m in SPLIT.finditer(instruction):
        part, rest = instruction[: m.start()].strip(" ，,"), instruction[m.end() :].strip(" ，,：:")
        if len(part) < 4 or not ASKS.search(part) or _CHECK.search(part) or not _CHECK.search(rest) or _OTHER.search(rest):
            continue
        tool, p = route(part)
        if tool and tool not in ("scan_text", "suggest_scripts") and p >= SURE:
            return part, tool
    return None


SURE = 0.5  # the router's own threshold is 0.45: a quoted draft plus a check already says what the rest is

"""Whether the new conversation says last time's risk is settled, whatever its category.

The category rules of :mod:`delta_rules` (a price accepted, a certificate provided…) miss a
settlement said about the risk's own subject: "义乌那家…不考虑了" for a competitor, "新样品卡扣很紧，
没问题" for a loose clip, "the Vietnamese factory is no longer in the picture". Here a sentence
settles a risk when it shares the risk's distinctive words (a place, a part, a product code — not
"客户", "price", "target") and one of its clauses says it is over (solved, accepted, agreed,
passed, approved, no longer considered) with no "still / not yet / again" in that clause. A clause
right after the one naming the risk speaks of it too ("把手很牢，没问题"), unless it turns to other
things ("其他都没问题", "the rest passed") or the naming clause keeps the risk open ("把手还是会断",
"the certificate is being reissued") — "still" with a good state and no trouble word ("把手还是很牢",
"the clips still hold tight") does not keep it open.
"""

from __future__ import annotations

import re

from assistant.summaries.need_drops import CLAUSE, tokens
from assistant.text import lazy_re

_RESOLVED = lazy_re.compile(
    r"解决了|没问题|没有问题|通过了|已(?:经)?通过|合格|认可|满意|(?:可以|能|已|都)接受|接受了|谈定|定了|成交|批了|同意了|"
    r"下来了|(?:刚|已经?)?拿到了?|不考虑|不再考虑|打消|放心了|消失了|(?:很|都|完全)一致|没有?(?:再)?(?:漏|裂|断|松|坏|变形)|"
    r"\b(?:resolved|fixed|sorted|passed|accepted|approved|agreed|no longer|off the table|behind us|renewed|"
    r"(?:is|are) fine|works for us|stay(?:s|ing)? with (?:us|you)|happy with|signed off|no (?:problems?|issues?) at all|"
    r"(?:is|are) gone|went away|disappeared|(?:case|issue|ticket|complaint)s? (?:is|are|was|were) closed|held(?: up| firm| tight| fine|(?=\s*(?:[.!,;]|$)))|not a single|nothing (?:cracked|broke|leaked|bent|snapped))\b",
    re.I,
)
_STILL = lazy_re.compile(
    r"还没|尚未|仍然|还是(?:贵|高|不)|不能接受|不接受|没通过|不合格|太贵|太高|又|再次|"
    r"\b(?:still|not yet|yet to|haven't|hasn't|isn't|aren't|can't|cannot|won't|not (?:fixed|resolved|solved|passed|accepted|approved|agreed|fine|ok)|"
    r"too (?:high|expensive)|again|if|unless|whether)\b",
    re.I,
)
_QUESTION = lazy_re.compile(r"[?？]\s*$|吗")
_GENERIC = frozenset(
    "客户 我方 我们 你们 目标 报价 上次 需要 要求 价格 单价 担心 问题 供应 应商 经理 采购 "
    "our their customer customers target quoted quote price per for against vs usd eur gbp aud rmb cny the "
    "last first new yet not need needs still of to in on at by is vs".split()
)


_PRICE_OK = lazy_re.compile(  # a figure accepted settles a price, never a quality or a certificate
    r"\d.*(?:接受|谈定|成交|可以做|\b(?:works for us|is fine|accepted|agreed)\b)", re.I
)
_PRICED = frozenset({"price", "competitor", "budget", "payment"})
_OPEN = lazy_re.compile(  # the risk's subject said to be still pending
    r"还没|尚未|还在|仍在|重新(?:测|检|做)|推迟|延期|等.{0,6}(?:出|下来)|"
    r"\b(?:still|not yet|yet to|re-?test\w*|delay\w*|pending|will be (?:issued|ready|sent)|scheduled for)\b",
    re.I,
)
_TO_SEND = lazy_re.compile(  # a document still to be sent: pending for a certificate or report risk only
    r"(?:会|再|尽快|下周|明天|周[一二三四五]前?).{0,6}(?:发|提供)|\b(?:will|'ll) (?:send|share|provide|forward|email)\b",
    re.I,
)


_OTHERS = lazy_re.compile(  # a clause about the other things, not the named risk
    r"^\s*(?:其他|其它|其余|别的|剩下|剩余|另外的|\b(?:the rest|the others?|others|all (?:the )?others|everything else|"
    r"all else|the remaining|remaining|apart from|except)\b)",
    re.I,
)
_KEEPS_OPEN = lazy_re.compile(  # the naming clause says the risk goes on
    r"还是|仍|依然|依旧|又|\b(?:still|again|(?:is|are) being \w+|re-?issu\w*)\b", re.I
)
_BOTH = lazy_re.compile(r"又[^又，,]{1,4}又")  # "又牢又稳": both, not again
# "still" with a good state and no trouble word ("卡扣还是很紧", "the clips still hold tight") goes on being fine
_STILL_GOOD = lazy_re.compile(
    r"(?:还是|仍然|依然|依旧|仍)(?:很|挺|非常|比较)?(?:牢|紧|稳|结实|正常|好|稳定|准|干净)|"
    r"\bstill\b.{0,20}\b(?:tight|firm|solid|secure|fine|good|ok|okay|perfect|strong|stable|clean|holds?|held|works?)\b",
    re.I,
)
_TROUBLE = lazy_re.compile(
    r"不|没|未|会|松|断|裂|漏|坏|掉|差|问题|\b(?:not|no|never|loose|leak\w*|break\w*|broke|crack\w*|fail\w*|"
    r"wobbl\w*|smell\w*|too)\b|n't",
    re.I,
)


def _keeps_open(clause: str) -> bool:
    """Whether a clause naming the risk says it goes on ("还是会断", "is being reissued"), not that it stays fine."""
    clause = _BOTH.sub("", clause)
    if _STILL_GOOD.search(clause) and not _TROUBLE.search(clause):
        return False
    return bool(_KEEPS_OPEN.search(clause) or _OPEN.search(clause))


_PARTS = lazy_re.compile(r"(?<=[.!?。！？])\s+")


def _parts(sentence: str) -> list[str]:
    """Cut a sentence after every closing mark ("122 is fine for the ST-7. What about the CS-3?")."""
    return [p for p in _PARTS.split(sentence) if p.strip()]


def _clauses(text: str, words: set[str]) -> list[str]:
    """Return the clauses of ``text`` sharing one of ``words`` or following one that does ("把手很牢，没问题")."""
    parts = CLAUSE.split(text)
    named = [bool(words & tokens(c)) for c in parts]

    def follows(i: int) -> bool:
        prev = parts[i - 1]
        return named[i - 1] and not _OTHERS.search(parts[i]) and not _keeps_open(prev)

    return [c for i, c in enumerate(parts) if named[i] or (i > 0 and follows(i))]


def said_settled(risk_text: str, said: list[str], category: str | None = None) -> str | None:
    """Return the sentence of ``said`` that settles the risk stated as ``risk_text``, else ``None``.

    A clause must both share one of the risk's distinctive words and say it is over; a figure
    accepted ("$12.20 works for us") settles only a risk of price, competitor, budget or payment.
    """
    words = tokens(risk_text) - _GENERIC
    for sentence in said:
        for part in _parts(sentence):
            if _QUESTION.search(part):
                continue
            for clause in _clauses(part, words):
                if not _RESOLVED.search(clause) or _STILL.search(clause):
                    continue
                if category and category not in _PRICED and _PRICE_OK.search(clause):
                    continue
                return sentence
    return None


def said_open(risk_text: str, said: list[str], category: str | None = None) -> str | None:
    """Return the last sentence of ``said`` saying the risk's subject is still pending ("being re-tested").

    For a certificate or report (``compliance``), a promise to send it ("I will send you the report
    by 31 March") says so too.
    """
    words = tokens(risk_text) - _GENERIC
    rxs = (_OPEN, _TO_SEND) if category == "compliance" else (_OPEN,)
    found = None
    for sentence in said:
        if any(rx.search(c) and words & tokens(c) for c in CLAUSE.split(sentence) for rx in rxs):
            found = sentence
    return found

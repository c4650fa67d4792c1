"""Refusals and policy notices: a term the clause negates or prohibits is not a violation.

"我们不给回扣", "严禁飞单", "飞单这种事公司是严禁的", "Never pay to a personal account",
"No personal WeChat please", "our anti-bribery policy" and "I can't share other clients'
prices" name a banned practice in order to refuse it. :func:`negated` looks only inside
the hit's clause (commas and sentence marks end a clause):

* **before the hit**: a negator or prohibition (不/没/别/勿/禁止/严禁/杜绝/拒绝/反…;
  never, don't, no, can't, avoid, anti-…) at most :data:`ZH_GAP` characters or
  :data:`EN_GAP` words before it, with no legitimate-route word in between: in
  "别走公司直接打我卡上" the negation is about the company route, so the hit stands;
* **after the hit**: a prohibition that closes the clause ("…是严禁的", "…is not allowed",
  "… policy").

Compounds that only look negative (不错, 不过, 没问题, 别人, 别家, 不用, no need, no one)
are not negators. An anti-fraud notice ("如有员工向您索要回扣，请举报", "please ignore anyone
who asks you to pay into a personal account") names the request it warns against
(:mod:`assistant.compliance.notices`); absolute claims and insults are never vetoed by it
either. Contact detectors (phone, e-mail, links) are never vetoed: a number is
a number however it is introduced. Only messages with hits reach this check, so clean
messages pay nothing.
"""

from __future__ import annotations

import re

from assistant.compliance.notices import in_notice
from assistant.compliance.result import Hit

ZH_GAP = 6
ZH_STRONG_GAP = 16  # 禁止/严禁/不得 … reach further: "禁止业务员收取客户任何好处费"
EN_GAP = 6
_CLAUSE = re.compile(r"[，,。！!？?；;：:\n\r、]|\.(?=\s|$)|\s[-–—]\s")
_ZH_NEG = re.compile(
    r"(?:严禁|禁止|杜绝|拒绝|拒收|谨防|警惕|远离|举报|打击|反对|防止|不得|不可|不能|不会|不要|不准|不许|不给|不收|不做|不接"
    r"|不提供|不方便|不便|不参与|不接受|从不|从来不|绝不|决不|没有|没|请勿|切勿|勿|别(?![人家的处样具])|不(?![错过少久断停仅但然如管论同用必怕料]))"
    r"|反(?=腐|贿|商业贿赂|回扣|不正当)"
)
_ZH_STRONG = re.compile(r"严禁|禁止|杜绝|不得|不准|不许|不允许|绝不|决不|请勿|切勿")
_ZH_NOT_NEG = re.compile(
    r"没问题|没事|没关系|没人知道|没人会知道|不用|不必|不然|不管|别担心|别怕|别客气|别告诉|别声张|别说|不好意思|不要告诉|不要声张|不要说"
)
_ZH_AFTER = re.compile(
    r"(?:是|都是|属于|一律|均)?(?:严禁|禁止|违规|违法|不允许|不被允许|不可以|不能做|不行的|绝对不行|零容忍|保密)"
    r"|[我们]{0,2}(?:不能|不方便|无法|不会)(?:透露|告诉|提供|给|说|分享)"
)
_EN_NEG = re.compile(
    r"\b(?:never|don'?t|do not|doesn'?t|does not|didn'?t|not|no|can'?t|cannot|won'?t|will not|shouldn'?t|"
    r"must not|mustn'?t|avoid|prohibits?|prohibited|forbids?|forbidden|bans?|banned|against|refuses?|"
    r"report|beware of|zero tolerance|polic(?:y|ies) (?:on|against)|free of|without)\b|\banti-?\s?$",
    re.IGNORECASE,
)
_EN_NOT_NEG = re.compile(
    r"\b(?:no need|no one|nobody|no problem|no worries|not only|not just|don'?t (?:tell|worry|mention)|do not (?:tell|mention))\b",
    re.IGNORECASE,
)
_EN_AFTER = re.compile(
    r"^\W*(?:is|are)?\s*(?:not allowed|not permitted|prohibited|forbidden|banned|confidential|private"
    r"|against (?:the |our |company |company's )?(?:rules|policy|law)|a firing offen[cs]e)"
    r"|^\W*(?:policy|policies|rules?|training|compliance)\b"
    r"|\b(?:not something we|we (?:don't|do not|never) (?:do|offer|accept|allow)|(?:is|are) (?:not allowed|prohibited|forbidden|banned))",
    re.IGNORECASE,
)
# A warning about fraud names the practice it warns against: "有人让您打款到个人卡上，这是诈骗".
_FRAUD_WARNING = re.compile(r"诈骗|骗局|冒充|scam|fraud|phishing|impersonat", re.IGNORECASE)
_WARNED = frozenset({"private_deal", "contact_leak"})
# Categories often *worded* with a negation: "no other factory can match us", "没有比我们更好的",
# "I don't have time for people like you". A negation before them is part of the violation.
_SAID_WITH_NEGATION = frozenset({"absolute_claims", "abuse"})
_SENTENCE = re.compile(r"[。！!？?；;\n\r]|\.(?=\s|$)")
_LEGIT_ROUTE = re.compile(
    r"公司|对公|公账|系统|合同|平台|company|system|contract|office|invoice|platform", re.IGNORECASE
)
_NEVER_VETOED = frozenset({"phone", "email", "url", "wechat_id", "detector"})


def _clause(text: str, start: int, end: int) -> tuple[str, str]:
    """Return the clause's text before ``start`` and after ``end``."""
    left = 0
    for m in _CLAUSE.finditer(text, 0, start):
        left = m.end()
    m = _CLAUSE.search(text, end)
    right = m.start() if m else len(text)
    return text[left:start], text[end:right]


def _sentence(text: str, start: int, end: int) -> str:
    """Return the sentence around ``text[start:end]``."""
    left = 0
    for m in _SENTENCE.finditer(text, 0, start):
        left = m.end()
    m = _SENTENCE.search(text, end)
    return text[left : m.start() if m else len(text)]


def _negated_before(before: str) -> bool:
    tail = before[-(ZH_STRONG_GAP + 6) :]
    for m in _ZH_NEG.finditer(tail):
        gap = tail[m.end() :]
        reach = ZH_STRONG_GAP if _ZH_STRONG.fullmatch(m.group()) else ZH_GAP
        at = m.start()
        question = m.group()[0] in "不没" and 0 < at and tail[at - 1] == tail[at + 1 : at + 2]
        if question:  # 是不是 / 能不能 / 有没有: a question, not a negation
            continue
        if len(gap) <= reach and not _LEGIT_ROUTE.search(gap) and not _ZH_NOT_NEG.match(tail, m.start()):
            return True
    words = before.split()
    window = " ".join(words[-(EN_GAP + 1) :]) + (" " if before.endswith(" ") else "")
    if before.rstrip().lower().endswith(("anti", "anti-")):
        return True
    for m in _EN_NEG.finditer(window):
        gap = window[m.end() :]
        if (
            len(gap.split()) <= EN_GAP
            and not _LEGIT_ROUTE.search(gap)
            and not _EN_NOT_NEG.match(window, m.start())
        ):
            return True
    return False


def negated(text: str, hit: Hit) -> bool:
    """Whether ``hit`` sits in a clause that refuses or prohibits it (see the module docstring)."""
    if hit.rule in _NEVER_VETOED or hit.rule not in {"lexicon", "combo"}:
        return False
    before, after = _clause(text, hit.start, hit.end)
    if hit.category not in _SAID_WITH_NEGATION and _negated_before(before):
        return True
    if hit.category in _WARNED and _FRAUD_WARNING.search(_sentence(text, hit.start, hit.end)):
        return True
    if hit.category not in _SAID_WITH_NEGATION and in_notice(text, hit.start, hit.end):
        return True
    return bool(_ZH_AFTER.search(after[:12]) or _EN_AFTER.search(after))


def drop_negated(text: str, hits: list[Hit]) -> list[Hit]:
    """Return ``hits`` without the negated ones."""
    return [h for h in hits if not negated(text, h)]

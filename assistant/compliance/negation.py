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

* **a topic refused after it**: the banned practice opens the clause and a refusal closes
  it ("好处费我们公司一律不提供", "飞单这种事我们从来不干", "私下交易对我们来说是红线",
  "kickbacks aren't something our team does", "cash deals are a hard no for us"), or a
  short refusal answers it ("A bribe? Not on my watch.", "飞单？不可能的。");
* **a report or a review** (:mod:`assistant.compliance.reports`): the rep refused or reported
  it ("…，我已经如实报给了主管", "I refused and reported it"), or QA quotes it;
* **a policy mention** (:func:`~assistant.compliance.notices.in_policy`): a quoted word in a
  wording rule, or a prohibition under a notice header (廉洁公告, training note …).

A refusal limited to others or to usual practice and then excepted is no refusal:
"回扣我们不提供给别人，但给您可以", "I don't usually do this, but for you …"; nor is a
conditional ("回扣不给的话…", "达不到我个人赔"). Compounds that only look negative (不错, 不过, 没问题, 别人, 别家, 不用, no need, no one)
are not negators. An anti-fraud notice ("如有员工向您索要回扣，请举报", "please ignore anyone
who asks you to pay into a personal account") names the request it warns against
(:mod:`assistant.compliance.notices`); absolute claims and insults are never vetoed by it
either. Contact detectors (phone, e-mail, links) are never vetoed: a number is
a number however it is introduced. Only messages with hits reach this check, so clean
messages pay nothing.
"""

from __future__ import annotations

import re

from assistant.compliance.notices import in_notice, in_policy
from assistant.compliance.reach import left_break, right_break
from assistant.compliance.reports import disclaimed, quoted_in_review, reported
from assistant.compliance.result import Hit
from assistant.text import lazy_re

ZH_GAP = 6
ZH_STRONG_GAP = 16  # 禁止/严禁/不得 … reach further: "禁止业务员收取客户任何好处费"
EN_GAP = 6
_CLAUSE = lazy_re.compile(r"[，,。！!？?；;：:\n\r、]|\.(?=\s|$)|\s[-–—]\s")
_ZH_NEG = lazy_re.compile(
    r"(?:严禁|禁止|杜绝|拒绝|拒收|谨防|警惕|远离|举报|打击|反对|防止|不得|不可|不能|不会|不要|不准|不许|不给|不收|不做|不接受|不接"
    r"|不提供|不方便|不便|不参与|不接受|从不|从来不|绝不|决不|没有|没|请勿|切勿|勿|别(?![人家的处样具])|不(?![错过少久断停仅但然如管论同用必怕料了]))"
    r"|反(?=腐|贿|商业贿赂|回扣|不正当)"
)
_ZH_STRONG = lazy_re.compile(r"严禁|禁止|杜绝|不得|不准|不许|不允许|绝不|决不|请勿|切勿")
_ZH_NOT_NEG = lazy_re.compile(
    r"没问题|没事|没关系|没人知道|没人会知道|不用|不必|不然|不管|别担心|别怕|别客气|别告诉|别声张|别说|不好意思|不要告诉|不要声张|不要说"
)
_ZH_AFTER = lazy_re.compile(
    r"(?:是|都是|属于|一律|均)?(?:严禁|禁止|违规|违法|不允许|不被允许|不可以|不能做|不行的|绝对不行|零容忍|保密)"
    r"|[我们]{0,2}(?:不能|不方便|无法|不会)(?:透露|告诉|提供|给|说|分享)"
)
_EN_NEG = lazy_re.compile(
    r"\b(?:never|don'?t|do not|doesn'?t|does not|didn'?t|not|no|can'?t|cannot|won'?t|will not|shouldn'?t|"
    r"must not|mustn'?t|avoid|prohibits?|prohibited|forbids?|forbidden|bans?|banned|against|refuses?|"
    r"report|beware of|zero tolerance|polic(?:y|ies) (?:on|against)|free of|without)\b|\banti-?\s?$",
    re.IGNORECASE,
)
_EN_NOT_NEG = lazy_re.compile(
    r"\b(?:no need|no one|nobody|no problem|no worries|not only|not just|don'?t (?:tell|worry|mention)|do not (?:tell|mention))\b",
    re.IGNORECASE,
)
_EN_AFTER = lazy_re.compile(
    r"^\W*(?:is|are)?\s*(?:not allowed|not permitted|prohibited|forbidden|banned|confidential|private"
    r"|against (?:the |our |company |company's )?(?:rules|policy|law)|a firing offen[cs]e)"
    r"|^\W*(?:policy|policies|rules?|training|compliance)\b"
    r"|\b(?:not something we|we (?:don't|do not|never) (?:do|offer|accept|allow)|(?:is|are) (?:not allowed|prohibited|forbidden|banned))",
    re.IGNORECASE,
)
# A topicalised object refused after it: "好处费我们公司一律不提供", "飞单这种事我们从来不干",
# "私下交易对我们来说是红线", "回扣是我们的红线". Not when the refusal is conditional ("不给的话").
_ZH_TOPIC_REFUSAL = lazy_re.compile(
    r"^(?:这种|这类|这样的|之类的?|这个|这些|这块|这一块|这方面)?(?:事情?|做法|东西|行为)?[^，,。！!？?；;]{0,10}?"
    r"(?:(?:一律|从来|从|绝|决|坚决|都|也|是)?(?:不提供|不做|不干|不碰|不接受|不收|不给|不搞|不参与|不沾|不会做|不会碰|不会提供|不会给|不会搞"
    r"|不接(?!着)|不考虑|不行(?!的话)|不可以|做不了|办不到|给不了)"
    r"|(?:是|属于|就是|算是)?(?:我们的|我们|公司的|我司的|咱们的|我的)?(?:红线|底线|高压线|禁区|雷区)(?:之一)?)"
    r"[的了啊哦呀哈滴事情]*$"
)
# The same in English: "kickbacks aren't something our team does", "cash deals are a red line for us".
_EN_TOPIC_REFUSAL = lazy_re.compile(
    r"^\W*(?:[\w'-]+\s+){0,3}?(?:(?:is|are)(?:n't| not) (?:something|anything) (?:we|i|our \w+|this \w+)(?:'ll|'d| will| would)? (?:do|does|offer|offers|allow|allows|accept|accepts|touch|touches)"
    r"|(?:is|are) (?:a |our )?(?:red line|hard no|non-starter|off the table|off-limits|off limits|never on the table)"
    r"|(?:is|are)(?:n't| not) how (?:we|i) (?:do business|work|operate))\b",
    re.IGNORECASE,
)
# A refusal answering a topic question: "A bribe? Not on my watch." / "回扣？不可能的事。"
_ANSWER_REFUSAL = lazy_re.compile(
    r"^[^。！!？?.\n]{0,12}[？?]\s*(?:not on my watch|never|no way|absolutely not|not a chance|not happening|"
    r"out of the question|we don'?t do that|not here|nope|no thanks|sorry,? no)\s*(?:[.!,;]|$)"
    r"|^[^。！!？?.\n]{0,12}[？?]\s*sorry,? (?:(?:we|i) (?:can'?t|don'?t|do not|cannot)|(?:payments?|money) (?:only|always|must) go)\b"
    r"|^[^。！!？?.\n]{0,12}[？?]\s*(?:not something (?:i|we)(?:'ll|'d| will| would)? ever|not something (?:i|we) do)"
    r"|^[^。！!？?.\n]{0,12}[？?]\s*(?:这个|这种事情?|这样|那个)?(?:真的?|绝对|肯定|实在|确实)?"
    r"(?:不可能|没门|想都别想|免谈|绝对不行|门都没有|我们不做|不做的|不存在的|不行|谢谢[，,]?不用|不用了|不需要)"
    r"[的啊哦呀了]*(?:[。！!，,；;]|$)",
    re.IGNORECASE,
)
# A refusal limited to others or to usual practice, with an exception after it, is no refusal:
# "回扣我们不提供给别人，但给您可以", "I don't usually do this, but for you…".
_RESTRICTED = lazy_re.compile(
    r"一般|通常|平时|平常|很少|轻易|经常|给别人|对别人|别的客户|其他客户|其他人"
    r"|\b(?:usually|normally|typically|generally|often|as a rule|rarely|for (?:others|other clients|anyone else|most))\b",
    re.IGNORECASE,
)
_EXCEPTION = lazy_re.compile(
    r"(?:但|但是|可是|不过|只是)(?:是)?(?:给您|给你|对您|对你|您|你|咱们|这次|这回|破例|例外)"
    r"|\b(?:but|though|however|except)\b,?\s*(?:for you|with you|in your case|you|this time|just this once|cash|i can|i could|i'?ll|we can make)",
    re.IGNORECASE,
)
EXCEPTION_REACH = 60
# A warning about fraud names the practice it warns against: "有人让您打款到个人卡上，这是诈骗".
_FRAUD_WARNING = lazy_re.compile(r"诈骗|骗局|冒充|scam|fraud|phishing|impersonat", re.IGNORECASE)
_WARNED = frozenset({"private_deal", "contact_leak"})
# Categories often *worded* with a negation: "no other factory can match us", "没有比我们更好的",
# "I don't have time for people like you". A negation before them is part of the violation.
_SAID_WITH_NEGATION = frozenset({"absolute_claims", "abuse"})
_SENTENCE = lazy_re.compile(r"[。！!？?；;\n\r]|\.(?=\s|$)")
_LEGIT_ROUTE = lazy_re.compile(
    r"公司|对公|公账|系统|合同|平台|company|system|contract|office|invoice|platform", re.IGNORECASE
)
_NEVER_VETOED = frozenset({"phone", "email", "url", "wechat_id", "detector"})
# A shortfall that conditions a promise ("达不到我个人赔", "卖不完的话算我的") is no refusal of it.
_SHORTFALL = lazy_re.compile(
    r"(?:(?:达|做|卖|办|省|赚|实现|完成|过)(?:不到|不完|不成|不了|不下来|不出去)|没(?:达到|做到|卖完|完成)|不达标)"
    r"(?:的话)?(?:就|那)?$"
)


def _clause(text: str, start: int, end: int) -> tuple[str, str]:
    """Return the clause's text before ``start`` and after ``end``."""
    return text[left_break(_CLAUSE, text, start) : start], text[end : right_break(_CLAUSE, text, end)]


def _sentence(text: str, start: int, end: int) -> str:
    """Return the sentence around ``text[start:end]``."""
    return text[left_break(_SENTENCE, text, start) : right_break(_SENTENCE, text, end)]


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


def _excepted(text: str, hit: Hit) -> bool:
    """Whether a refusal near the hit is limited ("一般不…", "to others") and then excepted ("但给您可以")."""
    around = text[max(0, hit.start - EXCEPTION_REACH) : hit.end + EXCEPTION_REACH]
    m = _EXCEPTION.search(around)
    return m is not None and (
        _RESTRICTED.search(around, 0, m.start()) is not None
        or bool(re.match(r"(?:但|但是|可是|不过)(?:给您|给你|对您)", m.group()))
    )


# A refusal inside the hit's own span: "收益我没法给您打包票" (a combo from 收益 to 打包票), "I can't promise
# you'll make money"; not when a legitimate route follows it ("不能走公司，打我卡上" is the violation).
_INSIDE_REFUSAL = lazy_re.compile(
    r"没法|没办法|无法|不能|不敢|给不了|做不到|保证不了"
    r"|\b(?:can'?t|cannot|won'?t|will not|unable to|not able to|not allowed to|not going to)\b"
    r"|\b(?:is|are) (?:never|not) (?:guaranteed|promised)\b",
    re.IGNORECASE,
)
# The next clause refuses the hit's clause: "转到我个人卡上，这个绝对不行", "私下交易，我们不做".
_NEXT_REFUSAL = lazy_re.compile(
    r"[，,；;]\s*(?:这个|这种事情?|这样|那个|这种做法)?(?:我们|我|公司)?(?:真的?|绝对|肯定|实在|确实|一律)?"
    r"(?:不行|不可以|不能做|做不了|办不到|不合规|不考虑|不接受?|不做)"
    # The refusal ends its clause: not "不行吗？" (a question), "不接受的话…" (a condition), "不可以告诉别人"
    # (an instruction to keep it quiet) or "不考虑一下吗".
    r"[的了啊哈呀]*\s*(?:[。．.！!；;，,\n]|$)"
)


# A claim the rep declines to make: "我不敢保证是全网最低", "I won't claim we're the cheapest in the market".
# Only the assertion verb right before the claim counts: "没人敢说比我们好，我们就是全国最好的" still alerts.
_DECLINED_CLAIM = lazy_re.compile(
    r"(?:不敢|不能|不会|没法|没办法|无法|不好|不可以|不便)(?:随便|轻易|乱)?(?:保证|承诺|打包票|说|讲|宣称|宣传|标榜)"
    r"|\b(?:can'?t|cannot|won'?t|will not|wouldn'?t|not able to|unable to|not allowed to|rather not|don'?t|do not)"
    r"\s+(?:honestly\s+|really\s+)?(?:guarantee|promise|claim|say|call (?:it|us|this))\b",
    re.IGNORECASE,
)
DECLINED_REACH = 40  # characters from the verb to the claim, inside one clause


def _declined_claim(before: str) -> bool:
    """Whether the clause before an absolute claim declines to make it (see :data:`_DECLINED_CLAIM`)."""
    found = list(_DECLINED_CLAIM.finditer(before[-DECLINED_REACH:]))
    return bool(found) and not re.search(r"但|可是|\bbut\b", before[-DECLINED_REACH:][found[-1].end() :])


def _refused_inside(text: str, hit: Hit) -> bool:
    """Whether a refusal sits inside the hit's span with no legitimate route after it (see :data:`_INSIDE_REFUSAL`)."""
    span = text[hit.start : hit.end]
    m = _INSIDE_REFUSAL.search(span)
    return m is not None and m.start() > 0 and not _LEGIT_ROUTE.search(span, m.end())


def _topic_refused(text: str, hit: Hit, after: str) -> bool:
    """Whether the hit is a topic its own clause, or a one-word answer after it, refuses (see the patterns)."""
    if (len(after) <= 24 and _ZH_TOPIC_REFUSAL.search(after)) or _EN_TOPIC_REFUSAL.search(after):
        return True
    return _ANSWER_REFUSAL.search(text[hit.end : hit.end + 60]) is not None


def negated(text: str, hit: Hit) -> bool:
    """Whether ``hit`` sits in a clause that refuses or prohibits it (see the module docstring)."""
    if hit.rule in _NEVER_VETOED or hit.rule not in {"lexicon", "combo"}:
        return False
    if _excepted(text, hit):
        return False
    if reported(text, hit) or quoted_in_review(text, hit) or disclaimed(text, hit):
        return True
    before, after = _clause(text, hit.start, hit.end)
    if hit.category not in _SAID_WITH_NEGATION and (
        _topic_refused(text, hit, after)
        or _refused_inside(text, hit)
        or _NEXT_REFUSAL.match(text, hit.end + len(after)) is not None
    ):
        return True
    if hit.category == "absolute_claims" and _declined_claim(before):
        return True
    shortfall = _SHORTFALL.search(before) if hit.category == "guarantee" else None
    if hit.category not in _SAID_WITH_NEGATION and _negated_before(
        before[: shortfall.start()] if shortfall else before
    ):
        return True
    if hit.category in _WARNED and _FRAUD_WARNING.search(_sentence(text, hit.start, hit.end)):
        return True
    if hit.category not in _SAID_WITH_NEGATION and in_notice(text, hit.start, hit.end):
        return True
    if in_policy(text, hit.start, hit.end):
        return True
    return bool(_ZH_AFTER.search(after[:12]) or _EN_AFTER.search(after))


def drop_negated(text: str, hits: list[Hit]) -> list[Hit]:
    """Return ``hits`` without the negated ones."""
    return [h for h in hits if not negated(text, h)]

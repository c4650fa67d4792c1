"""Reports and reviews that *mention* a banned practice: a rep reporting or refusing it, QA quoting it.

"客户想让我私下收返点，我已经如实报给了主管", "对方暗示要好处费，我当场拒绝并报备了",
"The client offered me a kickback; I refused and reported it to compliance" describe an
offer the rep turned down; "质检通报：某销售在群里说'稳赚不赔'，已扣分处理" quotes a
violation in order to sanction it. Both name the words without using them.

* :func:`reported`: after the hit (within :data:`REPORT_REACH` characters, the same
  sentence or the next) the rep says, in the past, that they refused or reported it:
  我拒绝了 / 没答应 / 已上报 / 报备了 / 报给了主管 / 跟经理说了; I declined / refused /
  said no / reported / logged / flagged / escalated it. A refusal that is itself negated
  or asked for ("您别拒绝", "不用上报", "don't report it") is none; a hit after the report
  ("我拒绝了公司的方案，钱直接打我个人卡") is not covered, since only the text after the
  hit counts — unless the hit is the object of the report in its own clause ("I reported
  the customer who offered me a bribe", "我已经举报了那个要回扣的采购"). Insults and absolute claims are never vetoed this way ("你个傻X，我已经报给
  主管了" is still an insult). The refusal covers the hit only when someone else *offered or
  asked for* it before it (:data:`_OFFERED`: 客户想让我…, 对方暗示…, the client offered…) or
  the hit is echoed as a question ("回扣？我拒绝了"), and when the refusal does not name another
  object (:data:`_OTHER_OBJECT`): "这个产品保证收益，别的条件我拒绝了" and "I guarantee 100%
  returns. I declined the other request." are the rep's own words with an unrelated refusal
  appended, and still alert.
* :func:`disclaimed`: a claim the customer made, quoted and then disclaimed by the rep
  ("客户说我们是行业天花板，我说不敢这么讲").
* :func:`quoted_in_review`: the hit sits inside quotation marks and the message is a QA
  or coaching text (质检, 抽检, 通报, 扣分, 整改, 培训, 提醒大家; QA, audit, coaching,
  flagged, reminder, training).
"""

from __future__ import annotations

import re

from assistant.compliance.notices import quoted
from assistant.compliance.reach import bounds, left_break, right_break
from assistant.compliance.result import Hit
from assistant.text import lazy_re

REPORT_REACH = 48
_CLAUSE_BREAK = lazy_re.compile(r"[，,。；;！!？?\n]|\.\s| - ")
_ZH_REPORT = lazy_re.compile(
    r"(?:婉拒|拒绝|回绝|谢绝|推掉|拒了|被我拒|记在|记到|记录在|记录了|已经记录|已记录|登记|没答应|没有答应|没接受|没有接受|没收下|退回|退还|上报|报备|报告了|汇报|报给|报到|如实报|举报了?"
    r"|反映给|告诉了?(?:主管|领导|经理|合规|公司|财务)|跟(?:主管|领导|经理|合规部?|公司|财务)(?:说|讲|汇报)了|记录在案|留档)"
)
_ZH_DONE = lazy_re.compile(r"我|本人|已|已经|当场|当即|立即|立刻|马上|随即|并|后来|都|了")
_ZH_NOT = lazy_re.compile(r"[别不没勿]|不要|不用|不必|不能|请勿|您|你")
_EN_REPORT = lazy_re.compile(
    r"\b(?:i|we|and|then|so)\b(?:\s+(?:have|had|already|immediately|politely|firmly|promptly|just))*\s+"
    r"(?:declined|refused|rejected|turned (?:it|him|her|them|this|that) down|said no|reported|logged|flagged|"
    r"escalated|returned|did not accept|didn'?t accept|never accepted|told (?:my )?(?:manager|boss|compliance|supervisor))\b",
    re.IGNORECASE,
)
# The hit is the object of the rep's own report or refusal, in its clause: "I reported the customer
# who offered me a bribe", "我已经举报了那个要回扣的采购".
_REPORTED_OBJECT = lazy_re.compile(
    r"^\s*(?:i|we)\s+(?:have\s+|had\s+|already\s+)*(?:reported|declined|refused|rejected|turned down|flagged|escalated)\b"
    r"|^\s*(?:我|我们)(?:已经|已|当场|立即)?(?:举报|上报|报备|拒绝|回绝|婉拒)了",
    re.IGNORECASE,
)
# Someone other than the rep offered or asked for the thing the rep then refused or reported.
_OFFERED = lazy_re.compile(
    r"(?:客户|对方|买家|采购|经销商|供应商|代理|他们|他|她|您|你|人家|有人|老板)[^，,。；;！!？?\n]{0,6}?"
    r"(?:说|要|想|让|提|问|暗示|开口|索|希望|给|送|塞|约|请我|叫我)"
    r"|\b(?:customer|client|buyer|prospect|he|she|they|someone|vendor|supplier|agent|you|distributor|broker|officer|"
    r"inspector|purchaser|manager)\b[^.;!?\n]{0,24}?\b(?:asked|asks|offered|offers|wanted|wants|tried|suggested|"
    r"proposed|hinted|requested|pushed|kept|insisted|demanded|invited|pressed|pitched)\b",
    re.IGNORECASE,
)
# The refusal is about something else: "别的条件我拒绝了", "I declined the other request".
_OTHER_OBJECT = lazy_re.compile(
    r"别的|其他|其它|另外|另一|上次|之前|那件事|那个事|那个要求|\b(?:the other|another|the rest|earlier|last time|"
    r"something else|that one|other)\b",
    re.IGNORECASE,
)
_ECHO = lazy_re.compile(r"\s*[？?]")
_DISCLAIMABLE = frozenset({"absolute_claims", "competitor_slander"})
_ATTRIBUTED = lazy_re.compile(
    r"(?:客户|对方|买家|采购|他|她)(?:说|夸|觉得|认为|称|问)"
    r"|\b(?:the |a |our |my |this )?(?:customer|client|buyer|prospect|he|she)\s+(?:said|says|called|calls|thinks|thought|asked|wrote)\b",
    re.IGNORECASE,
)
_DISCLAIMER = lazy_re.compile(
    r"不敢这么|不能这么|不会这么|我们不这么|不这样说|不这么说|不能这样|纠正|不做这种宣传"
    r"|\b(?:we|i) (?:don'?t|do not|can'?t|cannot|never|won'?t) (?:claim|say|use|make)\b|\bcorrected\b",
    re.IGNORECASE,
)
_NOT_VETOED = frozenset({"abuse", "absolute_claims", "discrimination"})
_REVIEW = lazy_re.compile(
    r"质检|抽检|抽查|通报|扣分|整改|复盘|培训|话术|合规|违规|提醒大家|请大家|大家注意|案例"
    r"|\b(?:qa|audit|audited|coaching|flagged|reminder|training|compliance|review(?:ed)?|case study|violation)\b",
    re.IGNORECASE,
)


def _refusal_at(text: str) -> int | None:
    """Where ``text`` says the rep refused or reported something (completed, not negated), else None."""
    for m in _ZH_REPORT.finditer(text):
        lead = text[max(0, m.start() - 8) : m.start()]
        if _ZH_NOT.search(lead[-2:]) and not m.group().startswith("没"):
            continue
        if _ZH_DONE.search(lead + m.group() + text[m.end() : m.end() + 2]):
            return m.start()
    m = _EN_REPORT.search(text)
    return m.start() if m else None


def _about_something_else(text: str, at: int) -> bool:
    """Whether the refusal at ``text[at]`` names another object ("别的条件我拒绝了")."""
    lo = left_break(_CLAUSE_BREAK, text, at, reach=12)
    return _OTHER_OBJECT.search(text, lo, right_break(_CLAUSE_BREAK, text, at)) is not None


def _says_refused(text: str) -> bool:
    """Whether ``text`` holds a completed, not negated refusal or report by the rep."""
    return _refusal_at(text) is not None


def reported(text: str, hit: Hit) -> bool:
    """Whether the rep refuses or reports the hit, after it or as its own clause's verb (module docstring)."""
    if hit.category in _NOT_VETOED:
        return False
    after = text[hit.end : hit.end + REPORT_REACH]
    at = _refusal_at(after)
    if at is not None and not _about_something_else(after, at) and _offered_or_echoed(text, hit):
        return True
    left = left_break(_CLAUSE_BREAK, text, hit.start)
    return _REPORTED_OBJECT.search(text[left : hit.start]) is not None


def _offered_or_echoed(text: str, hit: Hit) -> bool:
    """Whether someone else offered or asked for the hit before it, or the rep echoes it as a question."""
    if _ECHO.match(text, hit.end):
        return True
    start = max(0, hit.start - 2 * REPORT_REACH)
    return _OFFERED.search(text, start, hit.end) is not None


def disclaimed(text: str, hit: Hit) -> bool:
    """Whether a claim the customer made is quoted and then disclaimed by the rep.

    "客户说我们是行业天花板，我说不敢这么讲", "The customer called us the top dog in the
    market, I said we don't claim that": the words are the customer's, and the rep refuses
    them. Both the attribution (in the hit's clause, before it) and the disclaimer (after
    it) are needed: "客户都说我们是行业天花板" alone is the rep using it.
    """
    if hit.category not in _DISCLAIMABLE:
        return False
    left = left_break(_CLAUSE_BREAK, text, hit.start)
    if _ATTRIBUTED.search(text[left : hit.start]) is None:
        return False
    return _DISCLAIMER.search(text, hit.end, hit.end + REPORT_REACH * 2) is not None


def quoted_in_review(text: str, hit: Hit) -> bool:
    """Whether the hit is quoted in a QA, audit or coaching text (see the module docstring)."""
    lo, hi = bounds(text, hit.start, hit.end)
    return quoted(text, hit.start, hit.end) and _REVIEW.search(text, lo, hi) is not None


def refusal_report(text: str) -> bool:
    """Whether a later clause of ``text`` says the rep refused or reported something.

    Keeps the second stage off "He asked me to Venmo him a cut, I said no and flagged it":
    the report must follow a clause break, so an opening "I refused the company's price,
    pay me directly" does not count.
    """
    first = _CLAUSE_BREAK.search(text)
    if first is None:
        return False
    rest = text[first.end() :]
    at = _refusal_at(rest)
    if at is None or _about_something_else(rest, at):
        return False
    return (
        _OFFERED.search(text, 0, first.end() + at) is not None
        or _ECHO.search(text, 0, first.end()) is not None
    )

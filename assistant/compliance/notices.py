"""Anti-fraud notices: "if anyone asks you for X, report it" names X to warn against it.

"如有员工向您索要回扣，请向公司举报", "若有业务员让您加私人微信，请勿理会", "Please ignore
anyone who asks you to pay into a personal account", "If anyone asks you for a kickback,
report it to compliance" and "Report any request for a personal payment" describe a
request someone else might make, and tell the customer to report, ignore or refuse it.
:func:`in_notice` holds for a hit when both are present:

* **the request frame**, in the hit's clause (no comma between) and before it: a
  hypothetical requester and a request verb (如有员工/若有业务员/如遇有人/任何人 … 索要/要求/
  让您/送; anyone/someone/any staff member … asks/requests/tells you; "any request for").
  "如有需要，我私下给您回扣" and "没有人会知道，我私下给…" have no requester;
* **a directive** anywhere in the message that is not itself negated: 举报, 投诉, 不要理会,
  请勿相信, 请拒绝, 报警, 告知公司, 联系监察; report, ignore, refuse, decline, disregard,
  do not pay, let us know. A closing like "有问题联系我们" is no directive. "别举报", "举报也没用", "don't report this" and "forget reporting" are no
  directive, so "don't report this, just pay to my own account" still alerts.

:func:`in_policy` holds for a hit a policy text *mentions* rather than uses:

* **quoted in a rule about wording**: the hit is inside quotation marks, and the message
  both talks about words (字样, 字眼, 用语, 话术, 说法; phrase, word, wording, term) and
  forbids or flags them (不得, 禁止, 违规, 避免; prohibited, not allowed, avoid, flagged):
  "提醒：聊天中不得出现'零风险'等字样", "Training note: phrases like 'risk-free' are banned";
* **under a notice header** (廉洁公告, 合规提醒, 反诈提示, 培训; integrity notice, code of
  conduct, anti-bribery policy, fraud alert, training note) with a prohibition before the
  hit in its sentence: "廉洁公告：员工不得收受任何形式的好处费、回扣", "Our integrity policy
  forbids gifts to buyers". A "but"/"但" after the hit in its sentence voids it.

A violation said without a hypothetical requester ("不要理会公司的流程，货款转我个人卡")
has no frame and stands. The caller (:mod:`assistant.compliance.negation`) never applies
this to absolute claims and insults.
"""

from __future__ import annotations

import re

from assistant.compliance.reach import bounds, left_break, right_break
from assistant.text import lazy_re

_ZH_PERSON = (
    r"(?:(?:如有|若有|如果有|假如有|倘若有|一旦有|如遇|若遇|如遇到|如发现|若发现|凡有)"
    r"(?:人|任何人|员工|业务员|销售|工作人员|自称|冒充|第三方|本公司|我司)|(?<!没)有人|任何人)"
)
_ZH_ASK = r"索要|索取|讨要|要求|让您|让你|叫您|叫你|向您要|跟您要|找您要|向您收|向你要|以[^，,。]{0,8}名义|提出|暗示|推销|引导您|诱导"
# Someone asking for it (任何/凡是 … 要求 reads as a request too), or a person offering it (有人 … 送/给).
_ZH_FRAME = lazy_re.compile(
    rf"(?:{_ZH_PERSON}|任何|凡是|凡)[^，,。！？!?；;\n]{{0,16}}?(?:{_ZH_ASK})"
    rf"|{_ZH_PERSON}[^，,。！？!?；;\n]{{0,16}}?(?:送|给|赠送|提供|许诺|承诺)"
)
_EN_FRAME = lazy_re.compile(
    r"\b(?:anyone|anybody|someone|somebody|whoever|people|(?:any|a|an|our) (?:\w+ ){0,2}?"
    r"(?:staff(?: member)?|employees?|persons?|one|reps?|representatives?|salesperson|salesman|member of (?:our )?staff|callers?|agents?))"
    r"\b[^.?!;\n]{0,40}?\b(?:asks?|asking|asked|requests?|requesting|demands?|demanding|tells?|telling|wants?|"
    r"pressures?|pressuring|urges?|urging|offers?|offering|invites?|inviting|solicits?|soliciting|instructs?)\b"
    r"|\b(?:any|all|such|every) (?:\w+ )?(?:requests?|demands?|solicitations?|offers?)\b",
    re.IGNORECASE,
)
_CLAUSE = lazy_re.compile(r"[，,。！!？?；;\n\r]|\.(?=\s|$)")
_ZH_DIRECTIVE = lazy_re.compile(
    r"(?:举报|投诉|报警|检举|不要理会|不予理会|请勿理会|切勿理会|别理会|无需理会|置之不理|不要相信|请勿相信|切勿相信|"
    r"请拒绝|予以拒绝|一律拒绝|直接拒绝|拒绝并|请勿(?:转账|付款|支付|汇款|添加|加)|切勿(?:转账|付款|支付|汇款)|"
    r"不要(?:转账|付款|支付|汇款|添加)|告知(?:公司|我们|我司)|(?:联系|致电|拨打|反馈给?)(?:监察|合规|纪检|廉政|举报))"
    r"(?!也没用|没用|也没有用|干嘛|什么)"
)
_ZH_NOT_DIRECTIVE = lazy_re.compile(r"[别不没无免]")  # within the few characters before: 别举报, 不会有人举报
_EN_DIRECTIVE = lazy_re.compile(
    r"\b(?:report|ignore|refuse|decline|reject|disregard|notify|inform us|let us know|tell us|contact (?:us|our)|"
    r"(?:do not|don'?t|never) (?:comply|pay|respond|reply|agree|send|transfer|add|accept))\w*",
    re.IGNORECASE,
)
_EN_NOT_DIRECTIVE = lazy_re.compile(
    r"(?:\b(?:don'?t|do not|no need to|never|not|without|forget(?: about)?|stop|why)\s+(?:\w+\s+)?)$",
    re.IGNORECASE,
)


_QUOTES = lazy_re.compile(r"[\"“”'‘’「」『』《》]")
_ZH_MENTION = r"字样|字眼|词语|词汇|这类词|等词|之类的词|这几个字|用语|话术|表述|说法|措辞|提法|这类话|这种话|关键词|敏感词"
_EN_MENTION = (
    r"\b(?:words?|phrases?|phrasing|wording|terms?|language|expressions?|sayings?|claims? like|slogans?)\b"
)
_MENTION = lazy_re.compile(rf"{_ZH_MENTION}|{_EN_MENTION}", re.IGNORECASE)
_ZH_FORBID = r"不得|禁止|严禁|禁用|违规|违禁|避免|不能|不要|不可|别写|别说|别用|勿用|请勿|切勿|不允许"
_EN_FORBID = (
    r"\b(?:prohibit\w*|forbid\w*|ban|bans|banned|not allowed|not permitted|may not|must not|mustn'?t|cannot|can'?t|"
    r"avoid\w*|flag\w*|never (?:say|write|use|promise|tell|ask)|don'?t (?:say|write|use|promise|tell|ask)|do not (?:say|write|use|promise|tell|ask)|"
    r"violations?|off-limits)\b"
)
_FORBID = lazy_re.compile(rf"{_ZH_FORBID}|{_EN_FORBID}", re.IGNORECASE)
_HEADER = lazy_re.compile(
    r"廉洁|诚信公告|反腐|反贿赂|反商业贿赂|合规(?:提醒|提示|通知|公告|培训|要求|制度)|质检|培训|防诈|反诈|温馨提[醒示]|员工守则|行为准则"
    r"|\b(?:integrity|code of (?:conduct|ethics)|anti-?(?:bribery|corruption|fraud|kickback)|fraud (?:alert|notice|warning)|"
    r"compliance (?:reminder|note|tip|notice|rule|policy|training)|training (?:note|material|reminder)|qa (?:note|tip|reminder)|"
    r"ethics (?:policy|notice|reminder)|gift policy|conduct policy|style guide|brand guidelines?)\b",
    re.IGNORECASE,
)
_FORBID_AFTER = lazy_re.compile(
    r"(?:不得|禁止|不能|不可|不要)(?:使用|出现|说|写)|属于违规|是违规|禁用|违反"
    r"|\b(?:is|are|may|must|should|can)(?:n'?t| not)? (?:not )?(?:be )?(?:used|said|written|allowed|permitted|prohibited|forbidden|banned)\b",
    re.IGNORECASE,
)
_CONTRAST = lazy_re.compile(r"但|可是|不过|\b(?:but|however|though|except)\b", re.IGNORECASE)
_SENTENCE = lazy_re.compile(r"[。！!？?；;\n]|\.(?=\s|$)")


def quoted(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` sits between two quotation marks on its line."""
    lo, hi = bounds(text, start, end)
    line_start = max(text.rfind("\n", lo, start) + 1, lo)
    line_end = text.find("\n", end, hi)
    line_end = hi if line_end == -1 else line_end
    before = _QUOTES.findall(text, line_start, start)
    return len(before) % 2 == 1 and _QUOTES.search(text, end, line_end) is not None


def in_policy(text: str, start: int, end: int) -> bool:
    """Whether the hit ``text[start:end]`` is mentioned by a wording rule or a policy notice (module docstring)."""
    lo, hi = bounds(text, start, end)
    if quoted(text, start, end) and _MENTION.search(text, lo, hi) and _FORBID.search(text, lo, hi):
        return True
    if not _HEADER.search(text, lo, hi):
        return False
    left, right = left_break(_SENTENCE, text, start), right_break(_SENTENCE, text, end)
    forbid = None
    for forbid in _FORBID.finditer(text, left, start):  # noqa: B007 - the last prohibition before the hit
        pass
    if forbid is None and _FORBID_AFTER.search(text, end, right) is None:
        return False
    return _CONTRAST.search(text, forbid.end() if forbid else start, right) is None


def _clause_before(text: str, start: int) -> str:
    return text[left_break(_CLAUSE, text, start) : start]


def _directed(text: str) -> bool:
    """Whether ``text`` tells the reader to report, ignore or refuse something (not negated)."""
    for m in _ZH_DIRECTIVE.finditer(text):
        if not _ZH_NOT_DIRECTIVE.search(text, max(0, m.start() - 4), m.start()):
            return True
    return any(not _EN_NOT_DIRECTIVE.search(text[: m.start()]) for m in _EN_DIRECTIVE.finditer(text))


def in_notice(text: str, start: int, end: int) -> bool:
    """Whether the hit ``text[start:end]`` is the object of a request a notice warns against (module docstring).

    The request verb may fall inside the hit ("如遇员工私下索要红包").
    """
    before = _clause_before(text, start) + text[start:end]
    if not (_ZH_FRAME.search(before) or _EN_FRAME.search(before)):
        return False
    lo, hi = bounds(text, start, end)
    return _directed(text[lo:hi])

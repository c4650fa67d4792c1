"""A contact change on the customer's side: a person, a change of post or availability, its timing, a successor.

The customer's buyer who transfers to another site, goes on leave, is no longer in charge, or a new
buyer who arrives ("I'm on leave from 1 April", "采购以后不归我管了，集团新来了一个采购总监") or the
orders routed to someone else from a time ("以后下单找小王") is a risk to the deal; the named successor who "will handle the order from then on" ("以后合同都走她那边")
belongs to the same risk and is read only once such a change was said. Our own staff, a customer's
end user, a hypothetical, a settled past change and a short absence with its return date are not. Extends
:func:`~assistant.summaries.risk_rules.leaving_contact`.
"""

from __future__ import annotations

from assistant.summaries.movement import POST_MOVE
from assistant.summaries.owners import party_of
from assistant.summaries.risk_rules import leaving_contact
from assistant.text import lazy_re
from assistant.text.conversation import Sentence

_SUBJECT = r"(?:\b(?:I'm|I am|I'll be|I will be|[Hh]e's|[Ss]he's|[Hh]e is|[Ss]he is|[Hh]e'll be|[Ss]he'll be)|\b[A-Z][a-z]+ (?:is|will be))"
# a person who moves, is transferred or goes on leave, with the time it happens
_MOVES = lazy_re.compile(
    _SUBJECT
    + r" (?:being |getting )?(?:transferr(?:ing|ed)|relocat(?:ing|ed)|seconded|reassigned|posted) to\b|"
    + _SUBJECT  # "I'm moving to our Changi branch" (not "going to our Penang plant next week": a trip)
    + r" (?:moving|switching)(?: over)? to (?:our|the|their|another|a) (?:[\w-]+ ){0,2}"
    r"(?:branch|office|plant|factory|store|project|team|department|division|subsidiary|headquarters|HQ)\b"
    r"(?![^.;]{0,40}\bto (?:oversee|supervise|check|install|inspect|help|meet|see|visit|train)\b)|"  # a trip
    r"\b(?i:(?:on|going on|go on|taking|starting) (?:(?:sick|maternity|paternity|parental|annual|long|medical|"
    r"extended|study|unpaid) )?(?:leave|holidays?|vacation|sabbatical))\b(?! of absence form)|"
    r"休(?:产|病|婚|长|年)?假|请了?(?:长|病|产)?假|调往|调回|调任|转岗|借调|外派|"
    + POST_MOVE
    + r"|"
    r"不(?:归|由)我(?:管|负责)|不再?(?:管|负责)(?:这块|采购|这个项目|这边|订单|进货)了?"
)
_TIMING = lazy_re.compile(
    r"\b(?i:from|next|starting|until|till|soon|tomorrow|end of|week|month|(?:mon|tues|wednes|thurs|fri|satur|sun)day|"
    r"jan\w*|feb\w*|march|april|may|june|july|aug\w*|sept?\w*|oct\w*|nov\w*|dec\w*)\b|\d|"
    r"下个?月|下周|月底|年底|年后|节后|明天|明年|马上|起|以后|之后|这周|本周"
)
# a new person in charge on their side: recent by itself ("新来了一个采购总监")
_ARRIVES = lazy_re.compile(
    r"新来了?(?:一个|一位|的)?[^，。,]{0,6}(?:采购|经理|总监|主管|负责人|对接人)|"
    r"\b(?i:our new (?:buyer|purchasing manager|purchaser|procurement manager|head of purchasing))\b"
)
# who takes over once a change was said: "Priya will handle the order from then on", "以后都由她负责"
_SUCCEEDS = lazy_re.compile(
    r"\b(?:[A-Z][\w-]+(?: [A-Z][\w-]+)*|[Hh]e|[Ss]he) (?:will (?:be (?:the|your|our)|handle|take care of|look after|"
    r"cover|manage|run|deal with|take over)|takes? over)\b.*\b(?i:from then on|from now on|going forward|in my absence|"
    r"while I'm away|after that|instead|from \d|from (?:next|then)|in (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*)|"
    r"\b[A-Z][\w-]+(?: [A-Z][\w-]+)*(?:, [^,.;]{1,50},)? (?:takes?|will take|is taking|is going to take) over "
    r"(?:purchasing|buying|procurement|ordering|as|(?:the |this |our |all |my )?(?:[\w-]+ ){0,2}(?:projects?|account|orders?|"
    r"contract|tender|stuff|purchasing|buying))\b|"
    r"(?<![\w-])(?!(?:I|We|They|It|This|That|The|Our|Your|From|In|On|After|Next|She|He|Since|Starting)\b)"
    r"(?!(?:Hong Kong|New Zealand|New York|Customer Service|Head Office|Sales Team)\b)"
    r"(?-i:[A-Z][a-z'-]*(?:[A-Z][a-z'-]+)? [A-Z][a-z'-]*(?:[A-Z][a-z'-]+)?)\b(?! (?:team|office|plant|warehouse|system|department|branch|store|site)\b)"
    r"(?:\s+(?:from|of|in) (?:our|the|their) [\w ]{1,30}?)?\s+(?:takes?|will take|is taking|is going to take) over\b|"
    r"(?:以后|之后|后面|期间|这段时间|起)[^，。]{0,8}(?:都|就)?(?:由|找|走|归)[^，。]{0,12}(?:负责|对接|跟进|管|那边|处理|接手|接(?![受收到听货]))|"
    r"(?:这块|这边|业务|采购|订单|项目|工作)[^，。]{0,4}(?:交给|转给|移交给)(?!你们|您|你)[^，。]{1,10}(?:负责|对接|跟进|管|处理)|"
    r"(?:以后|之后|这段时间|期间)[^，。]{0,6}找[^，。]{1,6}$|接替(?:他|她|我)的是"
)
# the business routed to another person: "from May purchase orders go via Olga", "以后下单找小王", "handing purchasing to …"
_ROUTED = lazy_re.compile(
    r"\b(?i:orders?|purchase orders?|POs?|purchasing|buying|procurement|invoices|correspondence)\b[^.;]{0,20}"
    r"\b(?i:go|goes|will go|should go|are going|is going)\s+(?i:thru|through|via|to)\s+[A-Z][a-z]+\b|"
    r"\b(?i:handing|passing|handing over|giving)\s+(?:[\w-]+\s+){0,2}(?i:purchasing|buying|procurement|ordering|orders|"
    r"the account)\s+(?:over\s+)?to\b|"
    r"\b(?i:from|starting)\b[^.;]{0,30}?\b(?!(?:She|He|I|We|They|It)\b)[A-Z][\w-]+ (?:does|will do|is doing|handles|"
    r"will handle|is handling) (?:all |the |all the )?(?i:ordering|buying|purchasing|orders|procurement)\b|"
    r"\b(?!(?:She|He|I|We|They|It)\b)[A-Z][\w-]+ (?:will do|will handle|will be doing|will be handling) (?:all |the |all the )?"
    r"(?i:ordering|buying|purchasing|orders|procurement)\b|"
    r"(?:以后|之后|往后|今后|起)[^，。]{0,6}(?:下单|订货|采购|进货|对接)[^，。]{0,4}(?:找|联系|发给|交给)(?!我)[^，。]{0,8}[\u4e00-\u9fff]"
)
# routed to no new person of theirs: a port or a system in place of another, a department, a platform, the
# seller's own staff ("你们小张"), or a colleague who only approves while the buyer still signs
_NOT_PERSON = lazy_re.compile(
    r"\b(?i:instead of|for (?:approval|sign-?off|review)|I still|I'll still|I will still)\b|"
    r"\b(?:Accounts|Finance|Procurement|Purchasing|Logistics|Customs|Ariba|Coupa|SAP|Oracle|EDI|HQ|Head Office)\b|"
    r"你们|邮箱|系统|平台|网站|我还是|还是我"
)
# not a change now: a hypothetical, a settled past one, a customer's own client
_HYPOTHETICAL = lazy_re.compile(r"\b(?i:if|in case|were|suppose|should I)\b|如果|要是|万一|假如|假设")
_PAST = lazy_re.compile(
    r"去年|前年|几年前|当年|\b(?i:last (?:year|spring|summer|autumn|fall|winter)|years ago|all sorted|sorted now)\b"
)
# a short absence with its return: who signs is away for a while, a delay, not a new contact
_RETURNS = lazy_re.compile(r"\b(?i:until|till|back (?:on|from|in))\b|回来|前都在")
_END_USER = lazy_re.compile(
    r"\b(?i:end[- ]users?|our (?:client|customer)s?'s?|client's|customer's)\b|终端|下游客户|客户的"
)


def _guarded(s: Sentence) -> bool:
    return party_of(s) == "we" or any(rx.search(s.text) for rx in (_HYPOTHETICAL, _PAST, _END_USER))


def leaves_post(s: Sentence) -> bool:
    """Whether the customer's side says one of its people changes post or availability, or a new one arrives.

    Examples: "I'm being transferred to our Rotterdam warehouse next month" → True; "公司新来了一位采购
    经理姓谭" → True; ours, "if I were transferred…", "去年新来了一个采购经理" → False.
    """
    if _guarded(s):
        return False
    if leaving_contact(s) or _ARRIVES.search(s.text):
        return True
    routed = bool(_ROUTED.search(s.text) and not _NOT_PERSON.search(s.text))
    moves = _MOVES.search(s.text) or routed
    # an absence with its return is no change, unless the business goes to someone else meanwhile
    return bool(moves and _TIMING.search(s.text)) and (routed or not _RETURNS.search(s.text))


def handover_sentences(sents: list[Sentence], window: int = 4) -> list[Sentence]:
    """Return the sentences of a contact change: each change and, within ``window`` sentences after it, its successor.

    Example: "I'm on holiday from 12 August." then "Priya Raman will handle the order from then on." → both;
    the successor alone → none.
    """
    out: list[Sentence] = []
    last_change = -(window + 1)
    for i, s in enumerate(sents):
        if leaves_post(s):
            last_change = i
            out.append(s)
        elif i - last_change <= window and not _guarded(s) and _SUCCEEDS.search(s.text):
            out.append(s)
    return out

"""Risks said in plain statements the sentence classifier reads as a need, a step or nothing (issue 14).

- A rival's price: "清沐给我们报的是二千七", "东岳那边给的是十六万九", "a Ningbo factory quoted us USD 149":
  someone other than us and the customer named with the price they offered — a competitor risk.
- A deciding body: "董事会下一次开会是六月十八号", "超过5万的单子都要上平台比价", "the buying committee
  meets on 7 January", "every order above EUR 5,000 must be approved by our CFO": who or what still
  decides the order — a decision-chain risk.

- A held payment ("we are holding payment of invoice…"), a handover ("I'm leaving Kiwi Trails", "由小邱
  接手"), a final say ("his partner has the final say") and a move made conditional ("if this is not
  sorted, Manchester will go to them").
- A conditional date, either side ("只要12月31号之前下单…", "if your deposit arrives by 24 December we
  make it"), a certificate still pending ("TC-200的能效检测还在做", "the report is being renewed") and a
  failed share of the goods ("3000个礼盒里有800个烫金logo错位", "96 out of 1,200 have chipped enamel").

The first group is read only in the customer's words: our own "我们给您报的是…" is our offer.
:func:`plain_risk` reads each cue only under the sentence labels it was measured on (dev, pooled spent
summaries_blind…blind16, risks P .567 -> .632, R .619 -> .692 with the rest of summ35).
"""

from __future__ import annotations

import re

from assistant.summaries.owners import party_of
from assistant.summaries.risk_defects import defect_report
from assistant.summaries.risk_negation import clause_edges
from assistant.summaries.risk_signoff import third_party_signoff
from assistant.summaries.rival_quotes import rival_quote
from assistant.text import lazy_re
from assistant.text.conversation import Sentence

_BODY = lazy_re.compile(
    r"董事会|理事会|委员会|办公会|院务会|上会|党委会|招采|招标|比价|比三家|采购平台|"
    r"\b(?:board|committee|tender|bid(?:ding)? process|three quotes|second quote|third quote)\b",
    re.I,
)
_DECIDES = lazy_re.compile(
    r"开会|会议|审批|批准|批|拍板|决定|定|通过|签|上报|报上去|走|比|要|需|须|得|"
    r"\b(?:meets?|meeting|approv\w*|decid\w*|sign\w*|review\w*|qualif\w*|vote\w*)\b",
    re.I,
)


_HOLDING = lazy_re.compile(
    r"(?:暂停|暂缓|停止|先不)(?:付款|支付|付|打款)|扣(?:着|留|下)(?:货款|尾款|款)?|"
    r"\b(?:holding|withhold\w*|hold(?:ing)? back|suspend\w*) (?:the |our |all |any )?payments?\b|"
    r"\b(?:will |are going to |'ll )?(?:hold|holding|withhold\w*) (?:back )?(?:the |our )?(?:\d+ ?% )?"
    r"(?:balance|final payment|retention|remaining (?:payment|amount))\b",
    re.I,
)
_AGREED_HOLD = lazy_re.compile(  # a retention the contract provides for, not money held back
    r"按合同|合同约定|约定|质保期|\b(?:as agreed|per (?:the )?contract|as per contract|under the contract|retention for|"
    r"warranty period)\b",
    re.I,
)
_NOT_HELD = lazy_re.compile(r"不会|不再|没有|\b(?:not|won'?t|never|no longer|don'?t)\b", re.I)


def held_payment(text: str) -> bool:
    """Whether ``text`` holds back a payment now ("尾款我们先暂停支付", "we will hold the 40% balance until …").

    Not a negated hold ("we will not withhold the final payment") nor a retention the contract provides for
    ("we'll hold the 10% retention for the warranty period, as agreed").
    """
    m = _HOLDING.search(text)
    if m is None or _AGREED_HOLD.search(text):
        return False
    head, _ = clause_edges(text, m.start(), m.end())
    return not _NOT_HELD.search(head[-16:] + m.group())


_OTHERWISE = lazy_re.compile(r"不然|否则|要不然|要是|如果|\b(?:if|otherwise|unless|or else)\b", re.I)
_GOES_ELSEWHERE = lazy_re.compile(
    r"重新考虑|找[^，。；]{0,8}(?:那家|别家|其他家)|\bwill go to\b|\b(?:give|move|send|switch) (?:[\w-]+ ){1,4}to "
    r"(?:them|(?-i:[A-Z]))|\bgo (?:with|to) (?:them|another|someone else)\b|"
    r"\b(?:goes|go|going) (?:back )?to (?:the |our |an? )?(?:other |another |old |previous |former )?(?:supplier|vendor|factory)"
    r"|(?:交给|转给|给|找|换回)(?:原来|以前|之前|老)的?(?:那家|供应商|厂家)",
    re.I,
)


_WHEN = (  # "I'm leaving Monday for the fair" is a trip, not a handover
    r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|Tomorrow|Today|Tonight|Next|This|"
    r"Jan(?:uary)?|Feb(?:ruary)?|March|April|May|June|July|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?"
)
_HANDOVER = lazy_re.compile(  # a contact handing over, said in ways the movement cues miss
    r"\bI(?:'m| am) leaving (?!" + _WHEN + r"\b)(?-i:[A-Z])|\b(?-i:[A-Z][a-z]+) (?:is|will be) taking over\b|"
    r"\btak(?:es|ing) over (?:the |our |all )?(?:\w+ )?(?:ordering|purchasing|buying|account)\b|由[\u4e00-\u9fff]{2,3}接手",
)
_FINAL_SAY = lazy_re.compile(
    r"\bhas (?:the )?final say\b|\b(?:makes|has) the (?:final )?(?:call|decision)\b|最后(?:是|由)[^，。；]{1,6}?(?:定|拍板|决定)|"
    r"那关(?:过不去|过不了)|[\u4e00-\u9fff]总(?:那关|那边)(?:过不去|过不了)",
    re.I,
)


_MONTHS = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_DATE = (
    r"(?:\d{1,2}月\d{1,2}[号日]|[一二三四五六七八九十]{1,3}月[一二三四五六七八九十]{1,3}[号日]|\d{1,2}[号日]|这周|本周|下周[一二三四五六日]?|"
    r"月底|月初|年前|节前|\b(?:by|before) (?:the )?(?:\d{1,2}(?:st|nd|rd|th)? "
    + _MONTHS
    + r"|"
    + _MONTHS
    + r" \d{1,2}\b|"
    r"(?:mon|tues|wednes|thurs|fri)day|end of))"
)
_CONDITIONAL_DATE = lazy_re.compile(  # "只要12月31号之前下单…", "if your deposit arrives by 24 December we make it"
    r"(?:只要|前提是|如果|要是)[^。！？!?]{0,16}?"
    + _DATE
    + r"|"
    + _DATE
    + r"[^。！？!?]{0,12}?(?:下单|签|付款|打款|定金|确认)[^。！？!?]{0,6}?"
    r"(?:就来得及|才来得及|就赶得上|才能|就能)|"
    r"\b(?:if|provided|as long as|only if)\b[^.;!?]{0,40}?"
    + _DATE
    + r"[^.;!?]{0,30}?\bwe (?:can )?(?:make|ship|deliver|meet|hit|reach|do)\b|"
    r"\bso we need (?:the |your )?(?:PO|order|deposit|payment|approval|confirmation)\b[^.;!?]{0,20}?" + _DATE,
    re.I,
)


_DOC = lazy_re.compile(  # case-blind words ("Certificates are…"), but a mark's code in capitals ("CE mark")
    r"报告|证书|认证|检测|批件|注册证|许可证|\b(?:(?i:certificates?|certifi\w+|reports?|test(?:ed|ing)?|re-?tests?|re-?tested|"
    r"approvals?|registration|listing)|[A-Z]{2,}[\w-]*\s?(?i:mark|approval))\b",
)
_PENDING = lazy_re.compile(
    r"还在|正在|在做|在办|在审|预计|还没|没有|未|不在|过期|到期|(?:下来|出来)(?:了[吗么没]|(?!了))|要等|等[^，。]{0,6}出|[一二三四五六七八九十\d]+月[初底中]?(?:才)?(?:能)?出|"
    r"\b(?:being|in progress|in process|pending|expect(?:ed)?|will be (?:issued|ready|done)|not (?:yet|for|\w+ for|(?-i:[A-Z]{2,}\w*))|yet|"
    r"expir\w*|re-?test\w*|need a new|needs? (?:a |an )?(?:new )?test|only|still|waiting|under review)\b",
    re.I,
)
_DOC_DONE = lazy_re.compile(
    r"已经(?:发|给|传)|(?:昨天|前天|已经|刚|上周)[^，。]{0,4}(?:下来|出来)了|发(?:您|你|过去)了|附上|\b(?:attached|sent you|here is|here's)\b",
    re.I,
)


def pending_document(s: Sentence) -> bool:
    """Whether ``s`` reports a certificate or test report still missing or pending ("TC-200的能效检测还在做")."""
    return bool(_DOC.search(s.text) and _PENDING.search(s.text) and not _DOC_DONE.search(s.text))


def conditional_date(s: Sentence) -> bool:
    """Whether ``s`` makes a date hang on a condition ("前提是这周内能签合同", "if the PO comes by 4 May we make it")."""
    return bool(_CONDITIONAL_DATE.search(s.text))


_N = r"(?:\d[\d,]*|[一二两三四五六七八九十百千万几]+)"
_SHARE_FAILED = lazy_re.compile(  # "3000个礼盒里有800个…", "抽检200只有31只…", "96 out of 1,200", "six of the fourteen fans"
    r""
    + _N
    + r"\s*[个件只台套条张箱把盏片块支]?[^，。；]{0,8}?(?:里|中|当中)(?:面)?(?:有|发现)?(?:大概|约)?"
    + _N
    + r"|"
    r"抽(?:检|查|测)了?" + _N + r"[^，。；]{0,6}?(?:有|发现)" + _N + r"|"
    r"(?:大概|约|将近|差不多)?(?:有)?" + _N + r"\s*%(?:左右)?的?(?:货|产品)?在|"
    r"\b(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty)"
    r" (?:(?!instead\b)\w+ ){0,3}(?<!instead )(?:out )?of (?:the |our |all |your )?(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|"
    r"eleven|twelve|fourteen|fifteen|twenty|thirty|forty|fifty|hundred)\b|"
    r"\bout of (?:the |our )?\d[\d,]*\b",
    re.I,
)
_ASKED_SPEC = lazy_re.compile(
    r"要|需要|希望|想|能不能|可以|\b(?:need|want|would like|please|can you|could you)\b", re.I
)


def failed_share(s: Sentence) -> bool:
    """Whether the customer reports how many of the goods failed ("抽检200只有31只有问题", "96 out of 1,200 chipped")."""
    return party_of(s) == "customer" and bool(_SHARE_FAILED.search(s.text)) and not _ASKED_SPEC.search(s.text)


_DOCUMENTS = lazy_re.compile(r"文件|资料|证书|认证|报告|\b(?:documents?|certificates?|reports?)\b", re.I)


def deciding_body(text: str) -> bool:
    """Whether ``text`` names a board, committee or tender that still decides ("董事会下一次开会是六月十八号").

    What a tender asks for ("招标文件要求CQC认证") is a requirement, not who decides.
    """
    if _DOCUMENTS.search(text):
        return False
    return bool(_BODY.search(text) and _DECIDES.search(_BODY.sub(" ", text)))


def goes_elsewhere(text: str) -> bool:
    """Whether ``text`` moves business to someone else ("Manchester will go to them", "找回原来那家")."""
    return bool(_GOES_ELSEWHERE.search(text))


def stated_risk(s: Sentence) -> str | None:
    """Return the risk kind a customer's plain statement carries (competitor, contact change, decision chain, credit, churn) or None."""
    if party_of(s) == "we":
        return None
    if rival_quote(s.text):
        return "competitor"
    if _HANDOVER.search(s.text):
        return "contact_change"
    if _FINAL_SAY.search(s.text) or third_party_signoff(s.text):  # "合同得两个合伙人都签字"
        return "decision_chain"
    if held_payment(s.text):  # "until this is settled we are holding payment": the balance at risk
        return "credit"
    if _GOES_ELSEWHERE.search(s.text) and (_OTHERWISE.search(s.text) or "重新考虑" in s.text):
        return "churn_threat"  # "if this is not sorted, Manchester will go to them"
    if deciding_body(s.text):
        return "decision_chain"
    return None


def plain_risk(s: Sentence, label: str) -> str | None:
    """Return the risk kind a sentence the classifier did not call a risk still carries, or None.

    Each cue is read only under the labels it was measured on (dev, pooled spent blind…blind16):
    a rival's price, a deciding body, a held payment, a handover or a conditional move under
    ``none``/``need``/``next_step`` (a rival's price also under ``agreement``); a conditional date under ``none``/``next_step``; a pending
    certificate under ``none``; a failed share of the goods under ``none``/``done``; a report of
    defective goods (:mod:`~assistant.summaries.risk_defects`) under ``none``/``done``/``need``. Someone
    else who must sign (:mod:`~assistant.summaries.risk_signoff`) counts with the deciding bodies.
    """
    if label in ("none", "need", "next_step") and (kind := stated_risk(s)):
        return kind
    if label == "agreement" and party_of(s) != "we" and rival_quote(s.text):
        return "competitor"  # "400 fittings, and a German supplier has quoted us GBP 78 a fitting"
    if label in ("concession", "done", "agreement") and party_of(s) != "we" and held_payment(s.text):
        return "credit"  # "尾款15%我们先暂停支付", "we will hold the 40% balance": read as a concession or done
    if label in ("none", "next_step") and conditional_date(s):
        return "timeline"
    if label == "none" and pending_document(s):
        return "certification"
    if label in ("none", "done") and failed_share(s):
        return "quality"
    if label in ("none", "done", "need") and defect_report(s):  # "37 jars have cracked lids"
        return "quality"
    return None

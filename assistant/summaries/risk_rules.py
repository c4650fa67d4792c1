"""Sentences that look like a risk of a kind but are not one (false-positive kinds, issue 14).

- Delivery: a reassurance ("4月25日到苏州没问题", "交货时间可以放宽", "arrival in March works") or a plain
  lead time ("生产15天", "sea freight takes about 25 days") names no threat to the date.
- Certification: a certificate asked for or mentioned ("CE证书能不能发我一份", "the report is valid")
  with nothing missing, pending, expiring or failed.
- Competitor and quality: what another supplier did in the past ("去年另一家的护栏卡死过", "the last
  supplier's lids cracked") is why the customer is careful, not a rival bidding now.
- Our side: our own words carry only date, certificate and credit risks (:func:`open_risk`); our price,
  our own manager's sign-off or our apology is no risk the customer raised.
"""

from __future__ import annotations

import re

from assistant.summaries import lexicon as lx
from assistant.summaries import movement as mv
from assistant.summaries.owners import party_of
from assistant.summaries.risk_negation import negated_problem
from assistant.summaries.timeline_gaps import names_time
from assistant.text import lazy_re
from assistant.text.conversation import Sentence

_TROUBLE = lazy_re.compile(
    r"不过|但是|可是|只是|太长|太久|太慢|太晚|长了点|久了点|不多|不够|不足|受影响|来不及|赶不上|到不了|交不了|发不了|排不上|推迟不了|紧|悬|晚了|延误|延迟|耽误|担心|怕|停了|停产|缺货|断货|"
    r"\blate\b(?!\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))|\b(?:delay\w*|tight|miss\w*|risk\w*|behind|worr\w*|concern\w*|short(?:age)?|stuck|too (?:long|late|slow)|can'?t|cannot|won'?t|but|however|only)\b",
    re.I,
)
_REASSURED = lazy_re.compile(
    r"没问题|来得及|赶得上|可以放宽|放宽到|往后推|可以推|延期了|就行|也行|不急|"
    r"\b(?:no problem|works|is fine|are fine|in time|on track|no rush|can wait|later is fine)\b",
    re.I,
)
_LEAD_TIME = lazy_re.compile(
    r"(?:生产|物流|海运|空运|运输|出货|发货|打样|交期|船期)[^，。,;；]{0,6}(?:要|需要|大概|约|是)?[^，。,;；]{0,4}"
    r"(?:\d+|[一两三四五六七八九十]+)(?:天|周|个?星期|个月)|"
    r"\b(?:production|shipping|transit|sea freight|air freight|lead time)\b[^.;]{0,25}\b\d+\s*(?:days?|weeks?)\b",
    re.I,
)
_PAST_OTHER = lazy_re.compile(
    r"(?:上次|去年|以前|之前|往年|前年)[^，。]{0,6}(?:另一家|别家|别的|其他|那家|另外一家)|"
    r"(?:另一家|别家|别的供应商|其他供应商)[^，。]{0,12}(?:出现过|出过|坏过|投诉过|被投诉|出了问题)|"
    r"\b(?:last|previous|former|old) (?:supplier|vendor|factory|company)(?:'s)?\b[^.;]{0,40}\b(?:had|was|were|came|failed|cracked|broke|"
    r"smell(?:ed|t)|leaked|peeled|peeling|rusted|faded|delaminated)\b|"
    r"\b(?:from|with|by) (?:another|an?other|a different|our (?:old|previous|last)) (?:supplier|vendor|factory|company|brand)\b"
    r"[^.;]{0,40}\b(?:had|was|were|came|failed|cracked|broke|smell(?:ed|t)|leaked|peeled|peeling|rusted|faded|delaminated)\b",
    re.I,
)
_MISSING = lazy_re.compile(  # what makes a certificate a risk: missing, pending, expiring, failed, blocking
    r"没|未|不|但|可是|低于|高于|超标|问题|还在|正在|差|过期|到期|超过|已超|等|审|办|缺|只有|只到|送检|变更|赶不上|来不及|"
    r"\b(?:expir\w*|missing|not|no|pending|testing|tested|under|renew\w*|without|lack\w*|until|yet|still|only|"
    r"waiting|awaiting|expects?|being|block\w*|reject\w*|fail\w*|expected|complete|before any|don'?t have|have no|but|however|below|exceed\w*)\b",
    re.I,
)
_PRICE = lazy_re.compile(
    r"\d+(?:\.\d+)?\s*(?:元|块|美金|美元|USD|\$|EUR|€|GBP|£)|(?:USD|\$|EUR|€|GBP|£)\s*\d|报价|便宜|cheaper|quoted?",
    re.I,
)


_APOLOGY = lazy_re.compile(r"抱歉|不好意思|对不起|\b(?:sorry|apologi[sz]e\w*|apologies)\b", re.I)
_STILL_AT_RISK = lazy_re.compile(
    r"\d|来不及|赶不上|到不了|交不了|做不了|停|缺|问题|投诉|退货|\b(?:can'?t|cannot|won'?t|miss\w*|delay\w*|"
    r"problem\w*|complain\w*|return\w*|defect\w*|fail\w*)\b",
    re.I,
)


_OUR_SLOWNESS = lazy_re.compile(  # what an apology that threatens nothing is about: our own slow reply
    r"回复晚|回晚了|晚回|回得晚|忘了回|没及时回|久等|\b(?:late (?:reply|response)|(?:slow|delayed) (?:reply|response)|"
    r"delay in (?:replying|responding|getting back)|for the wait|getting back (?:late|to you late)|keeping you waiting)\b",
    re.I,
)


_RISK_WORDS = lazy_re.compile(  # what keeps a short clause after an apology a risk
    r"贵|高|价|取消|别家|其他家|换供应商|质量|差|坏|晚|慢|急|\b(?:price|expensive|high|cancel\w*|quality|bad|poor|"
    r"late|slow|competitor|another supplier|elsewhere|budget)\b",
    re.I,
)


def apology_only(text: str) -> bool:
    """Whether ``text`` only apologises for our own slow reply ("不好意思，回复晚了", "sorry for the late reply").

    Any other apology keeps its risk: "Sorry, but we have decided to go with another supplier",
    "抱歉，老板说预算砍了", "sorry, the shipment will be late" all still threaten the deal.
    """
    if not (_APOLOGY.search(text) and _OUR_SLOWNESS.search(text)):
        return False
    rest = _APOLOGY.sub(" ", _OUR_SLOWNESS.sub(" ", text))
    rest = re.sub(r"[\W_]+|\b(?:for|the|my|our|i|we|am|are|so|very|about|that|this|了|啊|哈|哦|呀|的)\b", " ", rest, flags=re.I)
    words = re.findall(r"[A-Za-z]+|[\u4e00-\u9fff]", rest)
    if _STILL_AT_RISK.search(rest) or _RISK_WORDS.search(rest):
        return False
    return len(words) <= 4  # nothing else said beside the apology


def false_risk(kind: str, text: str) -> bool:
    """Whether ``text``, though labelled a risk of ``kind`` (the learned kinds), threatens nothing of that kind.

    Examples: ``timeline`` "4月25日到苏州没问题" or "海运到美西大概25天" → True; ``competitor``
    "去年另一家供应商的护理床出现过护栏卡死" → True; ``competitor`` "别家才5块5" → False.
    """
    if apology_only(text):  # an apology for a slow reply or a sample: courtesy, no threat to the deal
        return True
    if negated_problem(kind, text):  # "试打300页无漏粉", "no leaks found", "色差问题已经解决了"
        return True
    if kind == "timeline":
        return not _TROUBLE.search(text) and bool(_REASSURED.search(text) or _LEAD_TIME.search(text))
    if kind == "certification":  # "你们的CE证书发我一份": a document asked for, nothing missing
        return not _MISSING.search(re.sub(r"能不能|可不可以|是不是|要不要|行不行|不好意思", "", text))
    if kind in ("competitor", "quality"):
        return bool(_PAST_OTHER.search(text)) and not _PRICE.search(text)
    return False


# What our own words can carry as a risk: a date, a certificate or a balance we report on. A price
# gap, a rival, a threat, an approval, a defect or a contact change is the customer's to raise; said by
# us it is our offer, our own sign-off or our explanation (dev, pooled spent blind…blind14: 11 of 101
# such quotes of ours overlapped an expected risk, against 54 of 119 of these three kinds).
OUR_RISK_KINDS = frozenset({"timeline", "certification", "credit"})


def open_risk(kind: str, s: Sentence) -> bool:
    """Whether ``s`` carries a risk of ``kind``: a kind its side raises and not a false risk (:func:`false_risk`).

    Examples: the customer's "这个价格我得请示老板" → True for ``decision_chain``; our own "这个价格我得
    请示一下经理" → False; our "the UL report is still pending" → True for ``certification``; our
    "这已经是最低了" or "No date given" → False for ``timeline`` (no date, no trouble named).
    """
    if party_of(s) == "we" and kind not in OUR_RISK_KINDS:
        return False
    if party_of(s) == "we" and kind == "timeline" and not (_TROUBLE.search(s.text) or names_time(s.text)):
        return False  # our own remark with no date and nothing late, tight or missed in it ("这已经是最低了")
    return not (false_risk(kind, s.text) or bare_remark(s.text))


_RISK_CUE = lazy_re.compile(  # what even a short remark needs to carry a risk
    r"\d|贵|价|钱|晚|慢|紧|急|差|坏|漏|裂|证|批|签|别家|换|不行|不够|\b(?:price|expensive|cost\w*|cheaper|budget|late|delay\w*|"
    r"tight|broken|leak\w*|crack\w*|defect\w*|certif\w*|report|approv\w*|sign\w*|competitor|elsewhere|cancel\w*)\b",
    re.I,
)


def bare_remark(text: str) -> bool:
    """Whether ``text`` is too short and plain to state any risk ("I didn't check.", "Understood", "好吧").

    At most three words (English) or four characters (Chinese) with no figure and no risk word.
    """
    words = re.findall(r"[A-Za-z']+|[\u4e00-\u9fff]", text)
    cjk = sum(1 for w in words if len(w) == 1 and "\u4e00" <= w <= "\u9fff")
    short = len(words) <= 3 if cjk == 0 else cjk <= 4 and len(words) - cjk == 0
    return short and not _RISK_CUE.search(text)


def leaving_contact(s: Sentence) -> bool:
    """Whether the customer's side says a contact leaves or hands over ("我下个月调去总部了"), not their own site."""
    return party_of(s) != "we" and bool(mv.CONTACT_CHANGE.search(s.text)) and not lx.OWN_SIDE.search(s.text)


_PAST = lazy_re.compile(
    r"上次|上回|上批|上一批|上个月|之前那批|前几批|前两批|老是|总是|每次都|又(?:晚|迟|拖|坏|漏|出)|"
    r"\b(?:last (?:time|batch|lot|order|shipment|delivery|container)|previous (?:batch|lot|order|shipment|delivery)|"
    r"again|keeps?|kept|every time|always)\b",
    re.I,
)
_LATE = lazy_re.compile(
    r"拖(?![鞋把地车])|晚了|晚到|迟了|迟到|延误|延迟|太久|太慢|误了|耽误|\b(?:late|delay\w*|slip\w*|overdue|missed)\b", re.I
)
_DEFECT = lazy_re.compile(
    r"坏|破损|压坏|漏|裂|开胶|受潮|发霉|色差|异味|缩水|掉色|投诉|退货|不合格|\b(?:broken|damaged|crushed|cracked|"
    r"leak\w*|defect\w*|complain\w*|returns?|returned|faulty|mou?ldy|damp)\b",
    re.I,
)
_GOODS = lazy_re.compile(  # what a complaint about the past is about: the goods, a batch, a delivery
    r"货(?!款)|批|箱|件|交期|交货|到货|发货|柜|产品|样品|质量|品质|\b(?:goods|shipment|delivery|deliveries|batch|lot|"
    r"order|cartons?|boxes|units?|pallets?|container|products?|samples?|quality|items?)\b",
    re.I,
)
_REQUEST = lazy_re.compile(r"吗[？?]?\s*$|能不能|能否|可以.{0,6}吗|麻烦|请(?:再|重新)|\b(?:can|could|would) you\b|\bplease\b", re.I)
_RESOLVED = lazy_re.compile(
    r"解决了|处理好了|已经好了|没再|没有再|整改了|合格了|\b(?:fixed|resolved|sorted|behind us|no repeats?|cleared)\b",
    re.I,
)


def past_complaint(s: Sentence) -> str | None:
    """Return the risk kind of the customer's complaint about past delivery or quality, or None.

    "交期拖得太久了", "上批货迟了十天", "the last delivery was late" look like a requirement (NEED_CUE
    read "交期…得" as "must") but complain about what happened: a timeline or quality risk, not a need.
    A worry already resolved ("上次的破损问题已经解决了") and our own words are neither.
    """
    if party_of(s) == "we" or _RESOLVED.search(s.text):
        return None
    if _REQUEST.search(s.text):  # "上次说的退货流程能再发我一份吗": a request, not a complaint
        return None
    late = _LATE.search(s.text)
    if late and not _GOODS.search(s.text):  # "上个月的货款我们会拖几天付": late, but not goods
        late = None
    if not (_PAST.search(s.text) or (late and re.search(r"交期|交货|到货|发货|deliver|shipment", s.text, re.I))):
        return None
    if late:
        return "timeline"
    return "quality" if _DEFECT.search(s.text) and _GOODS.search(s.text) else None

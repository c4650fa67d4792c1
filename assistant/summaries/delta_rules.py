"""When a need was dropped and a risk was settled, read from the new conversation's sentences.

- A need is *dropped* only when a clause of the new conversation cancels it by name ("刻字不要了",
  "we no longer need the gift box"; :mod:`assistant.summaries.need_drops`), or when it is a target
  price given up by accepting a higher one ("两千三行"; :mod:`assistant.summaries.target_drops`).
  A replacement ("改成/instead of") is a change, and not being mentioned is not being dropped.
- A risk is *resolved* when a sentence settles it by its category: a price accepted or agreed,
  a certificate or report provided, an approval given, terms agreed, a delivery date confirmed,
  a quality problem fixed, a new contact named. A settling sentence that is itself quoted by a
  risk of this conversation does not count.
"""

from __future__ import annotations

import re

from assistant.summaries import product_codes
from assistant.summaries.need_drops import dropped_needs
from assistant.summaries.schema import Need, Risk, SalesSummary
from assistant.summaries.target_drops import superseded_targets
from assistant.text import lazy_re

# re.M: a chat line without a closing mark ("样品收到了") is a sentence too, not skipped
SENTENCE = lazy_re.compile(r"[^。！？!?；;\n]+(?:[。！？!?；;]|$)|[^.\n]+(?:\.(?=\s|$)|$)", re.M)

_NEG = lazy_re.compile(
    r"不(?:能|行|可以|接受|同意|够)|还没|没有?(?:收到|批|通过)|尚未|未(?:收到|通过|批)|太(?:贵|高)|"
    r"\b(?:not|no|can't|cannot|won't|haven't|hasn't|isn't|still waiting|too (?:high|expensive))\b",
    re.I,
)
# a sentence that settles a risk of the category
SETTLES: dict[str, re.Pattern[str]] = {
    k: lazy_re.compile(p, re.I)
    for k, p in {
        "price": r"价格(?:基本)?(?:可以|没问题|接受|ok|定了|就这么定|同意)|(?:接受|同意|认可)(?:了)?(?:这个|你们的?|新的?)?(?:价格|报价)|"
        r"就按(?:这个)?[\d.]+|成交|\b(?:price (?:is |looks )?(?:ok|okay|fine|good|acceptable|agreed)|"
        r"(?:USD|EUR|GBP|RMB|\$)\s?\d[\d.,]*\b.{0,20}\b(?:works for us|is fine|is ok|is acceptable)|"
        r"(?:agree|accept)(?:ed)? (?:to |on )?(?:the |your |this |new )?(?:price|offer|quote)|deal at|we have a deal)\b",
        "competitor": r"(?:决定|还是|继续)(?:用|选|找|跟)你们|不考虑(?:那家|别家|其他)|"
        r"\b(?:go(?:ing)? with you|chose you|choose you|stay with you|match(?:ed)? (?:their|the) price)\b",
        "compliance": r"(?:证书|认证|报告|检测)[^。！？!?]{0,12}(?:收到|已|拿到|提供|发了|通过|出来了)|"
        r"(?:收到|已|拿到|提供|发了)[^。！？!?]{0,8}(?:证书|认证|报告)|"
        r"\b(?:certificate|certification|report|GS|CE|FDA)\b[^.!?]{0,40}\b(?:received|provided|attached|sent|"
        r"passed|issued|arrived|came through)\b|\b(?:received|got|attached)\b[^.!?]{0,25}\b(?:certificate|report)\b",
        "decision_maker": r"批(?:准)?了|审批(?:已经?)?通过|已(?:经)?批准?|(?:老板|领导|总经理|老总|董事会)(?:已经?)?(?:同意|点头|批)|"
        r"\b(?:approved|signed off|sign-off|green light|got (?:the )?approval|board agreed)\b",
        "budget": r"预算(?:批了|够了|没问题|下来了|通过)|\bbudget (?:is )?(?:approved|ok|fine|confirmed)\b",
        "payment": r"(?:付款|账期|定金|条款)[^。！？!?，,]{0,8}(?:可以|同意|接受|没问题|定了|按(?:你|您)说的|就按)|(?:同意|接受)[^。！？!?]{0,8}(?:账期|付款|定金)|"
        r"\b(?:(?:agree|accept)(?:ed)? (?:to |on )?(?:the |your )?(?:payment )?terms|(?:payment )?terms (?:are |is )?(?:ok|fine|agreed)|"
        r"payment (?:terms )?(?:works|is fine|is ok|agreed)|we can do \d+% deposit|no more \d+ days|"
        r"credit (?:line )?(?:approved|extended))\b",
        "delivery": r"(?:交期|交货|货期)[^。！？!?]{0,8}(?:可以|没问题|确认|赶得上)|能按时|赶得上|"
        r"\b(?:deliver(?:y)? (?:date )?(?:is )?(?:confirmed|ok|fine)|can make (?:it|the date)|on time)\b",
        "quality": r"(?:问题|质量)[^。！？!?]{0,8}(?:解决了|没问题了|好了)|已(?:经)?(?:解决|修好|换货|补发)|合格了|"
        r"\b(?:fixed|resolved|sorted|passed (?:the )?(?:test|inspection)|replacements? (?:arrived|received))\b",
        "contact_change": r"新的?(?:对接人|负责人|采购|经理)|接手|接替|\b(?:new (?:buyer|contact|manager)|taking over|took over)\b",
        "churn": r"继续合作|还是(?:用|找)你们|\b(?:stay with you|keep (?:working|ordering)|continue (?:with|working))\b",
        "dissatisfaction": r"满意|\b(?:happy with|satisfied|pleased with)\b",
    }.items()
}


# an English full stop inside a run ("…is attached. I'm still waiting…"), not after a title or an initial
_STOP_EN = lazy_re.compile(
    r"(?<=[a-z0-9)%]\.)(?<!\bMr\.)(?<!\bMs\.)(?<!\bMrs\.)(?<!\bDr\.)(?<!\bSt\.)(?<!\bNo\.)(?<!\bvs\.)"
    r"(?<!\bCo\.)(?<!\bLtd\.)(?<!\bInc\.)(?<!\bJr\.)\s+(?=[A-Z\"'(])"
)


def sentences(text: str) -> list[str]:
    """Return the sentences of ``text`` (stripped, non-empty); English ones are cut at a full stop too."""
    return [p.strip() for m in SENTENCE.finditer(text) for p in _STOP_EN.split(m.group()) if p.strip()]


def dropped(previous: list[Need], summary: SalesSummary, said: list[str]) -> list[str]:
    """Return the texts of ``previous`` needs the customer cancels or gives up in the sentences ``said``.

    Cancelled by name (:mod:`need_drops`) or a target price given up for a higher one (:mod:`target_drops`).
    """
    gone = set(dropped_needs(previous, said)) | set(superseded_targets(previous, said))
    return [n.text for n in previous if n.text in gone]


def settled(risk: Risk, said: list[str], current: list[Risk]) -> str | None:
    """Return the sentence of ``said`` that settles ``risk``, else ``None``."""
    rx = SETTLES.get(risk.category)
    if rx is None:
        return None
    if risk.category == "competitor":  # a competitor's price is settled by a price agreed
        rx = re.compile(f"{rx.pattern}|{SETTLES['price'].pattern}", re.I)
    quoted = [q.text for r in current for q in r.quotes]
    for s in said:
        if rx.search(s) and not _NEG.search(s) and not any(s in q or q in s for q in quoted):
            return s
    return None


def moot(risk: str, dropped_needs: list[str], kept_needs: list[str]) -> bool:
    """Whether ``risk`` is about products the customer dropped: every code it names is in a dropped need only.

    "KT-3: our 3.6 against their target 3.2" is over once the KT-3 is cancelled ("KT-3先不做了"),
    as long as no need kept still names the KT-3.
    """
    codes = _codes([risk])
    return bool(codes) and codes <= _codes(dropped_needs) and not codes & _codes(kept_needs)


def _codes(texts: list[str]) -> set[str]:
    """Product codes named in ``texts``, upper case."""
    return {c for t in texts for c in product_codes.codes(t)}

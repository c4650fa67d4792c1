"""Risks that are settled in the conversation itself: resolved, approved, fixed, or our own admission.

A worry raised and then answered ("需要老板批" … "老板签字了"; "the certificate is pending" … "the
certificate came through this morning") is no open risk at the end of the talk, and a sentence that
states the settlement itself ("漏水的问题已经修好了", "finance signed it off") threatens nothing. Our own
apology or admission of a mistake ("这是我们的失误", "that was our error") is courtesy, not a threat the
customer raised. Each test reads one clause; :func:`settled_later` looks ahead in the conversation for a
clause that settles a risk of the same kind.
"""

from __future__ import annotations

import re

from assistant.summaries.numbers import find_numbers
from assistant.summaries.owners import party_of
from assistant.summaries.risk_rules import false_risk
from assistant.text.conversation import Sentence

_SETTLED: dict[str, re.Pattern[str]] = {  # per risk kind: what says that kind of worry is over
    "decision_chain": re.compile(
        r"(?:已经|已)?(?:签字了|签了字|签好了|签过了|批了|批下来|批准了|审批通过|通过了|同意了|拍板了)|"
        r"\b(?:signed (?:it )?off|has signed|approved (?:it|the|this)|gave (?:the|his|her|their) approval|"
        r"(?:was|has been|got|is) approved|sign-?off came)\b",
        re.I,
    ),
    "certification": re.compile(
        r"(?:证书|报告|认证)[^，。,;]{0,8}(?:已经|已)?(?:下来了|出来了|拿到了|到了|通过了)|(?:已经|已)(?:通过|拿到)[^，。,;]{0,6}(?:认证|检测|证书)|"
        r"\b(?:certificate|report|certification)\b[^.;]{0,30}\b(?:came through|was issued|has been issued|arrived|is in|passed)\b",
        re.I,
    ),
    "credit": re.compile(
        r"(?:欠款|货款|尾款|发票|账)[^，。,;]{0,8}(?:已经|已)?(?:付清|结清|到账|付了|收到)|"
        r"\b(?:has been|was|is now) (?:paid|settled|cleared)\b|\bpaid in full\b|\bpayment (?:arrived|came in|cleared)\b",
        re.I,
    ),
    "quality": re.compile(
        r"(?:已经|已)(?:解决|修好|整改|处理好|换好)|复检[^，。,;]{0,4}合格|"
        r"\b(?:(?:is|was|has been|now) (?:fixed|resolved|sorted)|retest\w* (?:passed|clean)|tested clean)\b",
        re.I,
    ),
}
_OPEN = re.compile(  # what keeps a clause open although it names a settlement
    r"还没|没有|尚未|未|不|但|可是|不过|还要|还得|等|如果|要是|\b(?:not|no|never|yet|still|but|however|if|unless|until|pending|waiting)\b",
    re.I,
)
_ADMIT = re.compile(
    r"(?:是|这是)?我们(?:这边|自己)?的(?:失误|问题|错|责任)|责任在我们|我们(?:这边)?(?:弄错|搞错|发错)了|"
    r"\b(?:our (?:mistake|fault|error)|(?:that|this)(?:'s| is| was| one is) on us|we (?:got it wrong|messed up|made a mistake))\b",
    re.I,
)
_THREAT_AFTER_ADMIT = re.compile(  # an admission that also says what still threatens the deal
    r"晚|延|赶不上|来不及|取消|别家|\b(?:late|delay\w*|miss\w*|cancel\w*|another supplier|elsewhere)\b", re.I
)


def settles(kind: str, text: str) -> bool:
    """Whether ``text`` says a worry of risk ``kind`` is over, with nothing left open in the same clause.

    Examples: ``decision_chain`` "采购总监昨天已经签字了" → True; "还没批下来" → False;
    ``quality`` "the leak is fixed" → True.
    """
    rx = _SETTLED.get(kind)
    return bool(rx and rx.search(text) and not _OPEN.search(text))


def our_admission(s: Sentence, party: str) -> bool:
    """Whether ``s`` is our own apology or admission of a mistake that threatens nothing further."""
    return party == "we" and bool(_ADMIT.search(s.text)) and not _THREAT_AFTER_ADMIT.search(s.text)


_PRICE = re.compile(r"价|成交|\d+\.\d+|\b(?:price|prices|deal|per (?:unit|piece|pc))\b", re.I)


def accepts_price(s: Sentence, label: str) -> bool:
    """Whether the customer's side agrees to a price ("那就52，成交", "USD 7.40 works for us")."""
    if label != "agreement" or party_of(s) == "we":
        return False
    return bool(_PRICE.search(s.text) or any(n.kind == "amount" for n in find_numbers(s.text)))


def settled_later(kind: str, at: int, units: list[tuple[Sentence, str]]) -> bool:
    """Whether a clause after offset ``at`` settles a risk of ``kind`` (the talk answered the worry).

    A price gap is settled by the customer's later agreement to a price; other kinds by a clause
    that states their settlement (:func:`settles`).
    """
    later = [(s, lab) for s, lab in units if s.start > at]
    if kind == "price_gap":
        return any(accepts_price(s, lab) for s, lab in later)
    return any(settles(kind, s.text) for s, _ in later)


def settled_risk(kind: str, s: Sentence, units: list[tuple[Sentence, str]]) -> bool:
    """Whether the risk of ``kind`` read in ``s`` is no open risk: settled in ``s`` or later, or our admission."""
    return settles(kind, s.text) or our_admission(s, party_of(s)) or settled_later(kind, s.start, units)


def open_risk(kind: str, s: Sentence, units: list[tuple[Sentence, str]]) -> bool:
    """Whether ``s`` carries an open risk of ``kind``: neither a false risk (:func:`false_risk`) nor settled."""
    return not false_risk(kind, s.text) and not settled_risk(kind, s, units)

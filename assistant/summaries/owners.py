"""Who owns a next step: the one place both offline engines ask (the word-list and the learned one).

The owner is the side that committed, read by
:func:`assistant.summaries.speakers_commitments.commitment_owner`: our rep's or manager's
promise ("我们争取下周三之前把草稿发给您", "I will send you …") is ours; a request addressed to
the other side ("把报价单发我", "please send us …", "麻烦您…确认") belongs to the addressee; the
customer's own promise ("我今天下午回复您", "I'll prepare the PO") is the customer's. A
customer's conditional threat ("otherwise we will move the volume elsewhere") is a churn
risk, never a step (:func:`is_threat`).
"""

from __future__ import annotations

import re

from assistant.summaries.speakers_clauses import clause_side
from assistant.summaries.speakers_commitments import commitment_owner
from assistant.text import lazy_re
from assistant.text.conversation import Parsed, Party, Sentence

# What a threat says the customer will do: leave, switch supplier, cancel, stop ordering.
_LEAVE = lazy_re.compile(
    r"换(?:供应商|厂家|工厂|一家|别家|家(?![具电里用]))|找(?:别家|别的(?:供应商|厂家|工厂)|其他(?:供应商|厂家|工厂))|"
    r"(?:不再|不会再|停止)(?:合作|下单|采购|订)|"
    r"取消(?:订单|合作|这单)|(?:这单|这个单子?|订单)就?不(?:做|要)了|终止合作|转(?:给|到)(?:别家|其他)|"
    r"\b(?:review|reconsider|re-?evaluate) (?:our|the) (?:supplier|vendor)s?(?: list| base)?\b|"
    r"\b(?:other|another|a different|alternative|new) (?:suppliers?|vendors?|factor(?:y|ies)|sources?)\b|"
    r"\b(?:cancel|terminate) (?:the|our|this) (?:order|contract|agreement|cooperation)\b|"
    r"\bstop (?:ordering|working with|buying)\b|\blook (?:at|for) other options\b|\b(?:take|move|shift|place) (?:our|the|this|next year'?s)"
    r"(?: \w+){0,3} (?:business|volume|orders?) (?:to|with|elsewhere)\b|\belsewhere\b",
    re.I,
)

# "下回我就不在你家拿了", "we won't order from you again": addressed to us, yet no request of us
_NOT_FROM_YOU = lazy_re.compile(
    r"不(?:在|从|找|跟)(?:你|您)(?:们|家|这|那)[^，。！!]{0,4}?(?:拿|买|订|进|采购|下单|合作)|"
    r"\b(?:won'?t|will not|never) (?:order|buy) from you\b",
    re.I,
)


def party_of(s: Sentence) -> Party:
    """Return the sentence's side: ``Sentence.party`` once the speaker parser sets it, else its role."""
    party = getattr(s, "party", None)
    return party if party in ("we", "customer") else s.role


def step_owner(s: Sentence, lead: str = "", *, parsed: Parsed | None = None) -> Party:
    """Return who owns the next step stated in ``s`` (``unknown`` when the speaker's side is unknown).

    ``lead`` is the text of its sentence before ``s`` (read from ``parsed`` when given; a clause without a cue of its own continues the
    last one there: "你们尽快注册，月底前要完成审核"); a clause of third-person notes naming a new
    subject is that subject's side (:func:`clause_side`).

    Examples: the customer's "下周三前把报价单发我" → ``we``; our "I will escalate … by
    tomorrow" → ``we``; the customer's "我今天下午回复您" → ``customer``.
    """
    if parsed is not None:  # the text of the sentence ``s`` was cut from, before ``s``
        whole = next((x for x in parsed.sentences if x.start <= s.start < x.end), s)
        lead = parsed.source[whole.start : s.start]
    side = clause_side(s) if s.clause_sides else party_of(s)
    return commitment_owner(s, side, lead=lead).owner


def is_threat(s: Sentence) -> bool:
    """Whether ``s`` is the customer's conditional threat to leave ("要是再拖，我们只能换供应商了").

    Such a sentence is a churn risk, not a commitment or a next step of either side.
    """
    if party_of(s) == "we":
        return False
    c = commitment_owner(s, party_of(s))
    if c.conditional and _NOT_FROM_YOU.search(s.text):
        return True  # "再这样下回我就不在你家拿了": read as a request of us for its 你
    return c.conditional and c.kind != "request" and bool(_LEAVE.search(s.text))

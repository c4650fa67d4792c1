"""What follows a missing certificate: when it comes and what waits for it, quoted in the same risk (issue 14).

A certification risk is raised on the sentence naming the document ("TX-9的型式检验报告还在做", "the
UKCA mark is still open"), and the next few sentences say the rest of it: when the lab issues it ("实验
室说六月中旬出", "the report is due on 12 May", "the new one is being issued") and what cannot happen
without it ("没有报告不让进场", "We cannot list the lamp without it", "no cert = no listing"). Those
sentences are the same point: the certification risk quotes them too. No risk is added or dropped. A
sentence that only says when something comes ("the samples will be ready by Friday", "样品下周能出吗") is
no follow-up: it must name the document or who issues it (报告/证书/实验室, "the report", "the lab", "TUV",
an acronym such as "UKCA"), or point back to it ("without it", "without them").
"""

from __future__ import annotations

import re

from assistant.summaries.evidence import add_quotes, quote_of
from assistant.summaries.schema import Risk
from assistant.text import lazy_re
from assistant.text.conversation import Sentence

WINDOW = 3  # sentences after a quote of the risk that may still speak of its document

_ISSUED = lazy_re.compile(  # when the document comes: a date or a span with an issuing verb
    r"(?:才(?:能)?|最早|预计|大概|估计|说)[^，。；]{0,10}(?:出|下来|拿到|批下来)|(?:月底|月初|中旬|下旬|[号日周])(?:才|能|就)?(?:出|下来)|"
    r"出报告|排期|"
    r"\b(?:will be|is|are|be) (?:issued|ready|renewed|done|due|complete[d]?)\b|\bbeing (?:tested|renewed|issued|reviewed)\b|"
    r"\b(?:due|ready|issued|expires?|expected) (?:on|by|in|at|around|until|only)\b|\bnot (?:\w+ )?(?:yet|until)\b",
    re.I,
)
_WITHOUT = lazy_re.compile(  # what waits for it
    r"没(?:有)?(?:报告|证书|证|这个|批件|认证)[^，。；]{0,10}(?:不|没法|进不了|上不了)|(?:不出来|不到)[^，。；]{0,10}(?:不|没法|进不了|上不了)|"
    r"\bwithout (?:it|them|this|that|the (?:\w+ ){0,2}(?:report|certificate|cert|mark|licen[cs]e|test))\b|"
    r"\bno (?:cert\w*|report|licen[cs]e|mark|test)\b\s*(?:=|means)|\buntil (?:you|we) have (?:it|them)\b",
    re.I,
)
_NAMES_DOC = lazy_re.compile(  # the document or who issues it
    r"报告|证书|出证|[^样]证|批件|认证|检测|检验|实验室|试验|测试|许可|注册|备案|机构|检测中心|"
    r"\b(?:lab\w*|report\w*|cert\w*|licen[cs]e\w*|mark\w*|declaration|approval|registration|registered|test\w*|"
    r"body|institute|audit\w*|assessment|inspection|(?-i:DoC))\b|\b(?-i:[A-Z][A-Z0-9]{1,5})\b",
    re.I,
)
_POINTS_BACK = lazy_re.compile(r"\bwithout (?:it|them|this|that)\b|\buntil (?:you|we) have (?:it|them)\b", re.I)
_COST = lazy_re.compile(r"[价钱]|\b(?:price|cost|pay|invoice)\b", re.I)


def follows_document(text: str) -> bool:
    """Whether ``text`` says when a pending document comes or what waits for it.

    Examples: "实验室说六月中旬出" → True; "We cannot list the lamp without it." → True;
    "价格下周再谈" → False; "The samples will be ready by Friday." → False.
    """
    if _COST.search(text) and not _WITHOUT.search(text):
        return False
    if not (_NAMES_DOC.search(text) or _POINTS_BACK.search(text)):
        return False
    return bool(_ISSUED.search(text) or _WITHOUT.search(text))


def add_cert_quotes(sentences: list[Sentence], risks: list[Risk]) -> list[Risk]:
    """Quote, in the certification risk, the sentences just after it that say when its document comes or what waits.

    Args:
        sentences: The conversation's sentences in order.
        risks: The risks found so far; only a ``compliance`` risk takes quotes.
    """
    for risk in (r for r in risks if r.category == "compliance"):
        starts = {q.start for q in risk.quotes}
        at = [i for i, s in enumerate(sentences) if s.start in starts]
        near = {j for i in at for j in range(i + 1, min(i + 1 + WINDOW, len(sentences)))}
        extra = [sentences[j] for j in sorted(near) if sentences[j].start not in starts]
        add_quotes(risk, (quote_of(s) for s in extra if follows_document(s.text)))
    return risks

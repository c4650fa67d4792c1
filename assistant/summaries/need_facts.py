"""Facts said in the talk are no needs: lead and transit times, test results, our conditions.

Minutes and calls carry lines the clause labeller reads as needs because they name a time or a
figure: "Production is 35 days and sea freight about 25 days", "交期一般是四十天", "the dryer passed
the drop test", "the lab expects the report in six weeks", "样品检测合格了". They report how long
something takes or how a test went; the customer asks for nothing in them. Nor is "we need the order
and the deposit by 20 April" the customer's need: it is the condition we set for them, when we say it
(the customer's "we need the order delivered before 20 April" or "we need the deposit terms to be 30%"
asks for something of us). Such a sentence is a need only when it also says what is required ("lead
time must be under 30 days", "交期不能超过四十天", "sea freight takes 25 days, so please ship by 1 May").
"""

from __future__ import annotations

import re

from assistant.summaries.numbers import asked_quantities
from assistant.summaries.owners import party_of
from assistant.summaries.schema import Need, Quote
from assistant.text import lazy_re
from assistant.text.conversation import Parsed

_LEAD_TIME = lazy_re.compile(
    r"\b(?:lead[- ]time|production(?: time)?|manufacturing|transit(?: time)?|(?:sea|air) freight|shipping(?: time)?|"
    r"delivery time|it takes)\b[^.;!?]{0,24}?\b\d+(?:\s?-\s?\d+)?\s*(?:working\s+)?(?:days|weeks)\b|"
    r"(?:交期|货期|生产周期|生产|海运|船期|运输|在途)(?:时间)?(?:一般|大概|大约|正常|通常|是|要|需要|得){0,3}\s*"
    r"(?:\d+|[一二三四五六七八九十两]{1,3})(?:个)?(?:天|周|星期|工作日)",
    re.I,
)
_TEST_RESULT = lazy_re.compile(
    r"\b(?:passed|failed)\b[^.;!?]{0,30}\b(?:test|trial|inspection|audit)\b|\bin (?:our|the|their) (?:own )?(?:tests?|lab)\b|"
    r"\b(?:tests?|trials?)\b[^.;!?]{0,30}\b(?:passed|showed|shows|came back)\b|\bthe (?:test )?lab expects\b|"
    r"(?:测试|检测|试验|实验)(?:已经|都)?(?:通过|合格)|(?:通过|合格)了?(?:测试|检测|试验)|实验室(?:预计|那边说)",
    re.I,
)
# what we need from them, and nothing said of it but when: "we need your order and the deposit by 3 April",
# "we need the PO first" (not "we need the order delivered …", "we need the deposit terms to be 30%")
_THEIRS = r"(?:order|po|purchase order|deposit|advance|payment|confirmation|signed contract)"
_OUR_CONDITION = lazy_re.compile(
    rf"\bwe need (?:the|your) {_THEIRS}(?:\s+(?:and|&)\s+(?:the |your )?{_THEIRS})*"
    r"(?=\s*(?:$|[.;!?,]|\b(?:by|before|first|now|asap|today|tomorrow|this|next|within|to (?:start|proceed|ship|book))\b))|"
    r"(?:需要|要)(?:你们|贵司|您)(?:先)?(?:下单|付定金|付款|打款|确认订单)",
    re.I,
)
# what only the customer gives: said by anyone, "we need the deposit by …" is our condition
_THEIRS_ONLY = lazy_re.compile(
    r"\byour\b|\b(?:deposit|advance|payment|po|purchase order|confirmation|signed contract)\b|你们|贵司|您", re.I
)
_REQUIRED = lazy_re.compile(
    r"\b(?:must|required?|requires|has to|have to|at most|no more than|maximum|max|within|under|less than|"
    r"at least|latest|cannot|can't|won't accept|need|needs|want|wants)\b|必须|要求|不能超过|不超过|以内|之内|最多|最晚|"
    r"至少|希望|控制在|不能晚于|尽快|麻烦|请(?!问|知悉|注意|查收)|"
    r"\bplease\b(?!\s+(?:note|see|find|be (?:aware|advised)|keep in mind))",
    re.I,
)

_CONDITIONAL = lazy_re.compile(r"的话|如果|\b(?:if|unless)\b", re.I)


def states_fact(text: str, party: str | None = None) -> bool:
    """Whether ``text`` reports a lead time, a test result or our own condition, requiring nothing of us.

    Args:
        text: The sentence.
        party: Who says it (``we``, ``customer``; anything else: unknown). The customer's "we need
            the order by 20 April" wants the goods; "we need the order and advance by 20 April" is ours
            whoever is said to say it.
    """
    if (m := _OUR_CONDITION.search(text)) and (party != "customer" or _THEIRS_ONLY.search(m.group())):
        return True
    if _REQUIRED.search(text) or _CONDITIONAL.search(text) or asked_quantities(text):
        return False  # "…2,000 of the 40 cm, but only if the frost test is passed": a need on a condition
    return bool(_LEAD_TIME.search(text) or _TEST_RESULT.search(text))


def drop_fact_needs(needs: list[Need], parsed: Parsed | None = None) -> list[Need]:
    """Drop the needs every quote of which states a fact (:func:`states_fact`).

    Args:
        needs: The summary's needs.
        parsed: The conversation the quotes index into: who says each quote (unknown without it).

    Returns:
        The needs left, in order.
    """

    def party(q: Quote) -> str | None:
        s = next((s for s in parsed.sentences if s.start <= q.start < s.end), None) if parsed is not None else None
        return party_of(s) if s is not None else None

    return [n for n in needs if not n.quotes or not all(states_fact(q.text, party(q)) for q in n.quotes)]

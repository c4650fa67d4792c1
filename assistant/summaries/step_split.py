"""One next step per dated action: a sentence that commits to two things on two dates is two steps.

"那我今天把申请报上去，明天中午前给您回话" is a report today and an answer tomorrow;
"合同收到，我今天盖章回传，30%定金这周五前付" is a stamped contract today and a deposit by Friday;
"I will escalate this today and send you a written proposal by tomorrow" is two actions. Each
part keeps its own owner (who commits in that clause) and due date, and quotes its own verbatim
span of the sentence. A clause without a date of its own, or one that only sets a condition
("这周六前付定金的话") or names what a check asks about, stays with its neighbour. An inquiry whose
answer the next clause brings back ("明天上午问一下仓库，下午回您", "I'll ask the bank today and tell you
on Friday") is one step, due when the answer comes: its last deliverable.
"""

from __future__ import annotations

import re
from dataclasses import replace

from assistant.summaries import lexicon as lx
from assistant.summaries.owners import party_of
from assistant.summaries.speakers_commitments import commitment_kind
from assistant.summaries.step_due_pick import CONDITION, REPLY, is_asked
from assistant.text import lazy_re
from assistant.text.conversation import Sentence
from assistant.text.dates import DateMention

_BREAK = lazy_re.compile(
    r",?\s+and\s+(?=(?:then\s+)?(?:send|call|get|confirm|share|email|forward|ship|book|update|let|give|pay|sign|come)\b)"
    r"|[，;；～~]\s*|,(?!\d{3}\b)\s*|(?<=[^\x00-\x7f])\s+(?=[\u4e00-\u9fff\d])"
    r"|\s+(?=and\s+(?:the|an?|our|your|all)\b[^,;.]*\b(?:by|before)\b)"  # "…tomorrow and the price list by Monday"
    r"|,?\s+and\s+(?=our\s+(?:[a-z]+\s+){0,2}(?:engineers?|technicians?|colleagues?|team)\b)",  # "…and our engineer will…"
    re.I,
)
# "…today, and the colour cards by Friday": the same action again, on a later date (its verb left out)
_PARTY = lazy_re.compile(r"^\s*(?:我方|贵方|客户方)")  # minutes name the side that acts: "…发书面意向书，我方收到后开始备料"
_ELIDED = lazy_re.compile(r"^\s*(?:and|plus)\s+(?:the|an?|our|your|all)\b[^,;]*\b(?:by|before)\b", re.I)


_TAIL = lazy_re.compile(r"(?:[\s，,;；～~]|\band\b)+$", re.I)


_BY = lazy_re.compile(r"前|之前|以前|\bby\b|\bbefore\b", re.I)


_INQUIRY = lazy_re.compile(  # asks someone else, whose answer is what the customer is promised
    r"问一?问|问一?下|问问|^[^，,]{0,8}问|咨询|打听|核实|\b(?:ask|check with|talk to|speak (?:to|with)|consult|find out)\b",
    re.I,
)


_ASSURED = lazy_re.compile(r"没问题|来得及|赶得上|\bno problem\b|\b(?:works|is fine)\b", re.I)
# our colleague sent to the customer on a date of the clause's own: "我们技术主管老贺周五下午去你们车间看设备",
# "Our service engineer will be at your plant on Friday" (not "我们经理说了…", "工程师周三去不了了",
# "工厂周五到期的那批", "师傅明天到别的客户那里")
_COLLEAGUE_GOES = lazy_re.compile(
    r"(?:我们|我方|我这边)的?[\u4e00-\u9fff]{0,6}?(?:经理|工程师|技术|售后|同事|师傅|质检|总监|主管|[\u4e00-\u9fff]工(?![厂作人资程]))"
    r"[\u4e00-\u9fff]{0,8}?(?:上门|(?:到|去|过去|过来|来)(?!期|岗|货|料|账|时|年|不)[^，。,；;]{0,3}?"
    r"(?:您|你们?|贵司|贵厂|厂里|现场|工地|店里|车间|仓库|门店))"
    r"|(?:派|带|安排)[^，。,；;]{0,4}?(?:工程师|技术员?|师傅|售后|人)[^，。,；;]{0,3}?(?:上门|(?:到|去|过去|过来)[^，。,；;]{0,3}?"
    r"(?:您|你们?|贵司|贵厂|厂里|现场|工地|店里|车间|仓库|门店))"  # "明天邵宁远带工程师到门店逐台检测", "周三派师傅上门"
    r"|\bour\s+(?:[a-z]+\s+){0,2}(?:engineers?|technicians?|colleagues?|managers?|director|team|specialists?|inspectors?)"
    r"\s+(?:will|'ll|is going to|are going to|can)\s+(?:be at|be with|visit|come to|come by|drop by|inspect)\s+(?:your|you\b|the site)",
    re.I,
)


def _acts(text: str, ours: bool = False) -> bool:
    """Whether a clause commits or asks ("明天给您回话"), or names an action due by a date ("这周五前付").

    ``ours``: our side's dated action with an assurance ("10号发货没问题") commits us too.
    """
    if commitment_kind(text) != "none" or bool(lx.ACTION.search(text) and _BY.search(text)):
        return True
    return ours and bool((lx.ACTION.search(text) and _ASSURED.search(text)) or _COLLEAGUE_GOES.search(text))


def _same_subject(text: str, start: int, heads: list[int]) -> bool:
    """Whether the clause at ``start`` is a verb after "and" whose subject committed in a step before it.

    "I'll send the contract today, and call back tomorrow": "call back tomorrow" is still "I'll".
    """
    return bool(heads) and bool(re.search(r"\band\s+$", text[:start], re.I)) and commitment_kind(text[:start]) != "none"


def split_steps(s: Sentence, dates: list[DateMention]) -> list[tuple[Sentence, list[DateMention]]]:
    """Split ``s`` into one (part, its dates) per dated action; ``[(s, dates)]`` when it holds one.

    Args:
        s: A sentence read as a next step.
        dates: Its date mentions (offsets into ``s.text``).
    """
    cuts = [0, *(m.end() for m in _BREAK.finditer(s.text)), len(s.text)]
    clauses = [(a, b) for a, b in zip(cuts, cuts[1:], strict=False) if s.text[a:b].strip()]
    heads: list[int] = []  # the clauses that start a step: an action with a date of its own
    for i, (a, b) in enumerate(clauses):
        text = s.text[a:b]
        own = [d for d in dates if a <= d.start < b and not is_asked(d, s.text)]
        if own and not CONDITION.search(text) and (_acts(text, party_of(s) == "we") or _same_subject(s.text, a, heads)):
            heads.append(i)
        elif own and i and _ELIDED.match(text) and any(clauses[i - 1][0] <= d.start < clauses[i - 1][1] for d in dates):
            heads += [*([i - 1] if i - 1 not in heads else []), i]  # the step of a sentence already read as one
        elif i and heads and _PARTY.match(text) and not _PARTY.match(s.text[slice(*clauses[0])]) and len(text) > 5:
            heads.append(i)  # the other side's part of the step, undated
    heads = [
        h for k, h in enumerate(heads)
        if not (k and _INQUIRY.search(s.text[slice(*clauses[heads[k - 1]])]) and REPLY.search(s.text[slice(*clauses[h])]))
    ]  # "问一下仓库，下午回您": the inquiry and its answer are one step
    if len(heads) < 2:
        return [(s, dates)]
    bounds = [0, *(clauses[i][0] for i in heads[1:]), len(s.text)]
    parts: list[tuple[Sentence, list[DateMention]]] = []
    for a, b in zip(bounds, bounds[1:], strict=False):
        text = s.text[a:b]
        a2 = a + len(text) - len(text.lstrip())
        b2 = a + len(_TAIL.sub("", text))
        part = replace(s, start=s.start + a2, end=s.start + b2, text=s.text[a2:b2])
        own = [replace(d, start=d.start - a2, end=d.end - a2) for d in dates if a2 <= d.start < b2]
        parts.append((part, own))
    return parts

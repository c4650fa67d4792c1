"""A process the order must go through first, said as how long it takes: its end is the order's gate (issue 14).

"单笔超过十万的采购都要上集团招采平台，至少三家比价，走完流程要两周" or "anything over EUR 50,000 goes to a
tender, and the tender process takes about three weeks" says no date, yet no order is placed before the
process ends: :func:`process_gate` works that day out — today, or the day the process is said to start ("我今天
就把项目挂到平台上", "we open the tender on 3 May"), plus the time it takes — so
:mod:`~assistant.summaries.timeline_sums` can count production and shipping from it. A payment period, a
validity or a reply ("流程走完两周内付款", "I'll revert within two weeks") is no such process.
"""

from __future__ import annotations

import datetime as dt
import re

from assistant.summaries.periods import period_days
from assistant.summaries.timeline_starts import CLAUSE_BREAK
from assistant.text import lazy_re
from assistant.text.conversation import Sentence
from assistant.text.dates import DateMention, find_dates

_EN_N = r"\d{1,3}|[一二两三四五六七八九十]{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a"
_WORDS_ZH = "流程|审批|比价|招标|招采|评标|上会"
_WORDS_EN = "bidding|approval|procurement|sign-?off|vetting"  # and "tender", read as "tender\w*" in a process
_PROCESS = lazy_re.compile(  # the process, then within the clause how long it takes ("三到四周", "3-4 weeks": the top)
    rf"(?:{_WORDS_ZH}|\b(?:tender\w*|{_WORDS_EN})\b)"
    r"[^，。；.;!?？]{0,16}?(?:要|需要|需|得|\b(?:takes?|needs?|lasts?|is|of)\b)\s*"
    r"(?:大概|大约|差不多|至少|最多|about|around|roughly|at least|up to|usually)?\s*"
    rf"(?:(?:{_EN_N})\s*(?:-|–|~|到|至|to)\s*)?(?P<n>{_EN_N})\s*"
    r"(?P<u>个?工作日|天|个?星期|周(?![一二三四五六日末])|个月|(?:working |business )?days?\b|weeks?\b|months?\b)",
    re.I,
)
_NOT_PROCESS = lazy_re.compile(  # a payment term, a warranty, a validity, a reply, or a step after the goods come
    r"付款|支付|内付|回复|答复|有效|质保|保修|期限|账期|安装后|到货后|验收后|清关|海关|\b(?:pay\w*|invoice|reply|revert|valid\w*|"
    r"warranty|guarantee|term|terms|due(?! to)|old|ago|customs|lead time|after (?:the )?(?:installation|arrival|delivery|"
    r"commissioning))\b|\bour (?:procurement|approval)\b",
    re.I,
)
_NO_NEED = lazy_re.compile(r"(?:不用|不需要|不必|免)(?:走|上|搞)?$|\b(?:no need for|not needed for|waive[sd]?|without)\s+(?:a |the )?$", re.I)
_WORD = lazy_re.compile(rf"{_WORDS_ZH}|tender|{_WORDS_EN}", re.I)  # the process word a match starts with
_AFTER_GOODS = lazy_re.compile(r"安装后|到货后|验收后|\bafter (?:the )?(?:installation|arrival|delivery|commissioning)\b", re.I)
_STARTS = lazy_re.compile(  # the day the process starts: "今天就把项目挂到平台上", "we open the tender on 3 May"
    r"挂到?平台|挂网|上平台|发标|开标|提交|报上去|走流程|\b(?:open|launch|start|submit|file|publish)\w*\b[^.;,]{0,30}"
    r"\b(?:tender|bid|process|request|application|approval)\b|\b(?:tender|bid|process)\b[^.;,]{0,20}\b(?:opens|starts)\b",
    re.I,
)
_NOT_START = lazy_re.compile(r"^\s*(?:公布|出结果|结果|截止|前|之前)|\b(?:by|before|until|deadline)\s+(?:the\s+)?$", re.I)
HORIZON = dt.timedelta(days=120)  # a process longer than this is no order's gate


def process_gate(sents: list[Sentence], today: dt.date) -> tuple[Sentence, dt.date] | None:
    """Return the sentence of a process the order waits for and the day it ends, else None.

    Example: "单笔超过十万的采购都要上集团招采平台，至少三家比价，走完流程要两周。" and later "我今天就把项目挂到
    平台上" said on 17 February → that sentence and 2 March.
    """
    start = today
    for s in sents:
        for clause in CLAUSE_BREAK.split(s.text):  # the day in the start's own clause, not a deadline said beside it
            if _STARTS.search(clause):
                said = [d.date for d in find_dates(clause, today) if d.date >= today and not _not_start(clause, d)]
                start = max([start, *said[:1]])
    found = []
    for s in sents:
        for m in _PROCESS.finditer(s.text):
            head = CLAUSE_BREAK.split(s.text[: m.start()])[-1]
            clause = head + m.group() + CLAUSE_BREAK.split(s.text[m.end() :])[0]  # the match's own clause, to its boundaries
            days = period_days(m["n"], m["u"])
            if _NO_NEED.search(head) or _waived(s.text, m.group()):
                continue  # "这单金额小，不用招标", "no need for a tender": that process is waived
            if _AFTER_GOODS.search(s.text[: m.start()]):
                continue  # "After installation, the fire department sign-off takes about two weeks"
            if days and not _NOT_PROCESS.search(clause) and dt.timedelta(days=days) <= HORIZON:
                found.append((s, start + dt.timedelta(days=days)))
    return max(found, key=lambda x: x[1]) if found else None


def _waived(text: str, process: str) -> bool:
    """Whether ``text`` waives the process ``process`` starts with, anywhere ("不用招标", "no need for a tender")."""
    word = _WORD.match(process)
    return bool(word) and bool(
        re.search(rf"(?:不用|不需要|不必|免|no need for (?:a |the )?|without (?:a |the )?)(?:走|上)?{re.escape(word.group())}", text, re.I)
    )


def _not_start(clause: str, d: DateMention) -> bool:
    """Whether the date ``d`` of a start clause is a result or a due day ("结果5月28号公布", "by 30 July")."""
    return bool(_NOT_START.search(clause[d.end :]) or _NOT_START.search(clause[max(0, d.start - 20) : d.start]))

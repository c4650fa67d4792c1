"""Whether a reply accepts the customer's payment term, in full and with no condition (issue 14).

"45天可以", "三、六、一可以" and "这个可以。" right after the customer's term accept it; "可以考虑" offers,
"…能接受吗" asks, and a condition or a "but" said with it, or in the same speaker's next sentence, keeps part of
it open: "The 30% deposit is fine." followed by "The balance 60 days after arrival I cannot confirm myself: I have
asked our finance manager" accepts the deposit only. An approval already given ("My director already approved
it") or a plain "No problem" leaves nothing open.
"""

from __future__ import annotations

import re

from assistant.summaries.acceptance import ACCEPT, REFUSE
from assistant.summaries.evidence import is_question
from assistant.summaries.payment_cues import (
    ACCEPT_FIRST,
    APPROVAL,
    ASKED,
    BUT,
    CONDITION,
    DAYS,
    HEDGE,
    PAYMENT_WORD,
    SPLIT,
    names_term,
)
from assistant.text import lazy_re
from assistant.text.conversation import Sentence

_NOT_MINE = lazy_re.compile(r"cannot|can't|can not|not able|unable|不能|不行|没法|确认不了|做不了主|定不了|不接受|不同意", re.I)
_ALREADY = lazy_re.compile(  # an approval given, not one still to come ("needs to be approved", "已经报给老板了")
    r"\b(?:has|have|had|already)\s+(?:been\s+)?(?:approved|signed off|agreed)\b|已经(?:批|审批|同意|确认)(?:了|过)|批过了|审批过了|批下来了",
    re.I,
)
_FIRST = lazy_re.compile(r"\bfirst\b|\b(?:need|have) to\b|先|得", re.I)  # "I need to check with my boss first"


def _left_open(tail: str) -> bool:
    """Whether the same speaker's next sentence leaves part of the term open: refused, or still to be approved.

    "The 30% deposit is fine." + "The balance 60 days after arrival I cannot confirm myself: I have asked our
    finance manager" accepts the deposit only; + "My director already approved it" or "No problem" accepts all.
    """
    if not (PAYMENT_WORD.search(tail) or _FIRST.search(tail)):
        return False
    return bool(_NOT_MINE.search(tail) or (APPROVAL.search(tail) and not _ALREADY.search(tail)))


def accepts(s: Sentence, lab: str, after: Sentence | None, answers: bool = False) -> bool:
    """Whether ``s`` accepts a payment term ("45天可以", "三、六、一可以"), with no condition said with it."""
    tail = after.text if after is not None and after.speaker == s.speaker else ""
    if is_question(s) or ASKED.search(s.text) or CONDITION.search(s.text) or HEDGE.search(s.text):
        return False
    if CONDITION.search(tail):
        return False
    if BUT.search(tail) or _left_open(tail):  # "承兑汇票我们可以接受，但最多90天": only part of it
        return False
    if lab == "agreement" and names_term(s.text):
        return True
    if answers and ACCEPT_FIRST.search(s.text.strip()) and not REFUSE.search(s.text):
        return True  # "这个可以。" said right after their term
    named = names_term(s.text) or DAYS.search(s.text) or SPLIT.search(s.text)  # "45天可以"
    return bool(ACCEPT.search(s.text)) and not REFUSE.search(s.text) and bool(named)

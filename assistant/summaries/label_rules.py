"""Cue-word corrections of the sentence classifier's labels: a plan it missed, a quantity restated.

A sentence the classifier read as none but that names an action with a date or a future cue
("我们月底前确认数量") is a next step; the customer's "这次订单改成8000条" restates a need rather than
reporting progress.
"""

from __future__ import annotations

import datetime as dt
import re

from assistant.summaries import lexicon as lx
from assistant.summaries.evidence import is_question
from assistant.summaries.numbers import asked_quantities
from assistant.summaries.owners import party_of
from assistant.text import lazy_re
from assistant.text.conversation import Parsed, Sentence
from assistant.text.dates import find_dates

_QUANTITY_CHANGE = lazy_re.compile(  # "这次订单改成8000条", "change the order to 2,400": a need restated, not progress
    r"(?:改成|改为|调整为|调整到|加到|增加到|减到|减少到)|\b(?:change|increase|raise|reduce|lower|up)\b[^.!?]{0,25}\bto\b|"
    r"\bmake (?:it|that) [\d,]{3,}|\d[\d,]*\s(?:[A-Za-z-]+\s){0,3}instead of \d",  # "make it 1,200", "640 crates instead of 500"
    re.I,
)


def lexical_step(s: Sentence, parsed: Parsed) -> bool:
    """Apply the cue-word test for a next step, used when the classifier saw nothing."""
    ref = s.date or parsed.last_date or dt.date.today()
    if not lx.ACTION.search(s.text) or is_question(s) or lx.HEDGED.search(s.text):
        return False
    future = lx.FUTURE.search(s.text) or lx.REQUEST.search(s.text) or find_dates(s.text, ref)
    return bool(future) and not lx.PAST.search(s.text)


def quantity_change(s: Sentence) -> bool:
    """Whether the customer restates a quantity as changed ("这次订单改成8000条"), not yet done."""
    return (
        party_of(s) != "we"
        and bool(_QUANTITY_CHANGE.search(s.text) and asked_quantities(s.text))
        and not lx.PAST.search(s.text)
    )

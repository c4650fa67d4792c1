"""The customer's dated schedule fact is no next step: "The committee meets on 17 June.", "八号开会当场就定".

A customer's sentence that dates an event or a delivery but names no one who acts on it — no person
as subject ("I", "we", "you", "he", "我", "您", "他"…), no request and no commitment — states when something
happens on their side; writers file it as a fact or a risk, not an action either side took on (dev,
spent summaries_blind11/14/15/20: 6 such extras). Only a meeting, an opening, a delivery or a signing is
such a fact; "He decides on the 15 March board meeting", "老板下周一开会定供应商", "Oliver shares the
committee date" name who acts and stay steps.
"""

from __future__ import annotations

import re

from assistant.summaries import lexicon as lx
from assistant.summaries.owners import party_of
from assistant.summaries.speakers_commitments import commitment_kind
from assistant.text import lazy_re
from assistant.text.conversation import Sentence
from assistant.text.titles import HONORIFIC

_PERSON = lazy_re.compile(
    r"\b(?:I|I'll|I'd|I'm|we|we'll|we're|you|you'll|your team|he|she|they|me|us|him|her|them|let's|let)\b|"
    rf"\b{HONORIFIC}\b|我|你|您|他|她|咱|贵司|麻烦|请|老板|领导|老总|[\u4e00-\u9fff](?:工|总|经理|主管|总监|主任|老师|会计|姐|哥)"
    r"|\b(?!(?:The|Our|Also|And|So|But|Then|This|That|An?|Their|Its|My|Next|On|By|In)\b"
    r"|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\b)[A-Z][a-z]+",
)  # a person acts: a pronoun, a title ("孙工…发给曾主管"), a name ("Raj sends the protocol")
_SCHEDULE = lazy_re.compile(  # what a schedule fact dates: a meeting, an opening, a delivery, a signing
    r"开会|会议|评审|开业|上线|发布|签合同|交货|到货|发货|交付|"
    r"\b(?:meets?|meeting|committee|board|opening|opens|launch\w*|delivery|deliveries|due|starts?)\b",
    re.I,
)
_ELIDED = lazy_re.compile(
    r"^(?:[^:：\n]{1,30}[:：]\s*)?[^\w\s]*[a-z]+ing\b"
)  # "paying tonight 💸": the speaker's own act, subject left out


def schedule_fact(s: Sentence, dated: bool) -> bool:
    """Whether ``s`` is the customer's dated statement of when something happens, with no one acting.

    Args:
        s: A sentence the classifier labelled a next step.
        dated: Whether it names a date on or after the day it was said.

    Returns:
        True for "Our first delivery to the mine is due on 1 September"; False when a person acts,
        asks or promises ("He decides on the 15 March board meeting", "周五前把报价发我").
    """
    text = s.text
    return (
        dated
        and party_of(s) == "customer"
        and bool(_SCHEDULE.search(text))
        and not _PERSON.search(text)
        and not _ELIDED.search(text)
        and not lx.REQUEST.search(text)
        and commitment_kind(text) == "none"
        and not re.search(r"[?？]\s*$", text)
    )

"""A promise to come back with an answer is kept when the same side later gives the answer.

"一万一千八我今天批不下来，明天上午回您" followed the next morning by the rep's "领导同意了，十台一万一千八成交"
is a kept promise, not an open next step (the eval writers file it as nothing). Only a reply promise
("回您", "给您答复", "get back to you", "let you know") is read this way — a promise to send something
is kept only when the thing is reported sent (:func:`assistant.summaries.done_reports.reported_done`).
The answer is a later sentence of the same side that speaks of the promise's topic (a figure, a
product, a word of the promise's sentence — not its time words or pronouns) and settles it ("批了",
"同意了", "approved", or the figure asked for), as :func:`assistant.summaries.done_confirms.settling`
reads last time's confirm steps. A later message that merely comes next (another topic) answers nothing;
for a consultation, the one consulted approving ("我跟总监商量下，明天回复" … "总监批了：…") answers it.
"""

from __future__ import annotations

import re

from assistant.summaries.done_confirms import settling, topic_keys
from assistant.summaries.owners import party_of
from assistant.summaries.step_consults import consults
from assistant.text import lazy_re
from assistant.text.conversation import Parsed, Sentence

_REPLY = lazy_re.compile(
    r"回(?:您|你|复您|复你|个话|话)|(?:给|向)(?:您|你)(?:一个|个)?(?:准信|准话|回复|答复|消息|回话)|答复(?:您|你)|"
    r"\b(?:get back to|come back to|revert to|let you know|reply to you|answer you)\b",
    re.I,
)
_DELIVERS = lazy_re.compile(  # "…and give you our final price by Tuesday": a deliverable too, kept only when sent
    r"\b(?:give|send|provide)\s+(?:you|u)\b|\bby\b|\bbefore\b|(?:给|发|寄)(?:你|您)|前",
    re.I,
)
_NOT_TOPIC = re.compile(
    r"[您你我他她们今明后昨天早晚上下午周点号前内回复答话]"
)  # pairs of time words, pronouns, the reply
_NOT_TOPIC_EN = frozenset(
    {"tomor", "today", "monda", "tuesd", "wedne", "thurs", "frida", "back", "answe", "manag"}
)


_ROLE = lazy_re.compile(  # whom a consultation asks: the one whose approval answers it ("总监批了")
    r"经理|总监|老板|领导|厂长|财务|[\u4e00-\u9fff]总(?![监经部])|"
    r"\b(?:manager|director|boss|CFO|CEO|GM|finance|head office|board)\b",
    re.I,
)
_APPROVES = lazy_re.compile(
    r"^[^，。,;；:：]{0,6}?(?:批了|批下来了|同意了|点头了|签字了|\b(?:approved|signed off|agreed|said yes|OK'?d)\b)", re.I
)


def _approved(promise: str, later: list[str]) -> bool:
    """Whether one of ``later`` says the one ``promise`` consults approved ("我跟总监商量下" … "总监批了")."""
    roles = {m.group().lower() for m in _ROLE.finditer(promise)}
    for s in later:
        for m in _ROLE.finditer(s):
            if m.group().lower() in roles and _APPROVES.match(s[m.end() :]):
                return True
    return False


def answered(promise: Sentence, parsed: Parsed) -> bool:
    """Whether ``promise`` (a clause promising an answer) is settled by a later sentence of its side.

    Args:
        promise: The step's clause; its whole sentence gives the topic.
        parsed: The whole conversation.
    """
    if not (_REPLY.search(promise.text) or (consults(promise.text) and not _DELIVERS.search(promise.text))):
        return False  # "I will ask my director tomorrow" … "my director approved 350": asked and answered
    whole = next((s for s in parsed.sentences if s.start <= promise.start < s.end), promise)
    want = {k for k in topic_keys(whole.text) if not _NOT_TOPIC.search(k) and k not in _NOT_TOPIC_EN}
    side = party_of(promise)
    later = [s.text for s in parsed.sentences if s.start >= whole.end and party_of(s) == side]
    return settling(want, whole.text, later) is not None or (consults(promise.text) and _approved(promise.text, later))

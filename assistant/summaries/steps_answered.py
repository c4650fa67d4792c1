"""A promise to come back with an answer is kept when the same side later gives the answer.

"一万一千八我今天批不下来，明天上午回您" followed the next morning by the rep's "领导同意了，十台一万一千八成交"
is a kept promise, not an open next step (the eval writers file it as nothing). Only a reply promise
("回您", "给您答复", "get back to you", "let you know") is read this way — a promise to send something
is kept only when the thing is reported sent (:func:`assistant.summaries.done_reports.reported_done`).
The answer is a later sentence of the same side that speaks of the promise's topic (a figure, a
product, a word of the promise's sentence — not its time words or pronouns) and settles it ("批了",
"同意了", "approved", or the figure asked for), as :func:`assistant.summaries.done_confirms.settling`
reads last time's confirm steps. A later message that merely comes next (another topic) answers nothing;
for a consultation, the one consulted approving ("我跟总监商量下，明天回复" … "总监批了：…") answers it
when the approval speaks of what was consulted — a content word of the promise or of the question it
answers, or a figure where a price was asked ("报价还是高" … "总监批了：每台九千八"). The one consulted
is no topic: "经理同意了下周一派人去现场" answers no "价格我跟经理商量下".
"""

from __future__ import annotations

import re

from assistant.summaries.acceptance import FIGURE
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
    {"tomor", "today", "monda", "tuesd", "wedne", "thurs", "frida", "back", "answe", "manag", "direc", "boss"}
    | {"finan", "board", "check", "appro", "agree", "signe", "also"}
)
_PRICED = lazy_re.compile(  # a price was asked: a figure in the approval speaks to it
    r"价|钱|贵|便宜|折|优惠|费|\b(?:price\w*|cost\w*|discount\w*|rates?|freight|fees?|cheaper|expensive)\b", re.I
)


_ROLE = lazy_re.compile(  # whom a consultation asks: the one whose approval answers it ("总监批了")
    r"经理|总监|老板|领导|厂长|财务|[\u4e00-\u9fff]总(?![监经部])|"
    r"\b(?:manager|director|boss|CFO|CEO|GM|finance|head office|board)\b",
    re.I,
)
_APPROVES = lazy_re.compile(
    r"^[^，。,;；:：]{0,6}?(?:批了|批下来了|同意了|点头了|签字了|\b(?:approved|signed off|agreed|said yes|OK'?d)\b)", re.I
)


def _topic(text: str) -> set[str]:
    """Content keys of ``text`` less time words, pronouns, the reply and the one consulted."""
    return {
        k for k in topic_keys(text) if not _NOT_TOPIC.search(k) and k not in _NOT_TOPIC_EN and not _ROLE.search(k)
    }


def _approved(promise: str, later: list[str], asked: str = "") -> bool:
    """Whether one of ``later`` says the one ``promise`` consults approved what was consulted.

    Args:
        promise: The consultation ("运费的事我跟总监商量下，明天给您回复").
        later: Later sentences of the same side, in order.
        asked: The other side's sentence the promise answers ("报价还是高，能不能再便宜点？"), if any.
    """
    roles = {m.group().lower() for m in _ROLE.finditer(promise)}
    want = _topic(f"{promise} {asked}")
    priced = bool(_PRICED.search(f"{promise} {asked}"))
    for s in later:
        for m in _ROLE.finditer(s):
            if m.group().lower() not in roles or not _APPROVES.match(s[m.end() :]):
                continue
            if want & _topic(s) or (priced and FIGURE.search(s)):  # "总监批了：每台九千八"
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
    want = _topic(whole.text)
    side = party_of(promise)
    later = [s.text for s in parsed.sentences if s.start >= whole.end and party_of(s) == side]
    if settling(want, whole.text, later) is not None:
        return True
    before = [s for s in parsed.sentences if s.end <= whole.start and s.speaker and s.speaker != whole.speaker]
    asked = before[-1].text if before else ""
    return consults(promise.text) and _approved(promise.text, later, asked)

"""Which sentences are not next steps, though they name an action.

The customer's requirement with a deadline ("交货得在1月10号之前", "the bags have to be at our DC by
Jan 15 at the latest") is a need; a concession or agreement without a date with a figure ("我给您做到19.5元")
is progress; a missing certificate's consequence ("without it our QA team will block the shipment") and
a conditional threat are risks; a contact leaving is a risk; a title, a report of what was done and the
customer's own event date are no steps. Which of a step's dates is its due date:
:mod:`assistant.summaries.step_due_pick`.
"""

from __future__ import annotations

import datetime as dt
import re

from assistant.summaries import lexicon as lx
from assistant.summaries import movement as mv
from assistant.summaries.owners import is_threat, party_of
from assistant.summaries.speakers_commitments import commitment_kind
from assistant.summaries.step_conditions import conditional
from assistant.summaries.step_facts import schedule_fact
from assistant.text import lazy_re
from assistant.text.conversation import Sentence
from assistant.text.dates import DateMention

_REQUIREMENT = lazy_re.compile(
    r"(?:得|要|必须|需|需要|一定要)(?:在|于)[^，。；]{0,12}(?:前|之前|以前)|最晚[^，。；]{0,12}(?:必须|要|得)|(?:前|之前|以前)(?:要|得|必须|需要)(?:到|交|发|出|送)|"
    r"\b(?:has|have|need|needs) to (?:be|arrive|reach)\b.{0,60}\b(?:by|before)\b|\bat the latest\b|"
    r"\bmust (?:be|arrive)\b.{0,40}\b(?:by|before)\b|\bideally\b.{0,60}\b(?:by|before)\b|最晚[^，。；]{0,12}(?:签|到|交)|"
    r"\b(?:by|before)\b.{0,60}\b(?:remains?|is|stays?) (?:essential|critical|crucial|a must)\b",
    re.I,
)  # the customer's deadline restated ("…by 20 May remains essential", "合同最晚月底签"): a need, no step
_WANTS_BY = lazy_re.compile(r"\b(?:I|we)(?:'d| would)? (?:need|want)\b(?! to\b)[^.;!?]{0,60}\b(?:by|before)\b", re.I)
_PURPOSE = lazy_re.compile(r"\bso (?:that )?(?:we|I) can\b.*|以便.*", re.I)  # "…so we can stock up": why, no promise
_VAGUE = lazy_re.compile(  # an intention with no deliverable: "we will prepare whatever he needs"
    r"\b(?:whatever|anything|everything) (?:he|she|you|they|it|your \w+) (?:needs?|wants?|requires?|asks? for)\b|需要什么[^，。；]{0,6}(?:都|就)",
    re.I,
)
_NOTE = lazy_re.compile(r"\bplease (?:note|be (?:aware|advised))\b", re.I)  # tells, asks nothing
_INTRODUCES = lazy_re.compile(r"介绍给|引荐|\bintroduce", re.I)  # the leaving contact introduces the successor: a step


def not_a_step(s: Sentence, dated: bool) -> bool:
    """Whether ``s``, though it names an action, is a need, progress or a risk rather than a next step."""
    text = s.text
    if is_threat(s) or _VAGUE.search(text):  # a churn threat; "we'll prepare whatever he needs": no step
        return True
    if mv.CONTACT_CHANGE.search(text) and not lx.REQUEST.search(_NOTE.sub("", text)) and not _INTRODUCES.search(text):
        return True  # "Mark … is retiring at the end of the year", "Please note that I move to our Oslo office": a risk
    if (
        party_of(s) != "we"
        and _REQUIREMENT.search(text)
        and not lx.REQUEST.search(text)
        and commitment_kind(_PURPOSE.sub("", text)) != "self"  # "晚上发你～ 还有2月5号前必须到": a promise beside the need
    ):
        return True
    if party_of(s) != "we" and _WANTS_BY.search(text) and not re.search(rf"{_EVENT.pattern}|\breview\b", text, re.I):
        return True  # "I need your final offer by the 30th": the customer's deadline, a need (not "I need to ask")
    if party_of(s) != "we" and re.search(r"只能|\bonly (?:accept|do|pay)\b", text, re.I) and not dated:
        return True
    if re.search(r"\b(?:arrived|was delivered|were delivered|received|came in)\b(?: \w+)? on\b", text, re.I):
        return True  # "The shipment arrived on Monday": the weekday is past, the event is progress
    if party_of(s) != "we" and (mv.COMPETITOR_QUOTE.search(text) or mv.TIMELINE.search(text)):
        return True  # "a UK distributor can deliver in 3 weeks", "20号发不了的话…用不上了": risks
    if mv.CERT_MISSING.search(text) and not lx.REQUEST.search(text):
        return True
    # a price given or agreed ("我给您做到19.5元"); "we will replace the boxes free of charge" stays a step
    return not dated and bool(re.search(r"\d", text)) and mv.movement(s) in ("concession", "agreement")



_HEADER = lazy_re.compile(
    r"^\s*(?:(?:call|meeting|video[- ]call|phone[- ]call|conference[- ]call|visit)\s+)?"
    r"(?:transcript|notes|minutes|summary|recap)\b[^.!?]{0,40}\d|^\s*(?:通话|会议|电话|拜访|视频会议?)(?:记录|纪要|录音)\s*(?:[:：（(\-–—]|\d|$)",
    re.I,
)
_DONE = lazy_re.compile(  # a report of what was done: "附件发您了", "1月8号寄的", "我跟沈总申请了一下", "I've sent it"
    r"(?:申请|发|寄|给|交|付|打|签|报|提交|安排|汇报|转)(?:给?(?:您|你|你们))?了(?!吗|没|再|就)|"
    r"(?:寄|发|做|到|付|签)的[。！!～~]?\s*$|"
    r"\b(?:I|we)(?: have|'ve)? (?:already |just )?(?:sent|shipped|applied|submitted|paid|forwarded|attached)\b"
    r"|\bplease find\b[^.;!?]{0,60}?\b(?:attached|enclosed)\b",  # "please find the quote attached": sent with it
    re.I,
)


def is_header(text: str) -> bool:
    """Whether ``text`` is a transcript's or minutes' title line ("Call notes - 14 January 2027, 16:00"), no step."""
    return bool(_HEADER.search(text))


def reports_done(text: str, later: bool) -> bool:
    """Whether ``text`` reports an action already done ("破损照片发您了", "I've sent the PI") with nothing still to do.

    ``later``: the sentence names a date after the day it was said; such a sentence still plans.
    """
    done = _DONE.search(text) or lx.PAST.search(text)
    if later or not done:
        return False
    return not lx.FUTURE.search(text[: done.start()] + text[done.end() :])  # "申请了": 请 is no request


_EVENT = lazy_re.compile(
    r"开业|开会|开张|评审会|会议|发布会|展会|上线|\b(?:meeting|meets|launch|opening|fair|show|committee|presentation)\b",
    re.I,
)


_DECIDES = lazy_re.compile(r"定|选|\b(?:decid\w*|choos\w*|select\w*|award\w*|pick\w*|agree)\b", re.I)


def only_their_event(s: Sentence) -> bool:
    """Whether the customer only dates an event of their own ("Our product meeting is on 22 May").

    The date is why timing matters, not an action either side committed to; "老板下周一开会，你们的样品
    要在那之前到" asks for something and stays a step.
    """
    text = s.text
    return (
        party_of(s) != "we"
        and bool(_EVENT.search(text))
        and not lx.ACTION.search(_EVENT.sub(" ", text))
        and not _DECIDES.search(text)  # "老板下周一开会定供应商": the meeting decides, a step
        and not lx.REQUEST.search(text)
        and commitment_kind(text) == "none"
    )


def not_learned_step(s: Sentence, dates: list[DateMention], ref: dt.date) -> bool:
    """Whether a sentence the classifier labelled a next step is none.

    A title ("Call notes - 14 Jan 2027"), a report of what was done ("破损照片发您了"), the
    customer's own event date, a conditional offer (:func:`~assistant.summaries.step_conditions.conditional`),
    or what :func:`not_a_step` rejects (a threat, a requirement…).
    """
    later = any(d.date > ref for d in dates)
    return (
        is_header(s.text) or reports_done(s.text, later) or only_their_event(s) or not_a_step(s, bool(dates))
    ) or conditional(s.text) or schedule_fact(s, bool(dates))


def learned_step_dates(s: Sentence, ref: dt.date) -> list[DateMention] | None:
    """Return the dates (on or after ``ref``) of a sentence labelled a next step, or None when it is none.

    None for what :func:`not_learned_step` rejects (a title, a done report, a threat…).
    """
    from assistant.text.dates import find_dates

    dates = [d for d in find_dates(s.text, ref) if d.date >= ref]
    return None if not_learned_step(s, dates, ref) else dates

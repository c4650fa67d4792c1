"""A speaker's own commitment to consult, check or ask someone before answering is a next step.

"尾款等半年这个我得回去跟财务商量", "那这个我也一起带回去请示", "九万四我先报上去", "Let me run it by
my director", "I'll check 60 days open account with our finance team", "I'll take it to our board on
the 10th": the speaker's side owes the other side an answer after asking someone (finance, the boss,
the board, the factory, a lab). Such a sentence often also states a risk (a credit term still open, a
decision chain) or a price gap, and the sentence classifier then files it as that risk only (or as
nothing, the undated promise looking like small talk). A sentence may give both a risk and a step.

Not such a step: a consultation told as done ("我今天来之前跟公司申请过", "I checked with finance"),
someone else's reported one ("梁工说这个要回去请示分管副总": whose it is, the report does not say),
a question ("你问过领导吗？"), or a request that the other side consult ("你回去跟领导商量一下").

The learned item filter judges these steps like any other: exempting the undated ones from it raised
dev recall but cost held-out (blind17-19) steps precision .718 -> .662.
"""

from __future__ import annotations

import datetime as dt
import re

from assistant.summaries.evidence import add_quote
from assistant.summaries.owners import party_of
from assistant.summaries.schema import NextStep
from assistant.summaries.step_due_pick import REPLY
from assistant.text import lazy_re
from assistant.text.conversation import Party, Sentence
from assistant.text.dates import DateMention, find_dates

_CJK = r"[\u4e00-\u9fff]"
# an internal party asked or consulted: anyone named between 跟/和/找/向 and the verb ("跟财务", "跟集团采购部")
_PARTY = r"(?:(?!你|您|大家|会|保持|将)[\u4e00-\u9fff]){1,7}?"  # not "跟您说一下", "跟刘晨那边也会保持沟通"
_ZH_WITH = rf"(?:跟|和|与|找|向){_PARTY}(?:一起|再|也|先)?(?:商量|请示|汇报|确认|争取|研究|沟通|反映|核实|核对|讨论|申请(?![\d一二两三四五六七八九十百千万])|说(?:一?下|一声)?(?=[，。！!～~\s]|$)|报(?:一?下|批)|算一?下|谈谈|问问?)"
_ZH_VERB = (
    r"请示|汇报(?:一?下)?|问问|问一?下|问一问|再问|报上去|往上报|报(?:给|到){0,1}"
    + _CJK
    + r"{1,6}(?:批|审批|审)"
    r"|(?:带|拿)回去(?:请示|研究|商量|讨论|评估|汇报)|回去(?:再|也)?(?:研究|商量|讨论|评估|请示|汇报|核算|算一?下|确认)"
    r"|内部(?:再)?(?:商量|研究|讨论|评估|沟通)|(?:重新|再)核(?:算|一下)|再算一?下|(?:再|也)?研究一下|申请一下"
)
_ZH_CUE = lazy_re.compile(rf"{_ZH_WITH}|{_ZH_VERB}")
# who speaks: the speaker or no one named ("这个要回去请示"); not "你/您" asked to, not "他" reported
_ZH_SELF = lazy_re.compile(r"我|咱")
_ZH_OTHER = lazy_re.compile(r"你|您|他|她|它们")
# someone else on either side named as the one who consults ("领导回去研究一下", "厂里再研究一下")
_ZH_THIRD = lazy_re.compile(r"领导|老板|经理|总监|厂里|工厂|厂家|公司|上面|财务|院长|他们|她们|对方")
_ZH_MODAL = lazy_re.compile(
    r"得|要|需要|先|再|去|回去|回头|也|一起|马上|今天|明天|下午|上午|晚上|可以|会|争取"
)
_ZH_DONE = lazy_re.compile(r"^(?:一?下)?(?:了|过)|^[^，。！？!?]{0,6}(?:过了|过(?:[，。！!]|$))")
_ZH_BEFORE_DONE = lazy_re.compile(
    r"已经|已|刚刚?|之前(?!一定)|上次|昨天|上周|没法|没办法|无法|不能|不会|不用|不敢|不好"
)
_FIGURE = lazy_re.compile(r"\d|[一二两三四五六七八九十][十百千万块毛]|[十百千万][一二两三四五六七八九]")
""""申请" with a figure ("两千套我跟唐经理申请一下，看能不能做到一百四十二"): an offer pending approval, progress."""
# "投委会开完我们就给你们答复", "批下来我再回复你": an answer promised once the speaker's side has decided
_AFTER_DECISION = lazy_re.compile(
    r"(?:开完|开完会|批下来|批了|定下来|定了|审完|讨论完|研究完|商量完|商量好)[^。！？!?]{0,8}(?:就|再|马上|第一时间)?[^。！？!?]{0,4}"
    r"(?:给|回复|答复|回)(?:你|您)"
    r"|\bafter (?:the|our|its) (?:board|committee|meeting)\b[^.!?]{0,40}\b(?:let you know|get back to you|come back to you|reply)\b",
    re.I,
)
_REPORTED = lazy_re.compile(r"说[，,:：]?|表示|提到|\bsaid\b|\bsays\b")

_EN_SUBJECT = (
    r"(?:\b(?:I|we)(?:'ll|\s+will|\s+shall|'d\s+have\s+to|\s+would\s+have\s+to|\s+need\s+to|\s+have\s+to|'ve\s+got\s+to"
    r"|\s+(?:have\s+)?gotta|\s+must|\s+am\s+going\s+to|'m\s+going\s+to|\s+are\s+going\s+to|'re\s+going\s+to|\s+can|'ll\s+have\s+to)"
    r"|\blet\s+(?:me|us)|^\s*(?:will|gonna|need\s+to|have\s+to))"
)
_EN_ADVERB = (
    r"(?:\s+(?:also|first|just|quickly|then|now|still|go\s+and|go\s+back\s+and|personally|double-?))*"
)
_EN_VERB = (
    r"\s+(?:check\s+(?:w/?\b|with|whether|if|how|what|on|again\s+with|[^.;,!?]{1,40}?\bwith\s+(?:our|my|the|his|her)\b)|confirm\s+with|ask\b|talk\s+(?:to|with)|speak\s+(?:to|with)"
    r"|run\s+(?:it|this|that|these|them|the\s+\w+)\s+(?:by|past)|take\s+(?:it|this|that|these|them|the\s+\w+(?:\s+\w+)?)\s+(?:back\s+)?to"
    r"|discuss\s+(?:it\s+|this\s+|that\s+)?(?:with|internally)|clear\s+(?:it|this|that)\s+with|consult|escalate|raise\s+(?:it|this|that)\s+with"
    r"|go\s+back\s+to|get\s+(?:\w+\s+){0,2}(?:approval|sign-?off)|see\s+what\s+(?:I|we)\s+can\s+do\s+with)"
)
_EN_CUE = lazy_re.compile(_EN_SUBJECT + _EN_ADVERB + _EN_VERB, re.I | re.M)
_ASK_YOU = lazy_re.compile(r"\s+(?:you|u|your|yours)\b", re.I)  # "let me ask you…", "talk to you": the other side
_TAKES_OBJECT = lazy_re.compile(r"\b(?:ask|consult|to|with|by|past)$", re.I)  # the verb's object comes next


def _zh_consults(text: str) -> bool:
    for m in _ZH_CUE.finditer(text):
        clause_start = max((text.rfind(c, 0, m.start()) for c in "，,。；;！!？?～~ "), default=-1) + 1
        before = text[clause_start : m.start()]
        if (
            _ZH_DONE.search(text[m.end() :])
            or _ZH_BEFORE_DONE.search(before)
            or _REPORTED.search(text[: m.start()])
        ):
            continue  # "跟公司申请过", "已经问了", "梁工说这个要回去请示": done, or someone else's
        if m.group().startswith("申请") or "申请" in m.group()[-4:]:
            if _FIGURE.search(text):
                continue
        if _ZH_OTHER.search(before) or (_ZH_THIRD.search(before) and not _ZH_SELF.search(before)):
            continue  # "你回去跟领导商量一下": the other side asked to; "他要请示": reported
        if _ZH_SELF.search(before) or _ZH_MODAL.search(before + text[m.start() : m.start() + 2]):
            return True
    return False


def _en_consults(text: str) -> bool:
    for m in _EN_CUE.finditer(text):
        if _TAKES_OBJECT.search(m.group()) and _ASK_YOU.match(text[m.end() :]):
            continue  # "let me ask you something", "talk to you next week", "go back to your point": no one consulted
        if _REPORTED.search(text[: m.start()]):
            continue
        return True
    return False


def consults(text: str) -> bool:
    """Whether ``text`` commits its speaker to consult, check or ask someone before answering.

    "我得回去跟财务商量", "九万四我先报上去", "I'll check with our finance team", "Let me run it by my
    director", "I'll take it to our board on the 10th": yes. "我今天来之前跟公司申请过" (done),
    "你回去跟领导商量一下" (asks the other side), "梁工说这个要回去请示" (reported), a question: no.
    """
    t = text.strip()
    if not t or t.endswith(("？", "?")) or re.search(r"吗[。！!～~]?\s*$", t):
        return False
    return _zh_consults(t) or _en_consults(t) or bool(_AFTER_DECISION.search(t))


# within this many sentences after a consultation (or of its speaker's, the others' lines not counted,
# nor more than _FOLD_SPAN sentences in all), the same side's promise to answer is its answer
_FOLD_WINDOW = 3
_FOLD_SPAN = 8
_SUBMITS = lazy_re.compile(
    r"报上去|往上报|报(?:给|到)?[\u4e00-\u9fff]{1,6}(?:批|审批|审)|汇报|请示|上会"
    r"|\b(?:take|bring|put)\s+(?:it|this|that|them|the\s+\w+)\s+(?:back\s+)?to\b|\brun\s+\w+\s+(?:by|past)\b",
    re.I,
)  # taken up to a body that decides: "ESL-420九十八先报上去" … "要总经理办公会审批，下周二开"
_MEETS = lazy_re.compile(
    r"开会|会议|办公会|委员会|董事会|理事会|投委会|[开上]会|\b(?:meets?|meeting|committee|board)\b", re.I
)
_AT_ONCE = lazy_re.compile(r"马上|立刻|立即|现在就|\bright away\b|\bstraight away\b|\bimmediately\b", re.I)


def _index(sentences: list[Sentence], at: int) -> int:
    return next((i for i, s in enumerate(sentences) if s.start <= at < s.end), -1)


def consult_due(part: Sentence, sentences: list[Sentence], ref: dt.date) -> DateMention | None:
    """Return the due date of an undated consultation: today when at once, else the deciding meeting's date.

    "我马上跟厂里说" is due the day it is said; "ESL-420九十八先报上去。…要总经理办公会审批，下周二开。"
    is due the day that meeting (named in the speaker's next sentence) meets.
    """
    if not consults(part.text):
        return None
    if _AT_ONCE.search(part.text):
        return DateMention(0, 0, _AT_ONCE.search(part.text).group(), ref)
    if not _SUBMITS.search(part.text):
        return None
    i = _index(sentences, part.start)
    for x in sentences[i + 1 : i + 2] if i >= 0 else []:
        if x.speaker == part.speaker and _MEETS.search(x.text):
            found = [d for d in find_dates(x.text, ref) if d.date >= ref]
            return found[0] if found else None
    return None


_PRONOUN_ASK = lazy_re.compile(
    r"\b(?:ask|check with|talk to|speak to)\s+(?:them|him|her)\b|问问?(?:他|她)", re.I
)
_FIRST_PERSON = lazy_re.compile(r"^\W*(?:\w+\W+){0,3}?(?:I|we|let me|let us)\b|我|咱", re.I)


def _own_thread(text: str) -> bool:
    """Whether a promise to answer brings its own consultation ("I'll ask the lab … and tell you by Tuesday")."""
    return consults(text) and not _PRONOUN_ASK.search(text)


def consult_owner(part: Sentence, owner: Party) -> Party:
    """Return the speaker's side for their own consultation, else ``owner``.

    "I'll ask the factory whether they can give us priority slots": the speaker asks; "give us" in
    what is asked is no request to the other side.
    """
    side = party_of(part)
    if side in ("we", "customer") and consults(part.text) and _FIRST_PERSON.search(part.text):
        return side
    return owner


def _gap(sentences: list[Sentence], i: int, j: int) -> int:
    """How many sentences lead from ``i`` to ``j``; beyond the window, only the speaker's of ``i`` count.

    -1 when ``j`` is before ``i`` or more than :data:`_FOLD_SPAN` sentences on, or (beyond the window)
    not said by the speaker of ``i``: in a meeting, a colleague's answer is to another point.
    """
    if j < i or j - i > _FOLD_SPAN:
        return -1
    if j - i <= _FOLD_WINDOW:
        return j - i
    who = sentences[i].speaker
    if not who or sentences[j].speaker != who:
        return -1
    return 1 + sum(x.speaker == who for x in sentences[i + 1 : j])


def fold_consults(steps: list[NextStep], sentences: list[Sentence]) -> list[NextStep]:
    """Join an undated consultation to the same side's promise to answer that follows it ("我问下老板" … "明天回您").

    The consultation and the answer it leads to are one step (the answer's owner and due date): in
    the same sentence any later step of that side ("我回去跟老板申请，…这周五之前给您一个最终价"), in the
    next few sentences (or the speaker's own next few, the others' lines not counted) a promise to answer, unless that promise brings its own consultation (another
    point: "Let me talk to our finance director." … "I'll ask the lab … and tell you by Tuesday").
    """
    out: list[NextStep] = []
    for k, step in enumerate(steps):
        q = step.quotes[0]
        i = _index(sentences, q.start)
        if (
            step.due is None
            and len(step.quotes) == 1
            and consults(q.text)
            and not REPLY.search(q.text)
            and i >= 0
        ):
            target = None
            for t in steps[k + 1 :]:
                j = _index(sentences, t.quotes[0].start)
                gap = _gap(sentences, i, j)
                if j - i > _FOLD_WINDOW and t.quotes[0].start > sentences[j].start + 2:
                    continue  # "…申请提上去，明天中午前回复": the answer to its own sentence's request
                if t.owner != step.owner or t.quotes[0].start < q.end or not 0 <= gap <= _FOLD_WINDOW:
                    continue
                if gap == 0 or REPLY.search(t.quotes[0].text):
                    target = None if gap and _own_thread(t.quotes[0].text) else t
                    break
            if target is not None:
                add_quote(target.quotes, q)
                continue
        out.append(step)
    return out

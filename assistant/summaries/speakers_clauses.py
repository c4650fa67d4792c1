"""Sides inside third-person notes: a clause may name a new subject, a sentence may name none.

Minutes name who acts instead of labelling speakers. One sentence may move from the customer's
point to our action ("邓敏提出须有检测报告，我方现有报告已过期，张工负责月底前重新送检"): the
clause that names our person (or "我方") is ours, whoever the sentence started with. A sentence
that names nobody ("New samples will be sent by Friday.") continues the subject of the sentence
before it in the same paragraph ("Anna explained the cause and said the base is thicker now."); in a
bulleted line of a person's words ("- Ingrid: that is too late; without the permit we cannot open") it is
that person's, side and all.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from assistant.summaries.speakers_directory import Directory, crm_side, surname_form
from assistant.summaries.speakers_roster import latin_subject, lead_end
from assistant.text import lazy_re
from assistant.text.conversation import Party, Sentence
from assistant.text.conversation_headers import is_label_name
from assistant.text.zh_person import is_person_label

_CUT = lazy_re.compile(r"[，,；;]\s*")
_IN_CHARGE = lazy_re.compile(  # "由黎振东负责，…", "车间测量由黎振东负责，…": the one in charge
    r"^(?:\d+[.、)]\s*)?(?:[\u4e00-\u9fff]{0,8}?(?<!于))?由(?=[\u4e00-\u9fff]{2,4}(?:负责|牵头|主导))"
)
_ASSISTS = lazy_re.compile(r"^[\u4e00-\u9fff]{2,4}(?:配合|协助|协同|支持)")  # "岳成配合": helps, does not own
_LEADS = lazy_re.compile(r"(?:负责|牵头|主导)")


def _named(rest: str, side_of: Callable[[str], Party | None], line: str = "") -> Party | None:
    """Return the side of the person a clause starts with.

    None for one who only assists ("岳成配合") while someone else in ``line`` is in charge ("由X负责").
    """
    own = re.split(r"[，,；;]", rest, maxsplit=1)[0]
    if _ASSISTS.match(rest) and _LEADS.search(line.replace(own, "", 1)):
        return None
    return side_of(_IN_CHARGE.sub("", rest, count=1))


_WE = lazy_re.compile(r"(?:(?:希望|要求|请|让|需要)\s*)?(?:我方|我们|我司)")
_THEY = lazy_re.compile(r"(?:(?:希望|要求|请|让|需要)\s*)?(?:对方|客户方?)(?!说|表示|反馈|提出)")


def clause_sides(s: Sentence, side_of: Callable[[str], Party | None]) -> tuple[tuple[int, Party], ...]:
    """Return (source offset, side) for each clause of ``s`` after the first that names another side.

    Args:
        s: A sentence of third-person notes (its ``role`` is the side of its first subject).
        side_of: The side of the person a clause starts with ("朱琳负责…" → ``we``), else None.

    Returns:
        The offsets where the side changes; empty when every clause keeps the sentence's side.
    """
    out: list[tuple[int, Party]] = []
    current = s.role
    for m in _CUT.finditer(s.text):
        rest = s.text[m.end() :]
        side: Party | None = "we" if _WE.match(rest) else "customer" if _THEY.match(rest) else _named(rest, side_of, s.text)
        if side and side != current:
            out.append((s.start + m.end(), side))
            current = side
    return tuple(out)


def clause_side(s: Sentence) -> Party:
    """Return the side of the clause ``s`` starts in (a unit cut from a sentence keeps its ``clause_sides``)."""
    side = s.role
    for at, party in s.clause_sides:
        if at <= s.start:
            side = party
    return side


# a bulleted or numbered line that gives a person's words: "- Ingrid: that is too late; without the permit we …"
_SPOKEN = lazy_re.compile(
    r"[ \t]*(?:[-–—•*·▪]|\d{1,2}[.)、]|[一二三四五六七八九十]{1,2}、)[ \t]*(?P<name>[^:：\n\d]{1,30})[:：]"
)  # also numbered: "3. 温晓东：板材必须是阻燃的。另外…"


def continue_subjects(sentences: list[Sentence], source: str) -> list[Sentence]:
    """Give a narrative sentence without a side the side of the narrative sentence before it in its paragraph.

    Only for who owns a step (:func:`clause_side`): its ``role`` stays unknown, so a passive "GBP 4.90
    was accepted" after "Mr. Tang offered …" is not read as our acceptance. Inside a bulleted or numbered
    line of one person's words ("- Ingrid: that is too late; without the permit we …") the sentence is that
    person's too, and takes their side; a heading bullet ("- Pricing: …") gives none.
    """
    out: list[Sentence] = []
    for s in sentences:
        prev = out[-1] if out else None
        if (
            prev is not None
            and not s.speaker
            and s.role == "unknown"
            and not prev.speaker
            and prev.party_source == "subject"
            and "\n" not in source[prev.end : s.start]
        ):
            side = clause_side(replace(prev, start=prev.end))
            said = _SPOKEN.match(source, source.rfind("\n", 0, prev.start) + 1)
            if said and is_label_name(said["name"].strip()) and prev.role != "unknown":
                s = replace(s, role=prev.role, party_source="subject")  # "- Ingrid: …; without the permit we …": hers
            s = replace(s, clause_sides=((s.start, side),))
        out.append(s)
    return out


def crm_subject(text: str, d: Directory, strict: bool = False) -> Party | None:
    """Return the side of the CRM person a note starts with ("唐经理…", "Mr. Tang to send…"); ``strict``: no title guess."""
    body = text.strip()[lead_end(text.strip()) :]
    if latin := latin_subject(text):
        found = crm_side(latin, None, d)
        return found[0] if found else None
    for k in (4, 3, 2):
        prefix = body[:k]
        if len(prefix) < k or not re.fullmatch(r"[\u4e00-\u9fff]+", prefix):
            continue
        if re.match(r"(?:您好|你好|，|,)", body[k:]):
            return None  # "王总您好" talks to 王总
        if found := crm_side(prefix, None, d):
            return found[0]
        form = None if strict else surname_form(prefix)
        if form and form[1] in ("总", "老板", "董") and not any(p.name.startswith(form[0]) for p in d.ours):
            return "customer"  # "许总下周二前给分配表": the customer's boss
        if d.ours and not strict and re.match(r"\s*[:：]", body[k:]) and is_person_label(prefix):
            # "- 邱会计：发开票信息" in an action list: a person who is none of our users is the customer's
            surname = prefix.lstrip("小老")[:1]
            return None if any(p.name.startswith(surname) for p in d.ours) else "customer"
    return None


_SAYS = lazy_re.compile(r"[\u4e00-\u9fff]{1,4}(?:说|讲|提到|刚才|的)|[A-Z][a-z]+(?: [A-Z][a-z]+)? (?:said|says|mentioned)\b")
_SELF = lazy_re.compile(r"我|\b(?:I|we)\b")


def named_sides(s: Sentence, side_of: Callable[[str], Party | None]) -> tuple[tuple[int, Party], ...]:
    """Return (source offset, side) for each clause of a speaker's sentence that names who acts.

    "待办：罗晓这周五前发合同草稿；葛丽明天发平面图", said by the customer in a closing summary: the
    clause naming our rep is ours, the one naming their storekeeper theirs. Only a named person
    (or "我方") moves the side; "我们"/"I" return to the speaker's own side, and "罗晓说…" names no actor.
    """
    out: list[tuple[int, Party]] = []
    current = s.role
    for at in (0, *(m.end() for m in _CUT.finditer(s.text))):
        rest = s.text[at:]
        if _SAYS.match(rest):
            continue  # "罗晓说得对": a name without an action
        side = "we" if rest.startswith("我方") else s.role if _SELF.match(rest) else _named(rest, side_of, s.text)
        if side and side != current:
            out.append((s.start + at, side))
            current = side
    return tuple(out)

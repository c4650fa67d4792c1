"""Sides from the roster at the top of meeting notes and call transcripts.

"参会：我方 罗欣（销售）、唐志强（销售经理）；客户方 蒋文斌（采购总监）" and "Liu Yang (our sales),
Tom Becker (purchasing manager, Becker GmbH)" say who is on which side before anyone speaks;
without them every speaker but the rep stays unknown in a meeting of five.
"""

from __future__ import annotations

import re

from assistant.name_pinyin import latin_forms
from assistant.text import lazy_re
from assistant.text.conversation import Party
from assistant.text.roster_lines import roster_lines
from assistant.text.titles import HONORIFIC
from assistant.text.zh_person import is_person_label

_OURS = lazy_re.compile(r"我方|我司|本公司|\bour (?:side|sales|team|company|manager)\b|\bours\b|\bus\s*[:：]", re.I)
_THEIRS = lazy_re.compile(  # "客户经理" is an account manager (a sales title), not the customer
    r"客户方|客方|对方|客户(?!经理)|采购|\bcustomer\b|\bclient\b|\bbuyer\b|\bpurchasing\b|\bsourcing\b|\bprocurement\b|\bbuying\b",
    re.I,
)
_LEGAL = lazy_re.compile(r"有限公司|有限|公司|\b(?:co|ltd|limited|inc|llc|gmbh|pty|corp|company|group)\b\.?", re.I)
_SEGMENT = lazy_re.compile(r"[；;\n]")
HEAD_LINES = 12  # a roster sits in the first lines


def _paren_after(line: str, end: int) -> str:
    """Return the parenthetical right after a name ("（销售）", "(our sales)"), or ""."""
    m = re.match(r"[\w.'’ -]{0,30}?\s*[（(]([^（）()]{1,80})[）)]", line[end:])
    return m.group(1) if m else ""


def _names_company(text: str, company: str) -> bool:
    """Whether ``text`` names ``company`` by a distinctive word or a two-character piece ("盛泰", "Coastal")."""
    core = _LEGAL.sub(" ", company).lower()
    words = {w for w in re.findall(r"[a-z]{4,}", core)}
    cjk = re.sub(r"[^\u4e00-\u9fff]", "", core)
    pairs = {cjk[i : i + 2] for i in range(len(cjk) - 1)}
    low = text.lower()
    return any(re.search(rf"\b{w}\b", low) for w in words) or any(p in text for p in pairs)


def side_of(text: str, companies: tuple[str, ...] = ()) -> Party | None:
    """Return the side a roster note names: "我方", "our sales", "(us)" → ``we``; "客户方", "buyer", the company → ``customer``."""
    if _OURS.search(text) or re.fullmatch(r"\s*(?:us|we|our side|our team)\s*", text, re.I):
        return "we"
    if _THEIRS.search(text) or any(c and _names_company(text, c) for c in companies):
        return "customer"
    return None


def roster_sides(
    source: str, names: list[str], companies: tuple[str, ...] = ()
) -> dict[str, tuple[Party, str]]:
    """Map the speakers a roster names to their side: {name: (side, "roster")}.

    A name's own parenthetical decides first ("Tom Becker (buyer, Becker GmbH)"); otherwise the
    nearest side marker before it in the same clause ("客户方 蒋文斌、许婷").
    """
    out: dict[str, tuple[Party, str]] = {}
    head = source.splitlines()[:HEAD_LINES]
    for line in head:
        if _PLACE.match(line):
            continue  # "Place: …, procurement block (Mr. Zhen by video)" says where, not whose
        listed = _for_line_side(line, head, companies)
        for seg in _SEGMENT.split(line):
            for name in names:
                at = seg.find(name)
                if at < 0 or name in out or len(name) < 2:
                    continue
                own = side_of(_paren_after(seg, at + len(name)), companies)
                # a marker inside an earlier name's parenthetical ("罗欣（客户经理）、贺工") is that name's title
                bare = re.sub(r"(?<=[\w.])\s?[（(][^（）()]*[）)]", lambda m: " " * len(m.group()), seg)
                markers = [(m.start(), "we") for m in _OURS.finditer(bare, 0, at)]
                markers += [(m.start(), "customer") for m in _THEIRS.finditer(bare, 0, at)]
                before = max(markers)[1] if markers else None
                if before is None and any(c and _names_company(seg[:at], c) for c in companies):
                    before = "customer"  # "参会：康宁养老 吴院长、采购部龙主管": the company names its people
                after = _after_marker(seg[at + len(name) :], companies) if ROSTER_HEAD.match(line) else None
                side = own or listed or before or after
                side = side or _rest_of_roster(line, seg)
                if side:
                    out[name] = (side, "roster")
    return out


_PLACE = lazy_re.compile(r"^\s*(?:place|venue|location|where|date|time|地点|地址|时间|日期)\s*[:：]", re.I)
_FOR_LINE = lazy_re.compile(r"^\s*(?:for|from|on behalf of|代表)\s*(?:the\s+)?([^:：]{2,60})[:：]", re.I)


def _for_line_side(line: str, head: list[str], companies: tuple[str, ...]) -> Party | None:
    """Return the side a "For <company>:" roster line lists: the customer's company, or ours beside it.

    "For Brightwater Farms: …" lists the customer's people; "For Lantern Pumps: …" on the next line,
    naming a company that is not the customer's while another line names theirs, lists ours.
    """
    m = _FOR_LINE.match(line)
    if not m:
        return None
    if side := side_of(m.group(1), companies):
        return side
    others = (_FOR_LINE.match(ln) for ln in head if ln != line)
    theirs = any(o and side_of(o.group(1), companies) == "customer" for o in others)
    return "we" if theirs and companies else None


_FOR_SIDE = lazy_re.compile(r"\b(?:for|from)\s+(?:the\s+)?([A-Za-z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,3})")


def _after_marker(rest: str, companies: tuple[str, ...]) -> Party | None:
    """Return the side a roster clause names after its people: "Dana (Buyer), Raj (QA) for Ironridge" → customer.

    The first "for us" / "for <the customer's company>" after the name, within the clause of a roster
    line ("Attendees: …"), decides.
    """
    for m in _FOR_SIDE.finditer(rest):
        word = m.group(1).rstrip(".")
        if re.fullmatch(r"us|our\s+(?:side|company|team)", word, re.I):
            return "we"
        if any(c and _names_company(word, c) for c in companies):
            return "customer"
    return None


ROSTER_HEAD = lazy_re.compile(r"^\s*(?:attendees|participants|present|参会|与会|出席|参加|参与)", re.I)  # "参会：…"


def _rest_of_roster(line: str, seg: str) -> Party | None:
    """In "Attendees: Sarah (Buying), Mark Doyle (Quality), He Yong (us)" whoever is not marked ours is theirs.

    So is a clause of a roster line whose other clause is ours ("参会：吴院长、龙主管；我方 何勇").
    """
    if not ROSTER_HEAD.match(line):
        return None
    if not _OURS.search(seg) and any(_OURS.search(o) for o in _SEGMENT.split(line) if o != seg):
        return "customer"
    notes = re.findall(r"[（(]([^（）()]{1,80})[）)]", seg)
    return "customer" if any(side_of(n) == "we" for n in notes) else None


ROSTER_LABELS = frozenset({"我方", "我司", "客户方", "客方", "对方", "Our side", "Customer side"})
_GREETING = lazy_re.compile(r"^(?:您好|你好|好[，,]|[，,]|早|晚上好|下午好)")
_TITLE = r"(?:经理|总监|总|工|姐|哥|主任|老师|师傅)"
_NUMBER = r"(?:\d+[.、)]|[一二三四五六七八九十]{1,3}、|[（(](?:\d+|[一二三四五六七八九十]{1,3})[）)])"
"""An item's number: "5.", "五、" (a closing summary's points), "（三）"."""
_BULLET = lazy_re.compile(rf"^(?:(?:{_NUMBER}|[-–•*·▪])\s*)?")
LEAD = lazy_re.compile(rf"^(?:(?:{_NUMBER}|[-–•*·▪])\s*)?(?:[A-Za-z][a-z]+(?: [a-z]+)?\s*[:：]\s*)?")
"""A bullet or number, then a heading of the notes ("- Action items: He Yong to send…")."""
_SIDE_WORDS = lazy_re.compile(r"^(?:我方|我司|客户|对方|采购|本公司)")
LATIN_SUBJECT = lazy_re.compile(
    rf"^((?:{HONORIFIC}\.? )?[A-Z][a-z]+(?: [A-Z][a-z]+)?)(?= (?:to|will|said|says|asked|agreed|promised|confirmed|wants|needs|is|was|has|had|explained|proposed|offered|[a-z]{{2,}}s)\b|:)"
)


_ITEM_HEAD = lazy_re.compile(rf"\s*(?:{_NUMBER}|[-–•*·▪])\s*")


def numbered(source: str, start: int) -> bool:
    """Whether the sentence at ``start`` opens a numbered or bulleted line ("2. 吴科：…", "- Priya: …")."""
    return bool(_ITEM_HEAD.fullmatch(source[source.rfind("\n", 0, start) + 1 : start]))


def lead_end(text: str) -> int:
    """Where a note's subject starts: after a bullet and a heading ("- Action items: ", "后续：", "7. 跟进：")."""
    end = LEAD.match(text).end()
    if ROSTER_HEAD.match(text[end:]):
        return end  # "参会：…" is the roster, not a note
    m = re.match(r"([\u4e00-\u9fff]{2,6})\s*[:：]\s*", text[end:])
    return end + m.end() if m and not is_person_label(m.group(1)) else end


def latin_subject(text: str) -> str | None:
    """Return the Latin name a note starts with: "- Priya: confirm…", "- Action items: He Yong to send…"."""
    text = text.strip()
    for lead in (_BULLET, LEAD):  # "Priya:" is a name before it is a heading
        if m := LATIN_SUBJECT.match(text[lead.match(text).end() :]):
            return m.group(1)
    return None


def _roster_name(head: str, subject: str) -> str | None:
    """Return the roster's spelling of ``subject``: itself, or the full name a surname + title stands for.

    "何经理" is "采购部何卫东经理" in the roster and "唐经理" is "唐志强（销售经理）": the surname starts a
    name of two to three characters that is the only roster name with that surname.
    """
    if subject in head:
        return subject
    m = re.fullmatch(rf"([\u4e00-\u9fff]){_TITLE}", subject)
    if not m:
        return None
    found = {
        n for n in re.findall(rf"{m.group(1)}[\u4e00-\u9fff]{{1,2}}?(?={_TITLE}|[（(、，,；;\s]|$)", head)
    }
    return found.pop() if len(found) == 1 else None


def _subject_name(head: str, text: str) -> str | None:
    """Return the roster name ``text`` starts with ("周倩周五前…" → "周倩", "马经理答应…" → "马建国"), or None."""
    body = text[lead_end(text) :]
    if latin := latin_subject(text):
        return _roster_name(head, latin)
    if _SIDE_WORDS.match(body) or ROSTER_HEAD.match(body):
        return None
    for k in (4, 3, 2):  # the longest prefix the roster knows: "孔经理" before "孔经"
        prefix = body[:k]
        if len(prefix) < k or not re.fullmatch(r"[\u4e00-\u9fff]+", prefix):
            continue
        if name := _roster_name(head, prefix):
            return None if _GREETING.match(body[k:]) else name  # "王总您好" talks to 王总
    return None


def subject_sides(source: str, texts: list[str], companies: tuple[str, ...] = ()) -> dict[str, Party]:
    """Map the sentences of third-person notes to the side of the roster person they start with.

    Minutes written in the third person ("罗欣下周一约梁工去工地看现场", "黄姐问总经理能否接受20%预付款",
    "Tom to send the drawings by Friday") name who acts instead of labelling a speaker; when the roster
    at the top puts that person on a side, the sentence is that side's.

    Args:
        source: The whole conversation text (the roster sits in its first lines).
        texts: Sentences without a speaker.
        companies: The customer's company names (a roster may name the company instead of 客户方).

    Returns:
        {sentence text: side} for the sentences whose subject the roster places.
    """
    first = source.splitlines()[:HEAD_LINES]  # a roster line ("参会：…") before any line naming a side
    head = "\n".join(roster_lines(first, ROSTER_HEAD) or [ln for ln in first if _OURS.search(ln) or _THEIRS.search(ln)])
    names = {text: _subject_name(head, text.strip()) for text in texts}
    known = list(dict.fromkeys(n for n in names.values() if n))
    sides = roster_sides(source, known, companies) if known else {}
    return {text: sides[name][0] for text, name in names.items() if name and name in sides}


_NOT_NAMES = frozenset(
    "action actions next item items note notes price prices payment delivery shipping samples sample quality "
    "we they you i our the all both everyone team finance legal purchasing sales logistics qa qc".split()
)


def named_person(name: str, source: str) -> bool:
    """Whether the text names ``name`` as a person elsewhere, not merely starts a note with a capital.

    Evidence: a surname after it ("Raj Mehta"), a title or role in brackets ("Raj (QA)"), a greeting
    or sign-off ("Hi Raj", "Thanks, Raj"), a speaker label ("Raj:") or a reporting verb
    ("Raj said", "Raj wants"). "Samples to arrive…" and "Price to be confirmed" name no one.
    """
    first = name.split()[-1] if name.lower().startswith(("mr", "ms", "mrs", "dr")) else name.split()[0]
    if first.lower() in _NOT_NAMES or not re.fullmatch(r"[A-Z][a-z]+", first):
        return False
    n = re.escape(first)
    if re.search(rf"\b{n} (?!To\b|Will\b)[A-Z][a-z]+\b|\b{n}\s*[（(]|^\s*{n}\s*[:：]", source, re.M):
        return True  # "Raj Mehta", "Raj (QA)", "Raj:" (case-sensitive: "Raj will" names no surname)
    cue = r"(?i:hi|hello|dear|hey|thanks|thank you|regards|best)"
    verb = r"(?i:said|says|asked|mentioned|reported|wants|noted|explained|confirmed|agreed)"
    return bool(re.search(rf"\b{cue},?\s+{n}\b|\b{n} {verb}\b", source))


def named_other(text: str, source: str, ours: tuple[str, ...], companies: tuple[str, ...]) -> bool:
    """Whether a note starts with a person the text names who is none of ``ours`` ("Raj to send…").

    In minutes and emails between two companies, a named person who is not ours (our users' names,
    in Chinese or pinyin) is the customer's; a word of the customer's company name is no person.
    """
    latin = latin_subject(text)
    if not ours or not latin or not named_person(latin, source):
        return False
    words = {w for w in re.findall(r"[a-z]+", latin.lower()) if w not in ("mr", "ms", "mrs", "dr")}
    known = {w for n in ours for f in (*latin_forms(n), n.lower()) for w in re.findall(r"[a-z]+", f)}
    known |= {w for c in companies for w in re.findall(r"[a-z]+", c.lower())}
    return not words & known


def has_roster(source: str) -> bool:
    """Whether the first lines hold a roster line ("参会：…", "Attendees: …") naming who is on which side."""
    return any(ROSTER_HEAD.match(ln) for ln in source.splitlines()[:HEAD_LINES])

"""A roster's people by side, and who a later mention of one of them is.

Meeting minutes list both teams before anyone acts, in many forms: "Present for Northgate: A (Buyer), B" /
"Present for Qiaolin Trading: C (Sales Director), D", "Attendees: A (Northgate), C (Qiaolin)", "Our side:
C, D / Customer: A, B", "From Northgate: …", "参会人员：我方 许嘉言、邵明哲；客户方 庞立新", or one company-headed
line per team, with or without titles. :func:`roster_book` reads these lines into {full name: side}: a
heading that states a side or names the customer's company (distinctively) decides first; a person's own
bracket note decides when the heading does not; one of our people (the rep, the CRM's users) marks an
undecided group ours; of two headed groups, knowing one places the other. :func:`book_side` then resolves a
later mention — the full name, the first name, the surname, "Dr. Varga", "王总" — to that person's side when
the mention is unambiguous.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from assistant.name_pinyin import latin_forms
from assistant.summaries.speakers_roster import HEAD_LINES, ROSTER_HEAD, side_of
from assistant.summaries.speakers_roster_cues import (
    DEPARTMENTS,
    FIGURE_AFTER,
    names_customer,
    single_name_counts,
)
from assistant.summaries.speakers_roster_layout import CLAUSE, SUBHEAD, untitled
from assistant.text import lazy_re
from assistant.text.conversation import Party
from assistant.text.roster_lines import TITLE_WORDS
from assistant.text.titles import HONORIFIC
from assistant.text.zh_person import is_person_label

_OTHER: dict[Party, Party] = {"we": "customer", "customer": "we"}
_ORG_WORD = lazy_re.compile(  # words that end an organisation's name, not a person's
    r"\b(?:resort|hotel|hospital|school|university|college|clinic|farms|industries|logistics|foods|"
    r"motors|systems|solutions|partners|holdings|international|services|laundry|operator|transport|airlines?|machinery|"
    r"equipment|electronics|technolog\w*|textiles?|chemicals?|materials|manufacturing|engineering|energy|power|medical|"
    r"pharma\w*|supplies|imports?|exports?|distribution|retail|stores|shops|construction|builders|brewery|winery|bakery|"
    r"kitchens|studios?|workspace|lighting|roads|cycles?|outfitters|hostels?|resorts)\b",
    re.I,
)
_HONORIFIC = lazy_re.compile(rf"^{HONORIFIC}\.?\s+", re.I)
_LATIN_NAME = lazy_re.compile(r"[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|al|bin|de|van|von|da|di|le|la)){0,3}")
_CJK_NAME = lazy_re.compile(r"[\u4e00-\u9fff]{2,6}")
_SKIP = lazy_re.compile(
    r"^\s*(?:place|venue|location|where|date|time|subject|re|minutes(?: taken)?(?: by)?|notes?(?: taken)?(?: by)?"
    r"|note[- ]?taker|recorded by|chair|地点|地址|时间|日期|记录人?|主题)\b\s*[:：]",
    re.I,
)
_HEAD = lazy_re.compile(r"^\s*(?:[-–•*·▪]\s*)?([^:：\n]{1,60}?)\s*[:：]\s*(.+)$")
_ZH_SIDE = lazy_re.compile(r"^\s*(我方|我司|本公司|客户方|客方|对方|客户)\s*[:：]?\s*")
_LEAD_WORDS = lazy_re.compile(
    r"^(?:attendees|attending|participants|present|in attendance|参会人员|参会|与会人员|与会|出席人员|出席|参加人员|参加|参与人员|参与人|参与)"
    r"\s*(?:for|from|on behalf of|代表)?\s*|^(?:for|from|on behalf of|代表)\s+",
    re.I,
)


_NOT_PERSON = lazy_re.compile(
    r"\b(?:ltd|llc|gmbh|inc|co|pty|plc|group|company|trading|manager|director|engineer|sales|team|office"
    r"|hi|hello|hey|dear|thanks|thank|yes|ok|okay|sure|fine|great|morning|afternoon|evening)\b",
    re.I,
)


def _split_outside(text: str, seps: str = ",，、") -> list[tuple[str, str]]:
    """Split a list at separators outside brackets: [(name text, bracket note)], "and"/"和" too."""
    pieces, buf, note, depth = [], "", "", 0
    text = re.sub(r"([)）])\s+(?:and|&)\s+", r"\1,", text)  # "A (operations manager) and B (…)": two people
    for ch in text + ",":
        if ch in "(（":
            depth += 1
            if depth == 1:
                continue
        if ch in ")）" and depth:
            depth -= 1
            if depth == 0:
                note += ","
                continue
        if depth:
            note += ch
        elif ch in seps:
            pieces.append((buf, note.strip(", ")))
            buf, note = "", ""
        else:
            buf += ch
    out = []
    for name, n in pieces:
        parts = [p.strip(" .。") for p in re.split(r"\s+and\s+", name)]
        parts = [q for p in parts if p for q in _split_and(p)]
        out += [(part, n if j == len(parts) - 1 else "") for j, part in enumerate(parts)]
    return out


def _split_and(text: str) -> list[str]:
    """Split "许嘉言和邵明哲" at 和/及 only between two complete names: "张和平" stays whole."""
    parts = [p.strip() for p in re.split(r"和|及", text)]
    return parts if len(parts) > 1 and all(len(p) >= 2 for p in parts) else [text]


def _person(name: str, note: str = "", strict: bool = True) -> str | None:
    """Return ``name`` when it reads as a person's name ("Dr. Ilse Varga", "许嘉言（销售）"), else None.

    ``strict`` (a line not headed "参会"/"Attendees"): a Chinese name needs a title note or a surname.
    """
    bare = _HONORIFIC.sub("", name.strip())
    if _LATIN_NAME.fullmatch(bare) and len(bare.split()) <= 4 and not _NOT_PERSON.search(bare):
        return name.strip()
    return (
        name.strip() if _CJK_NAME.fullmatch(bare) and (note or not strict or is_person_label(bare)) else None
    )


def _label(head: str) -> str:
    """Return a group heading without its roster words: "Present for Qiaolin Trading" → "Qiaolin Trading"."""
    return _LEAD_WORDS.sub("", head.strip()).strip(" -–—")


def _groups(source: str, companies: tuple[str, ...] = ()) -> list[tuple[str, list[tuple[str, str]]]]:
    """Read the roster lines of the first lines into (group label, [(name, note)]); label "" when unheaded."""
    groups: list[tuple[str, list[tuple[str, str]]]] = []
    for line in source.splitlines()[:HEAD_LINES]:
        if _SKIP.match(line):
            continue
        if m := _HEAD.match(line):
            head, rest = m.group(1), m.group(2)
        elif len(re.findall(r"[（(]", line)) >= 2:  # "Xu Mingzhe (Qiaolin); Aled Pryce (Mill Manager, …)"
            head, rest = "", line
        else:
            continue
        rostered = bool(ROSTER_HEAD.match(head) or _LEAD_WORDS.match(head))
        found: list[tuple[str, list[tuple[str, str]]]] = []
        for i, clause in enumerate(CLAUSE.split(rest)):
            inherited = i > 0 and bool(head) and not rostered  # "我方：销售 A；技术 B": both ours
            label = _label(head) if i == 0 or inherited else ""
            if zh := _ZH_SIDE.match(clause):
                label, clause, inherited = zh.group(1), clause[zh.end() :], False
            elif (sub := SUBHEAD.match(clause)) and not re.search(r"[（(,，、]", sub.group(1)):
                label, clause, inherited = _label(sub.group(1)), clause[sub.end() :], False
            listed = [untitled(name, n, TITLE_WORDS) for name, n in _split_outside(clause)]
            if inherited and any(_orgs(n) or names_customer(n, companies) or side_of(n) for _, n in listed):
                label = ""  # "…；冯振邦（康达医药物流 副总）": the person's own company places them
            if len(listed) >= 2 and _org_tail(*listed[-1], companies):  # "A and B (service engineer), Chenyi Trading": their team
                noted = any(_orgs(n) for _, n in listed[:-1])  # "Wei (Lantu Machinery), Declan and Sinead, Harbour Co"
                label, listed = (label if noted else label or listed[-1][0].strip()), listed[:-1]
            people = [(p, n) for name, n in listed if (p := _person(name, n, not rostered))]
            # "Tomas: Yes, okay" is a turn: a team lists full names or titles
            if not rostered:
                people = [
                    (p, n) for p, n in people if n or " " in _HONORIFIC.sub("", p) or _CJK_NAME.fullmatch(p)
                ]
            if people and len(people) == len(listed):
                found.append((label, people))
        titled = sum(1 for _, ps in found for _, n in ps if n)
        if found and (rostered or titled >= 2 or sum(len(ps) for _, ps in found) >= 2):
            groups += found
    return groups


def _org_tail(name: str, note: str, companies: tuple[str, ...] = ()) -> bool:
    """Whether a list's last piece names the team's organisation ("Chenyi Trading", "Coral Coast Golf Resort")."""
    bare = name.strip()
    core = [set(re.findall(r"[a-z]{3,}", re.sub(r"\b(?:ltd|limited|inc|llc|gmbh|co|corp|company|group)\b", " ", c.lower()))) for c in companies]
    if not note and any(c and c <= set(re.findall(r"[a-z]{3,}", bare.lower())) for c in core):
        return True  # "…, Harbour Mills" when the customer is Harbour Mills Ltd (all its words, not "Ana Ferreira")
    return not note and bool(re.fullmatch(r"(?:[A-Z][\w&'’.-]*\s*){2,6}", bare)) and (
        bool(_NOT_PERSON.search(bare)) or len(bare.split()) >= 4 or bool(_ORG_WORD.search(bare))
    )


def _orgs(note: str) -> list[str]:
    """Return the pieces of a bracket note that name an organisation, not a title ("Qiaolin Trading" in "Sales, Qiaolin Trading")."""
    pieces = [p.strip() for p in re.split(r"[,，;；/]", note)]
    return [
        p
        for p in pieces
        if re.match(r"[A-Z\u4e00-\u9fff]", p) and not TITLE_WORDS.search(p) and not DEPARTMENTS.search(p)
    ]


def _words(name: str) -> list[str]:
    return re.findall(r"[a-z][a-z'’-]*", _HONORIFIC.sub("", name.strip()).lower())


def roster_book(source: str, ours: tuple[str, ...] = (), companies: tuple[str, ...] = ()) -> dict[str, Party]:
    """Return {listed name: side} for the people the roster lines at the top of ``source`` place.

    Args:
        source: The conversation text.
        ours: Names of our people (the rep, the CRM's users), Chinese or Latin.
        companies: The customer's company names.
    """
    groups = _groups(source, companies)
    our_forms = {f for n in ours for f in (n.lower(), *latin_forms(n))}

    def mine(name: str) -> bool:
        return " ".join(_words(name)) in our_forms or name in ours

    def note_side(note: str) -> Party | None:
        return side_of(note) or ("customer" if names_customer(note, companies) else None) if note else None

    heads: dict[str, Party | None] = {}  # a heading's side: its side word or the customer's name, else our member
    for label, people in groups:
        if label:
            side = side_of(label) or ("customer" if names_customer(label, companies) else None)
            heads[label] = side or heads.get(label) or ("we" if any(mine(n) for n, _ in people) else None)
    own: dict[str, Party] = {}
    evidence: dict[str, set[Party]] = {}
    for label, people in groups:
        for name, note in people:
            side = heads.get(label) or note_side(note) or ("we" if mine(name) else None)
            if side:
                own[name] = side
            for org in _orgs(note):
                side = "customer" if names_customer(org, companies) else own.get(name)
                evidence.setdefault(org, set()).update({side} if side else set())
    decided = {k: next(iter(v)) for k, v in evidence.items() if len(v) == 1}
    decided |= {k: v for k, v in heads.items() if v}
    if len(heads) == 2 and sum(1 for v in heads.values() if v) == 1:  # two headed teams: one places the other
        side = next(v for v in heads.values() if v)
        decided[next(k for k, v in heads.items() if not v)] = _OTHER[side]
    book: dict[str, Party] = {}
    for label, people in groups:
        for name, note in people:
            keys = [label, *_orgs(note)] if label else _orgs(note)
            side = own.get(name) or next((decided[k] for k in keys if k in decided), None)
            if side:
                book[name] = side
    return book


def _matches(mention: str, name: str) -> bool:
    """Whether ``mention`` names the listed ``name``: whole, first name, surname, "Dr. Varga", "王总"."""
    if mention == name:
        return True
    if re.fullmatch(r"[\u4e00-\u9fff]+", name):
        core = re.sub(r"^.*?(?=[\u4e00-\u9fff]{2,4}$)", "", name) if len(name) > 4 else name
        m = re.fullmatch(
            r"(?:老|小)?([\u4e00-\u9fff])(?:工|总|经理|总监|主管|主任|老师|师傅|姐|哥)?", mention
        )
        return mention == core or bool(m and len(mention) >= 2 and core.startswith(m.group(1)))
    got, full = _words(mention), _words(name)
    if not got or not full:
        return False
    if len(got) == 1:
        return got[0] in (full[0], full[-1])
    return got == full or (set(got) <= set(full) and got[-1] == full[-1])


def book_side(mention: str, book: Mapping[str, Party]) -> Party | None:
    """Return the side of the roster person ``mention`` names, when every match agrees; else None."""
    sides = {side for name, side in book.items() if _matches(mention.strip(), name)}
    return sides.pop() if len(sides) == 1 else None


_SUBJECT = lazy_re.compile(
    r"^(?:(?:\d+[.、)]|[-–•*·▪])\s*)?(?:[A-Z][\w ]{0,25},\s+)?"
    rf"((?:{HONORIFIC}\.?\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){{0,3}})"
    r"(?:\s*[（(]([^（）()]{1,40})[)）])?(?=\s*[:：]|\s+(?!you\b|we\b|they\b|i\b)[a-z])"
)


def book_subject(text: str, book: dict[str, Party]) -> Party | None:
    """Return the side of the roster person a note starts with ("Pan Ruoxi will send…", "- Ines: …"), or None.

    Chinese notes start with the name ("许嘉言周五前…"): the longest listed name or surname form wins.
    """
    if not book:
        return None
    body = text.strip()
    if m := _SUBJECT.match(body):  # "Tom Reyes (Senior Buyer) will take over": the note says whose
        single = " " not in m.group(1).strip()
        if single and not single_name_counts(m.group(1).strip(), body[m.end(1) :], list(book)):
            return side_of(m.group(2)) if m.group(2) else None
        return book_side(m.group(1), book) or (side_of(m.group(2)) if m.group(2) else None)
    body = re.sub(r"^(?:(?:\d+[.、)]|[-–•*·▪])\s*)", "", body)
    for k in (4, 3, 2):
        if (
            len(body) >= k
            and re.fullmatch(r"[\u4e00-\u9fff]+", body[:k])
            and (side := book_side(body[:k], book))
            and not (body[0] in "老小" and FIGURE_AFTER.match(body[k:]))  # "小于2%": a comparison
        ):
            return None if re.match(r"(?:您好|你好|[，,、]|你|您)", body[k:]) else side
    return None

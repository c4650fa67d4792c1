"""Our staff named by title + surname are ours once a speaker introduces them.

"my manager Mr. Han", "our service engineer Mr. Peng", "Mr. Peng, our engineer", "我们的彭工", "我们韩经理": a known speaker
saying "our"/"my"/"我们" about a person puts that person on the speaker's own side, "your"/"贵司" on
the other; for the rest of the conversation a clause that starts with that person ("Mr. Peng
confirms by Tuesday…" in the customer's recap) is that side's, whoever speaks.
"""

from __future__ import annotations

import re

from assistant.summaries.speakers_colleagues import by_surname
from assistant.summaries.speakers_roster import latin_subject, lead_end
from assistant.text import lazy_re
from assistant.text.conversation import Parsed, Party
from assistant.text.titles import HONORIFIC

_OTHER: dict[Party, Party] = {"we": "customer", "customer": "we", "unknown": "unknown"}
_ROLE_EN = (
    r"(?:(?:sales|service|project|product|technical|senior|chief|area|regional|export|account|quality|"
    r"application|field|general|factory|plant)\s+){0,2}"
    r"(?:colleague|manager|engineer|boss|director|technician|expert|specialist|head|lead|supervisor|"
    r"representative|rep|designer|team leader)s?"
)
_NAME_EN = rf"({HONORIFIC}\.?\s+[A-Z][a-z]+|[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)"
_EN = lazy_re.compile(rf"\b(?i:(our|my|your))\s+(?i:{_ROLE_EN}),?\s+{_NAME_EN}")
# "with me is Mr. Peng, our engineer." — never at the start, where "Tom, our engineer will call" talks to Tom
_EN_AFTER = lazy_re.compile(
    rf"(?<=\w ){_NAME_EN},?\s+(?i:(our|my|your))\s+(?i:{_ROLE_EN})\b(?=\s*(?:[.,;!)]|$))"
)
_TITLE_ZH = r"(?:工|经理|总监|主管|主任|老师|师傅|总)"
_ZH = lazy_re.compile(
    rf"(我们|我司|咱们|我方|你们|贵司|贵公司|您那边)(?:的)?(?:同事|工程师|技术|售后|销售|领导)?"
    rf"([\u4e00-\u9fff]{_TITLE_ZH})"
)
_THEIRS = {"your", "你们", "贵司", "贵公司", "您那边"}
# "我们钟经理和技术蓝工", "our manager Mr. Zhong and engineer Mr. Lan": the next people of the same list
_ZH_MORE = lazy_re.compile(
    rf"(?:和|、|及|跟|还有)(?:同事|工程师|技术|售后|销售|领导)?([\u4e00-\u9fff]{_TITLE_ZH})"
)
_EN_MORE = lazy_re.compile(rf"\s*(?:,\s*|\s+and\s+)(?:(?i:our|my)\s+)?(?i:{_ROLE_EN}),?\s+{_NAME_EN}")


def _listed(text: str, m: re.Match[str]) -> list[tuple[str, str]]:
    """Return the person a match introduces and each one listed right after it with the same "our"/"我们"."""
    whose, name = m.groups()
    out, end = [(whose, name)], m.end()
    more = _ZH_MORE if re.match(r"[\u4e00-\u9fff]", whose) else _EN_MORE
    while nxt := more.match(text, end):
        out.append((whose, nxt.group(1)))
        end = nxt.end()
    return out


def _key(name: str) -> str:
    return re.sub(r"[\s.]", "", name).lower()


def introduced(parsed: Parsed, sides: dict[str, tuple[Party, str]]) -> dict[str, Party]:
    """Return {name key: side} for the people known speakers introduce as theirs or the other side's."""
    out: dict[str, Party] = {}
    for s in parsed.sentences:
        side = sides.get(s.speaker or "", ("unknown", ""))[0]
        if side == "unknown":
            continue
        found = [p for m in (*_EN.finditer(s.text), *_ZH.finditer(s.text)) for p in _listed(s.text, m)]
        for whose, name in found + [m.groups()[::-1] for m in _EN_AFTER.finditer(s.text)]:
            if name.lower().split()[0] in ("our", "your", "the") or name in ("总经理", "总监"):
                continue
            out.setdefault(_key(name), _OTHER[side] if whose.lower() in _THEIRS else side)
    return out


def introduced_speakers(parsed: Parsed, sides: dict[str, tuple[Party, str]]) -> dict[str, tuple[Party, str]]:
    """Sides of the unplaced speakers a known speaker introduced: "Mr. Peng:" after "our engineer Mr. Peng"."""
    people = introduced(parsed, sides)
    found = {n: (p, "mention") for n in parsed.speakers if n not in sides and (p := people.get(_key(n)))}
    rest = [n for n in parsed.speakers if n not in sides and n not in found]  # "钟国栋：" after "我们钟经理"
    return found | {n: (p, "mention") for n, p in by_surname(people, rest).items()}


def introduced_side(text: str, people: dict[str, Party]) -> Party | None:
    """Return the side of the introduced person ``text`` starts with ("Mr. Peng confirms…", "彭工下周一…")."""
    if not people:
        return None
    if latin := latin_subject(text):
        return people.get(_key(latin))
    body = text.strip()[lead_end(text.strip()) :]
    for k in (4, 3, 2):
        if (p := people.get(body[:k])) and re.fullmatch(r"[\u4e00-\u9fff]+", body[:k]):
            return p
    return None


_PRONOUN = lazy_re.compile(r"He|She|It|We|They|You|This|That|These|Those|There|Here|Everyone|Nobody")
_TITLE = lazy_re.compile(rf"{HONORIFIC}\.?$")
_NOT_SUBJECT = lazy_re.compile(r"\s*(?:[，,:：!！、]|您?好|你好|说|讲|的)")
"""After a name: a vocative ("王总好，"), a label, a list of names or "孙工说…", not the one who acts."""


def speaker_subject(text: str, sides: dict[str, tuple[Party, str]]) -> Party | None:
    """Return the side of the placed speaker ``text`` starts with as the actor, else None.

    "二、孙工这周五前把报告发给曾主管" in the customer's closing recap is ours when 孙工 spoke as ours;
    "Erik sends the bank details by Monday" in our recap is the customer's when Erik Dahl spoke as theirs;
    "王总好，…" greets 王总 and "孙工说…" reports him, so neither names who acts.
    """
    names = {
        n: p for n, (p, _) in sides.items() if p != "unknown" and re.fullmatch(r"[\u4e00-\u9fff]{2,4}", n)
    }
    body = text.strip()[lead_end(text.strip()) :]
    for k in (4, 3, 2):
        if body[:k] in names and not _NOT_SUBJECT.match(body[k:]):
            return names[body[:k]]
    if not (latin := latin_subject(text)) or _PRONOUN.fullmatch(latin):
        return None  # "He decides…" is no "He Yong"
    lead = latin.split()[0] if len(latin.split()) > 1 else None  # "Lu Hanqing sends…" under the label "Lu:"
    found = {p for n, (p, _) in sides.items() if p != "unknown" and n in (latin, lead) or latin == _first_name(n)}
    found.discard("unknown")
    return found.pop() if len(found) == 1 else None


def _first_name(name: str) -> str | None:
    """Return the given name of a placed Latin speaker ("Hanna Lind" → "Hanna"); none for "Mr. Fang" or one word."""
    parts = name.split()
    return parts[0] if len(parts) > 1 and re.fullmatch(r"[A-Z][a-z]+", parts[0]) and not _TITLE.match(parts[0]) else None

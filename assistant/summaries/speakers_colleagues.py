"""Our colleagues the CRM does not list, and speakers who speak for the customer's company.

A meeting's roster line headed by a company ("Polarline: Gu Yifan (sales), Mr. Zhong (sales manager),
Mr. Lan (engineer)") puts everyone on it on the side of the people on it we already know; a colleague
introduced by surname and title ("我们钟经理", "my colleague Mr. Lan") speaks under a full name
("钟国栋：", "Lan Tao:"); a known speaker who asks someone to brief the other side ("Peter, can you walk
Tomasz through the data?", "老蓝，你给鲍总讲讲") addresses a colleague; and a speaker who says "we at
Northwind" / "我们果仁香" speaks for the customer's company.
"""

from __future__ import annotations

import re

from assistant.summaries.speakers_roster import HEAD_LINES, ROSTER_HEAD, side_of
from assistant.text import lazy_re
from assistant.text.conversation import Parsed, Party

_OTHER: dict[Party, Party] = {"we": "customer", "customer": "we", "unknown": "unknown"}
_LEGAL = lazy_re.compile(
    r"有限公司|有限|公司|\b(?:sp|z|o|co|ltd|limited|inc|llc|gmbh|pty|corp|company|group)\b\.?", re.I
)
_GENERIC = frozenset(
    "食品 科技 电子 贸易 实业 集团 工程 设备 服务 发展 技术 物流 能源 新能 材料 制造 商贸 有限 股份 国际".split()
)




def _listed_text(rest: str) -> str:
    return re.sub(r"[（(][^（）()]*[）)]", "", rest)


def _listed(rest: str) -> list[str]:
    """Return the pieces of a roster line's list ("A (sales), B (manager) and C"), parentheticals removed."""
    bare = _listed_text(rest)
    return [p.strip() for p in re.split(r"[,，、;；]|\band\b|和", bare) if p.strip()]


def company_roster(
    source: str, names: list[str], sides: dict[str, tuple[Party, str]], companies: tuple[str, ...] = ()
) -> dict[str, tuple[Party, str]]:
    """Sides from roster lines headed by a company: everyone listed shares the side of those placed already.

    Args:
        source: The conversation text (the roster sits in its first lines).
        names: The speakers.
        sides: The sides placed so far (the CRM's people, labels, introductions).
        companies: The customer's company names (a line headed by one is the customer's).

    Returns:
        {name: (side, "roster")} for the line's head and its unplaced speakers.
    """
    out: dict[str, tuple[Party, str]] = {}
    lines = [m for ln in source.splitlines()[:HEAD_LINES] if (m := re.match(r"\s*([^:：\n]{2,40}?)\s*[:：]\s*(.+)$", ln))]
    for m in lines:
        if ROSTER_HEAD.match(m.group()) or side_of(_listed_text(m.group(2))):
            continue  # "参会：我方 罗欣；客户方 蒋文斌" (both sides on one line) is the roster's own reading
        pieces = _listed(m.group(2))
        people = [n for n in names if n in pieces or any(_labels(n, p) for p in pieces)]
        if len(people) < 2 or any(len(p) > 40 or len(p.split()) > 4 for p in pieces):
            continue  # a sentence or a note-taker, not a company's team
        known = {sides[n][0] for n in {*people, *pieces} if n in sides and sides[n][0] != "unknown"}
        side = next(iter(known)) if len(known) == 1 else None
        side = side or side_of(m.group(1), companies) or _beside_theirs(m, lines, names, companies)
        if side is None:
            continue
        for n in [m.group(1), *people]:
            if n in names and sides.get(n, ("unknown", ""))[0] == "unknown":
                out.setdefault(n, (side, "roster"))
    return out


def _labels(label: str, listed: str) -> bool:
    """Whether a one-word speaker label is the first word of a listed full name ("Lu" for "Lu Hanqing")."""
    words = listed.split()
    return len(words) > 1 and " " not in label and words[0] == label


def _beside_theirs(
    line: re.Match[str], lines: list[re.Match[str]], names: list[str], companies: tuple[str, ...]
) -> Party | None:
    """Return ``we`` for a company-headed team line beside the customer's ("Northgate: …" / "Qiaolin Trading: …").

    Two companies' teams listed line by line: the one not headed by the customer's company is ours.
    """
    if not companies or side_of(line.group(1), companies) or len(re.findall(r"[（(]", line.group(2))) < 2:
        return None  # a team lists its people with their titles; "罗欣：郑经理、高工，感谢…" is a turn
    for other in lines:
        if other is line or side_of(other.group(1), companies) != "customer":
            continue
        if sum(1 for n in names if any(n == p or _labels(n, p) for p in _listed(other.group(2)))) >= 1:
            return "we"
    return None


# "Present: Kestrel Ovens - A (sales), B. Harbourside - C": a company name and a dash head each group
_GROUP_HEAD = lazy_re.compile(r"(?:^|[:：.;；]\s+)([A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,3})\s+[-–—]\s+")


def group_roster(source: str, names: list[str], sides: dict[str, tuple[Party, str]]) -> dict[str, tuple[Party, str]]:
    """Sides from a roster line listing each company's group after a dash: a group shares its placed people's side.

    "Present: Kestrel Ovens - Mr. Pan Dewei (director), Wu Lingxi (sales). Harbourside - Gareth Lloyd":
    with Wu Lingxi ours, "Mr. Pan" (a speaker label starting his listed name) is ours too.

    Returns:
        {name: (side, "roster")} for the unplaced speakers of a group whose placed people agree.
    """
    out: dict[str, tuple[Party, str]] = {}
    for line in source.splitlines()[:HEAD_LINES]:
        if not ROSTER_HEAD.match(line):
            continue
        heads = list(_GROUP_HEAD.finditer(line))
        for i, m in enumerate(heads):
            group = line[m.end() : heads[i + 1].start() if i + 1 < len(heads) else len(line)]
            people = [n for n in names if re.search(rf"(?<!\w){re.escape(n)}(?!\w)", group)]
            known = {sides[n][0] for n in people if n in sides and sides[n][0] != "unknown"}
            if len(known) != 1:
                continue
            side = next(iter(known))
            for n in people:
                if sides.get(n, ("unknown", ""))[0] == "unknown":
                    out.setdefault(n, (side, "roster"))
    return out


def same_person(key: str, name: str) -> bool:
    """Whether an introduced "钟经理" / "mrlan" (a surname and a title) is the speaker ``name`` ("钟国栋", "Lan Tao")."""
    if m := re.fullmatch(r"(?:mr|ms|mrs|dr)\.?\s*([a-z]+)", key, re.I):
        return m.group(1).lower() in re.findall(r"[a-z]+", name.lower()) and not name.lower().startswith(
            ("mr", "ms", "dr")
        )
    if re.fullmatch(r"[a-z]{3,}", key):  # "my colleague Peter" speaks as "Peter Lang"
        return key == (name.split() or [""])[0].lower()
    if m := re.fullmatch(r"(?:老|小)?([\u4e00-\u9fff])(?:工|经理|总监|主管|主任|老师|师傅|总)?", key):
        return bool(re.fullmatch(rf"{m.group(1)}[\u4e00-\u9fff]{{1,2}}", name)) and len(key) >= 2
    return False


def by_surname(people: dict[str, Party], names: list[str]) -> dict[str, Party]:
    """Map each unplaced full-name speaker to the side of the one introduced person with their surname."""
    out: dict[str, Party] = {}
    for key, party in people.items():
        found = [n for n in names if same_person(key, n)]
        if len(found) == 1:
            out.setdefault(found[0], party)
    return out


def _forms(name: str) -> set[str]:
    """How a speaker is addressed: the name, its first word, "Mr. Lan" / "老蓝", "蓝工", "鲍总"."""
    words = name.split()
    forms = {name, words[0]} if words else {name}
    if re.fullmatch(r"[\u4e00-\u9fff]{2,4}", name):
        forms |= {f"{p}{name[0]}" for p in "老小"} | {
            f"{name[0]}{t}" for t in ("工", "经理", "总", "姐", "哥")
        }
    forms |= {f"{t} {w}" for w in words for t in ("Mr.", "Ms.", "Mr", "Ms")}
    return {f for f in forms if len(f) >= 2 and f.lower() not in ("mr.", "ms.", "mr", "ms")}


def address_forms(names: list[str]) -> dict[str, str]:
    """{form: name} of how ``names`` are addressed; a surname form only when one of them has that surname."""
    forms: dict[str, list[str]] = {}
    for n in names:
        for f in _forms(n):
            forms.setdefault(f, []).append(n)
    return {f: ns[0] for f, ns in forms.items() if len(set(ns)) == 1}


BRIEF_EN = (
    r"(?:walk|take|brief|tell|show|update|explain(?: \w+)? to|introduce(?: \w+)? to|answer)\s+(?:{other})\b"
)
BRIEF_ZH = r"(?:给|跟|和|向|为)(?:{other})[^，。,.！？]{{0,6}}?(?:讲|说|介绍|解释|演示|汇报|答复|解答)"


def colleague_vocatives(
    parsed: Parsed, sides: dict[str, tuple[Party, str]], tentative: dict[str, tuple[Party, str]]
) -> dict[str, tuple[Party, str]]:
    """Sides of unplaced speakers a known speaker asks to brief someone of the other side: a colleague.

    "Peter, can you walk Tomasz through the test data?" (Tomasz the customer's), "老蓝，你给鲍总讲讲".
    ``tentative`` adds the sides whom known speakers address suggest (the other side is who is briefed).
    """
    unplaced = [n for n in parsed.speakers if sides.get(n, ("unknown", ""))[0] == "unknown"]
    vocative = address_forms(unplaced)
    sides = {**tentative, **sides}
    if not vocative:
        return {}
    alt = "|".join(re.escape(f) for f in sorted(vocative, key=len, reverse=True))
    head = re.compile(rf"^(?:(?:hi|hello|hey)\s+)?({alt})\s*[,，:：]", re.I)
    found: dict[str, set[Party]] = {}
    for s in parsed.sentences:
        side = sides.get(s.speaker or "", ("unknown", ""))[0]
        if side == "unknown" or not (m := head.match(s.text.strip())):
            continue
        # re.I matches more than str.lower() folds ("ſam" ~ "Sam"): a form not found names no one
        if (name := next((v for f, v in vocative.items() if f.lower() == m.group(1).lower()), None)) is None:
            continue
        briefed = [n for n in parsed.speakers if n != name and sides.get(n, ("unknown", ""))[0] != side]
        others = set(address_forms(briefed))  # the other side's people, or speakers not placed yet
        if not others:
            continue
        other = "|".join(re.escape(f) for f in sorted(others, key=len, reverse=True))
        rest = s.text.strip()[m.end() :]
        if re.search(BRIEF_EN.format(other=other), rest, re.I) or re.search(
            BRIEF_ZH.format(other=other), rest
        ):
            found.setdefault(name, set()).add(side)
    return {n: (v.pop(), "colleague") for n, v in found.items() if len(v) == 1}


def _brand(company: str) -> list[str]:
    """Distinctive words of a company name: Latin words of 4+ letters, Chinese pairs that are not generic."""
    core = _LEGAL.sub(" ", company)
    words = [w for w in re.findall(r"[A-Za-z]{4,}", core)]
    cjk = re.sub(r"[^\u4e00-\u9fff]", "", core)
    pairs = [cjk[i : i + 2] for i in range(2, len(cjk) - 1)]  # the first two are mostly the city
    return words + [p for p in pairs if p not in _GENERIC]


def company_speakers(
    texts: dict[str, list[str]], sides: dict[str, tuple[Party, str]], companies: tuple[str, ...]
) -> dict[str, tuple[Party, str]]:
    """Unplaced speakers who speak for the customer's company ("We at Northwind…", "我们果仁香这边…")."""
    brands = [b for c in companies for b in _brand(c)]
    if not brands:
        return {}
    alt = "|".join(re.escape(b) for b in sorted(brands, key=len, reverse=True))
    rx = re.compile(
        rf"\b(?:we at|we here at|here at|at|we in|for us at)\s+(?:{alt})\b(?=[^.!?]*\b(?:we|our|us)\b)"
        rf"|\bwe at (?:{alt})\b|(?:我们|我司|咱们|本公司)(?:的)?(?:{alt})",
        re.I,
    )
    return {
        n: ("customer", "company")
        for n, lines in texts.items()
        if sides.get(n, ("unknown", ""))[0] == "unknown" and any(rx.search(t) for t in lines)
    }

"""Sides from the roster at the top of meeting notes and call transcripts.

"参会：我方 罗欣（销售）、唐志强（销售经理）；客户方 蒋文斌（采购总监）" and "Liu Yang (our sales),
Tom Becker (purchasing manager, Becker GmbH)" say who is on which side before anyone speaks;
without them every speaker but the rep stays unknown in a meeting of five.
"""

from __future__ import annotations

import re

from assistant.text.conversation import Party

_OURS = re.compile(r"我方|我司|本公司|\bour (?:side|sales|team|company|manager)\b|\bours\b", re.I)
_THEIRS = re.compile(
    r"客户方|客方|对方|客户|采购|\bcustomer\b|\bclient\b|\bbuyer\b|\bpurchasing\b|\bsourcing\b|\bprocurement\b",
    re.I,
)
_LEGAL = re.compile(r"有限公司|有限|公司|\b(?:co|ltd|limited|inc|llc|gmbh|pty|corp|company|group)\b\.?", re.I)
_SEGMENT = re.compile(r"[；;\n]")
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


def _side(text: str, companies: tuple[str, ...]) -> Party | None:
    if _OURS.search(text):
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
    for line in source.splitlines()[:HEAD_LINES]:
        for seg in _SEGMENT.split(line):
            for name in names:
                at = seg.find(name)
                if at < 0 or name in out or len(name) < 2:
                    continue
                own = _side(_paren_after(seg, at + len(name)), companies)
                markers = [(m.start(), "we") for m in _OURS.finditer(seg, 0, at)]
                markers += [(m.start(), "customer") for m in _THEIRS.finditer(seg, 0, at)]
                before = max(markers)[1] if markers else None
                side = own or before
                if side:
                    out[name] = (side, "roster")
    return out

"""Speakers a known speaker asks the other side to brief ("Wei, tell Nora your warranty terms").

The customer's buyer turns to our rep by name and asks them to tell, show or explain something to a
person not placed yet: that person is the one our rep has to brief, so the buyer's side (a colleague who
joined the call). The converse of :func:`assistant.summaries.speakers_colleagues.colleague_vocatives`,
where the person addressed is the one not placed.
"""

from __future__ import annotations

import re

from assistant.summaries.speakers_colleagues import BRIEF_EN, BRIEF_ZH, address_forms
from assistant.text.conversation import Parsed, Party

_ABOUT = r"(?:your|our|about|through|on|in on|what|how|when|why|the)\b"  # "tell X your terms", not "X thanks"


def briefed_sides(parsed: Parsed, sides: dict[str, tuple[Party, str]]) -> dict[str, tuple[Party, str]]:
    """Return {name: (side, "briefed")} for unplaced speakers whom the other side is asked to brief.

    Args:
        parsed: The conversation.
        sides: The sides placed so far.

    Returns:
        The speaker's side for each unplaced speaker named as the one to brief, when every such request
        agrees.
    """
    known = {n: p for n, (p, _) in sides.items() if p != "unknown"}
    unplaced = [n for n in parsed.speakers if n not in known]
    if not known or not unplaced:
        return {}
    callee = address_forms(list(known))
    briefed = address_forms(unplaced)
    if not callee or not briefed:
        return {}
    head = re.compile(
        rf"^(?:(?:hi|hello|hey)\s+)?({'|'.join(re.escape(f) for f in sorted(callee, key=len, reverse=True))})\s*[,，:：]",
        re.I,
    )
    other = "|".join(re.escape(f) for f in sorted(briefed, key=len, reverse=True))
    en, zh = (  # an imperative to the addressee about terms or information, not "tell X thanks" or "did you …"
        re.compile(rf"^\s*(?:please\s+)?{BRIEF_EN.format(other=f'(?P<who>{other})')}\s+{_ABOUT}", re.I),
        re.compile(rf"^\s*(?:请|麻烦)?(?:你|您)?(?:也)?{BRIEF_ZH.format(other=f'(?P<who>{other})')}(?!过|了)"),
    )
    found: dict[str, set[Party]] = {}
    for s in parsed.sentences:
        side = known.get(s.speaker or "")
        if side is None or not (m := head.match(s.text.strip())):
            continue
        addressed = next((v for f, v in callee.items() if f.lower() == m.group(1).lower()), None)
        if addressed is None or known[addressed] == side:
            continue  # only a request to the other side's person says who is briefed
        rest = s.text.strip()[m.end() :]
        if w := en.match(rest) or zh.match(rest):
            name = next((v for f, v in briefed.items() if f.lower() == w.group("who").lower()), None)
            if name is not None:
                found.setdefault(name, set()).add(side)
    return {n: (v.pop(), "briefed") for n, v in found.items() if len(v) == 1}

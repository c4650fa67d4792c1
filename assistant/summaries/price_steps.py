"""Whether a priced piece may continue a negotiation: a figure of the same kind, not a total or another charge.

A piece joins a negotiation when one of its figures is near the latest ones; a piece with several
figures ("两万六千八乘四十", "16x285 + 10x176 + 150 = 7,078") can then carry the path to a figure of
another kind, and a one-off charge said beside a unit price ("a GBP 90 plate setup for the print") reads as a
concession on it. The path is read by each piece's largest figure, so a step whose largest figure is
less than half or more than double the path's latest one, or that names a charge the path never
named (a fee, set-up, freight, a mould…), is not a step of that negotiation.
"""

from __future__ import annotations

import re
from decimal import Decimal

from assistant.text import lazy_re

STEP = Decimal(2)  # a negotiated figure moves by less than this factor from one step to the next
CHARGE = lazy_re.compile(
    r"\b(?:fees?|set-?ups?|freight|moulds?|molds?|tooling)\b|运费|模具费?|开模|版费|制版费?|打样费",
    re.I,
)


def charges(text: str) -> set[str]:
    """Return the charges ``text`` names ("setup", "运费"), lower-cased."""
    return {m.group().lower().rstrip("s") for m in CHARGE.finditer(text)}


def continues(latest: list[Decimal], said: list[str], figures: list[Decimal], text: str) -> bool:
    """Whether a piece with ``figures`` said in ``text`` continues a path.

    Args:
        latest: The path's latest figures.
        said: The texts of the path's pieces so far.
        figures: The piece's figures.
        text: The piece's text.
    """
    if latest and figures:
        a, b = max(figures), max(latest)
        if min(a, b) <= 0 or max(a, b) / min(a, b) > STEP:
            return False
    named = charges(text)
    return not named or bool(named & set().union(*(charges(t) for t in said)))

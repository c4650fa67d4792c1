"""Participants lines that give job titles between commas: "Hector Molina, Plant Manager, and Ines Paredes, Buyer, Andina".

Such a line has no parentheses to hold the titles, so a title reads like one more listed person. The
company the line ends with places every speaker the line lists; the titles are simply not speakers.
"""

from __future__ import annotations

import re

from assistant.summaries.speakers_roster import HEAD_LINES, ROSTER_HEAD, side_of
from assistant.text.conversation import Party

_PIECES = re.compile(r"\s*(?:[,;，；]\s*(?:and\s+)?|\s+and\s+)\s*")


def titled_line_sides(source: str, names: list[str], companies: tuple[str, ...]) -> dict[str, tuple[Party, str]]:
    """Return {speaker: (side, "roster")} for speakers on a head line that ends with a company.

    Args:
        source: The conversation text (the participants sit in its first lines).
        names: The speakers.
        companies: The customer's company names (the line's last piece must name one).

    Returns:
        The side of the company for each speaker listed as a piece of such a line (a line with
        parentheses is read by :func:`assistant.summaries.speakers_roster.roster_sides`).
    """
    out: dict[str, tuple[Party, str]] = {}
    for line in source.splitlines()[:HEAD_LINES]:
        body = line.split(":", 1)[1] if ROSTER_HEAD.match(line) and ":" in line else line
        if re.search(r"[()（）]", body):
            continue
        pieces = [p for p in _PIECES.split(body.strip().rstrip(".;；")) if p]
        if len(pieces) < 3 or side_of(pieces[-1]) or not (side := side_of(pieces[-1], companies)):
            continue  # the last piece must be the company itself, not a title such as "Buyer"
        listed = [n for n in names if n in pieces[:-1]]
        if listed and all(side_of(p, companies) in (None, side) for p in pieces[:-1]):  # "Buyer" agrees
            out.update({n: (side, "roster") for n in listed})
    return out

"""Participants lines that give job titles between commas: "Hector Molina, Plant Manager, and Ines Paredes, Buyer, Andina".

Such a line has no parentheses to hold the titles, so a title reads like one more listed person. Each
group of "Name, Title" pieces is placed by the company that closes it; a group closed by any other piece
(our own company, a word that is no title) places nobody, and ";" always starts a new group. Only a
participants line ("Attendees: …") and the lines that continue it are read.
"""

from __future__ import annotations

import re

from assistant.summaries.speakers_roster import HEAD_LINES, ROSTER_HEAD, side_of
from assistant.text.conversation import Party

_PIECES = re.compile(r"\s*(?:[,，]\s*(?:and\s+)?|\s+and\s+)\s*")
_TITLE = re.compile(
    r"\b(?:manager|director|engineer|lead|head|officer|buyer|sales|account|procurement|purchasing|finance"
    r"|chief|ceo|cfo|coo|cto|owner|founder|president|assistant|specialist|coordinator|technician"
    r"|secretary|consultant|supervisor|operations|quality|representative)\b",
    re.I,
)


def _group_sides(group: str, names: list[str], companies: tuple[str, ...]) -> dict[str, tuple[Party, str]]:
    """Place the names of "Name, Title[, and Name, Title], Company" runs in one ";"-separated group."""
    out: dict[str, tuple[Party, str]] = {}
    run: list[str] = []
    last = ""  # what the previous piece was: "", "name" or "title"
    for piece in (p for p in _PIECES.split(group.strip().rstrip(".")) if p):
        if piece in names and last in ("", "title"):
            run, last = [*run, piece], "name"
        elif last == "name" and _TITLE.search(piece) and side_of(piece) in (None, "customer"):
            last = "title"  # "Buyer" agrees with the customer's company
        elif last == "title" and not side_of(piece) and (side := side_of(piece, companies)):
            out.update({n: (side, "roster") for n in run})
            run, last = [], ""
        else:
            run, last = [], ""  # "Chenyi Trading" (not the customer) or a word that is no title closes the run
    return out


def titled_line_sides(source: str, names: list[str], companies: tuple[str, ...]) -> dict[str, tuple[Party, str]]:
    """Return {speaker: (side, "roster")} for speakers listed with titles on a participants line.

    Args:
        source: The conversation text (the participants sit in its first lines).
        names: The speakers.
        companies: The customer's company names (a group's last piece must name one).

    Returns:
        The side of the company for each speaker in a "Name, Title, …, Company" group (a group with
        parentheses is read by :func:`assistant.summaries.speakers_roster.roster_sides`).
    """
    out: dict[str, tuple[Party, str]] = {}
    listing = False
    for line in source.splitlines()[:HEAD_LINES]:
        head = bool(ROSTER_HEAD.match(line))
        if not (head or listing):
            continue
        listing = line.rstrip().endswith((";", "；", ",", "，"))  # the list goes on on the next line
        body = re.split(r"[:：]", line, maxsplit=1)[-1] if head else line
        for group in re.split(r"[;；]", body):
            if not re.search(r"[()（）]", group):
                out.update(_group_sides(group, names, companies))
    return out

"""Bulleted minutes under a company roster: each "- Name: …" line, every sentence of it, is that person's side."""

from __future__ import annotations

from assistant.summaries.speakers import Directory, Person, attribute
from assistant.text.conversation import parse_conversation

MINUTES = (
    "MINUTES - Cold room panels\nAttendees:\nNordfrost AS: Ingrid Dahl (buyer), Ola Berg (site manager)\n"
    "Chenyi Trading: Mr. Kong Wei (sales director), Tang Yu (account manager)\nMinutes: Tang Yu\n\n"
    "1. Price\n- Ingrid: the offer is NOK 10,000 above our budget. A local maker quoted less.\n"
    "- Mr. Kong: we can hold the price for two weeks. The panels are thicker than theirs.\n"
    "- Ola: the site must be dry before installation.\n"
)


def _roles() -> dict[str, str]:
    parsed = attribute(parse_conversation(MINUTES), Directory(ours=(Person("Tang Yu"),), company_names=("Nordfrost AS",)))
    return {s.text: s.role for s in parsed.parsed.sentences}


def test_each_bullet_is_its_speakers_side_not_the_roster_companys() -> None:
    roles = _roles()
    assert roles["- Ingrid: the offer is NOK 10,000 above our budget."] == "customer"
    assert roles["- Mr. Kong: we can hold the price for two weeks."] == "we"
    assert roles["- Ola: the site must be dry before installation."] == "customer"


def test_a_second_sentence_of_a_bullet_keeps_its_speakers_side() -> None:
    roles = _roles()
    assert roles["A local maker quoted less."] == "customer"
    assert roles["The panels are thicker than theirs."] == "we"

"""A one-line roster of company groups ("Present: Acme - A, B. Buyer Co - C, D") places each group together."""

from __future__ import annotations

from assistant.summaries.speakers import Directory, Person, attribute
from assistant.text.conversation import parse_conversation

_REP = Directory(ours=(Person("Wu Lingxi"),), company_names=("Harbourside Bakeries Ltd.",))

_NOTES = (
    "Minutes: oven line upgrade, Harbourside Bakeries\n"
    "Present: Kestrel Ovens - Mr. Pan Dewei (regional director), Wu Lingxi (sales), Mr. Tao Ruiming "
    "(process engineer). Harbourside - Gareth Lloyd (operations director), Megan Price (buyer).\n\n"
    "Mr. Pan: Thank you for having us.\n"
    "Gareth: We want the new tunnel oven running before Christmas.\n"
    "Mr. Tao: The burners are rated for continuous duty.\n"
    "Megan: What is the lead time?\n"
    "Mr. Pan: I will confirm the lead time by Thursday.\n"
    "Wu Lingxi: I'll send the updated quote tomorrow.\n"
)


def _sides(text: str) -> dict[str, str]:
    return {n: p for n, (p, _) in attribute(parse_conversation(text), _REP).sides.items()}


def test_titled_people_in_the_reps_group_of_a_dash_roster_are_ours() -> None:
    sides = _sides(_NOTES)
    assert sides["Mr. Pan"] == "we"
    assert sides["Mr. Tao"] == "we"


def test_people_in_the_customers_group_of_a_dash_roster_stay_theirs() -> None:
    sides = _sides(_NOTES)
    assert sides["Gareth"] == "customer"
    assert sides["Megan"] == "customer"

"""A participants line "Name, Title, and Name, Title, Company": the titles are no names, the company places both."""

from __future__ import annotations

from assistant.summaries.speakers import Directory, Person, attribute
from assistant.summaries.speakers_roster_titles import titled_line_sides
from assistant.text.conversation import parse_conversation

CALL = (
    "Call notes - Tuesday 6 May 2031\n"
    "Participants: Zhou Ling (Chenyi Trading);\n"
    "Hector Molina, Plant Manager, and Ines Paredes, Buyer, Andina Plasticos\n"
    "\n"
    "Zhou Ling: Thanks for joining.\n"
    "Hector Molina: The moulds arrived.\n"
    "Ines Paredes: I will send you the PO on Friday.\n"
)


def test_titles_between_names_place_both_with_their_company() -> None:
    names = ["Zhou Ling", "Hector Molina", "Ines Paredes"]
    assert titled_line_sides(CALL, names, ("Andina Plasticos S.A.",)) == {
        "Hector Molina": ("customer", "roster"),
        "Ines Paredes": ("customer", "roster"),
    }


def test_the_listed_buyer_owns_her_promise() -> None:
    d = Directory(ours=(Person("Zhou Ling"),), company_names=("Andina Plasticos S.A.",))
    sides = attribute(parse_conversation(CALL, we_names=("Zhou Ling",)), d).sides
    assert sides["Ines Paredes"][0] == "customer"
    assert sides["Hector Molina"][0] == "customer"


def test_a_line_without_a_company_places_nobody() -> None:
    text = CALL.replace(", Andina Plasticos", "")
    assert titled_line_sides(text, ["Hector Molina", "Ines Paredes"], ("Andina Plasticos S.A.",)) == {}


NAMES = ["Qin Yue", "Liu Feng", "Marco Vidal", "Elena Ruiz"]
CO = ("Costa Moldes S.L.",)


def test_each_group_takes_the_company_that_closes_it() -> None:
    line = (
        "Attendees: Qin Yue, Sales, and Liu Feng, Engineer, Hanfeng Tools; "
        "Marco Vidal, Plant Manager, and Elena Ruiz, Buyer, Costa Moldes\n"
    )
    assert titled_line_sides(line, NAMES, CO) == {
        "Marco Vidal": ("customer", "roster"),
        "Elena Ruiz": ("customer", "roster"),
    }
    line = "Attendees: Qin Yue, Sales, Hanfeng Tools, and Marco Vidal, Buyer, Costa Moldes\n"
    assert titled_line_sides(line, NAMES, CO) == {"Marco Vidal": ("customer", "roster")}


def test_a_line_that_lists_no_participants_places_nobody() -> None:
    line = "Qin Yue, Marco Vidal and Elena Ruiz went through the tooling list with Costa Moldes\n"
    assert titled_line_sides(line, NAMES, CO) == {}

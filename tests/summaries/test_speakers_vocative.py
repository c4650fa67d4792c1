"""Unknown speakers that a known speaker addresses by name are on the other side."""

from __future__ import annotations

from assistant.summaries.speakers import Directory, Person, attribute
from assistant.text.conversation import parse_conversation

CALL = (
    "Liu Yang: Good morning Anouk, good morning Bram. Thanks for joining.\n"
    "Anouk Jansen: Morning. Bram is from our quality team.\n"
    "Liu Yang: Bram, did the samples pass the drop test?\n"
    "Bram Visser: Yes, all of them passed.\n"
    "Anouk Jansen: I will talk to our director on Friday and come back to you on Monday.\n"
)


def test_people_our_rep_greets_by_name_are_the_customers() -> None:
    sides = attribute(parse_conversation(CALL), Directory(ours=(Person("Liu Yang"),))).sides
    assert sides["Anouk Jansen"] == ("customer", "addressed")
    assert sides["Bram Visser"] == ("customer", "addressed")
    assert sides["Liu Yang"][0] == "we"


def test_no_vocative_leaves_the_speaker_unknown() -> None:
    text = "Liu Yang: The samples went out yesterday.\nKees Smit: Thanks, we will test them.\n"
    sides = attribute(parse_conversation(text), Directory(ours=(Person("Liu Yang"),))).sides
    assert sides["Kees Smit"][1] != "addressed"


def test_a_salutation_parsed_as_a_label_is_not_placed() -> None:
    text = "Liu Yang：韩老师您好，样品已寄出。\n韩老师您好：请查收。\n孙芳：收到。\n"
    sides = attribute(parse_conversation(text), Directory(ours=(Person("Liu Yang"),))).sides
    assert "韩老师您好" in sides
    assert sides["韩老师您好"][1] != "addressed"

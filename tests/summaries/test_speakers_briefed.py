"""A buyer asking our rep to brief a newcomer ("Lin, tell Marta your lead times") places the newcomer on their side."""

from __future__ import annotations

from assistant.summaries.speakers import Directory, Person, attribute
from assistant.summaries.speakers_briefed import briefed_sides
from assistant.text.conversation import parse_conversation

CALL = (
    "Lin Haoran: Good morning Jonas, Lin Haoran here.\n"
    "Jonas Berg: Morning. The pallet samples passed our drop test.\n"
    "Marta Olsen: Hi, Marta here, sorry to be late.\n"
    "Jonas Berg: Lin, tell Marta your delivery terms.\n"
    "Lin Haoran: We ship within 25 days of the deposit.\n"
    "Marta Olsen: We never pay deposits. I will send you our standard contract on Thursday.\n"
)


def test_the_person_to_brief_is_on_the_askers_side() -> None:
    d = Directory(ours=(Person("Lin Haoran"),), company_names=("Berg Pallets AB",))
    parsed = parse_conversation(CALL, we_names=("Lin Haoran",))
    assert briefed_sides(parsed, {"Lin Haoran": ("we", "crm"), "Jonas Berg": ("customer", "addressed")}) == {
        "Marta Olsen": ("customer", "briefed")
    }
    assert attribute(parsed, d).sides["Marta Olsen"][0] == "customer"


def test_a_request_to_a_colleague_places_nobody() -> None:
    parsed = parse_conversation(CALL.replace("Jonas Berg: Lin,", "Lin Haoran: Jonas,", 1), we_names=("Lin Haoran",))
    sides = {"Lin Haoran": ("we", "crm"), "Jonas Berg": ("we", "crm")}
    assert briefed_sides(parsed, sides) == {}

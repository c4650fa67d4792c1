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


BRIEF_BASE = (
    "Qiao Wen: Good morning Anders.\n"
    "Anders Lund: Morning. The crates held up in the humidity test.\n"
    "{line}\n"
    "Sofie Berg: Hello, Sofie joining.\n"
)


def _briefed(line: str) -> dict:
    parsed = parse_conversation(BRIEF_BASE.format(line=line), we_names=("Qiao Wen",))
    return briefed_sides(parsed, {"Qiao Wen": ("we", "crm"), "Anders Lund": ("customer", "addressed")})


def test_only_an_imperative_to_brief_about_terms_places_the_newcomer() -> None:
    assert _briefed("Anders Lund: Qiao, show Sofie your packing options.") == {"Sofie Berg": ("customer", "briefed")}
    assert _briefed("Anders Lund: Qiao，你给Sofie讲一下付款方式。") == {"Sofie Berg": ("customer", "briefed")}


def test_relayed_thanks_questions_and_own_actions_place_nobody() -> None:
    assert _briefed("Qiao Wen: Anders, tell Sofie thanks for approving the samples.") == {}
    assert _briefed("Qiao Wen: Anders, did you show Sofie the humidity report?") == {}
    assert _briefed("Qiao Wen: Anders, 我跟Sofie讲过了。") == {}

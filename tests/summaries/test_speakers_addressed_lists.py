"""A greeting that names several people ("Good morning, Anton, Mirela.") addresses each of them."""

from __future__ import annotations

from assistant.summaries.speakers import Directory, Person, attribute
from assistant.text.conversation import parse_conversation

CALL = (
    "Dong Yuxi: Good morning, Anton, Mirela and Petr.\n"
    "Anton Vlasic: Morning. The crane rails came in last week.\n"
    "Mirela Kos: The invoice amount is fine, but the freight line is missing.\n"
    "Petr Novak: I checked the rails myself.\n"
    "Dong Yuxi: I will send the corrected invoice today.\n"
    "Mirela Kos: I will send you our VAT number tomorrow.\n"
)


def test_every_name_in_a_greeting_is_addressed() -> None:
    d = Directory(ours=(Person("Dong Yuxi"),), company_names=("Kos Cranes d.o.o.",))
    sides = attribute(parse_conversation(CALL, we_names=("Dong Yuxi",)), d).sides
    assert sides["Anton Vlasic"][0] == "customer"
    assert sides["Mirela Kos"][0] == "customer"
    assert sides["Petr Novak"][0] == "customer"


def _addressed_after(line: str) -> dict:
    call = (
        f"Dong Yuxi: {line}\n"
        "Anton Vlasic: Morning. The crane rails came in last week.\n"
        "Petr Novak: I will send the load test results by Friday.\n"
    )
    d = Directory(ours=(Person("Dong Yuxi"),), company_names=("Kos Cranes d.o.o.",))
    return attribute(parse_conversation(call, we_names=("Dong Yuxi",)), d).sides


def test_a_name_after_the_vocative_that_does_not_close_the_greeting_is_not_addressed() -> None:
    for line in (
        "Thanks Anton, Petr and I will send the new drawings today.",
        "Hi Anton, Petr, our site engineer, is joining us too.",
        "Morning Anton, Petr and Ivo will join later.",
    ):
        assert _addressed_after(line).get("Petr Novak", ("unknown", ""))[0] != "customer", line


def test_a_greeting_list_with_someone_who_never_speaks_still_addresses_all() -> None:
    assert _addressed_after("Good morning, Anton, Petr, Ivo.")["Petr Novak"][0] == "customer"

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

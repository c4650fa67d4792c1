"""Our recap of an English meeting names the customer's people by first name: their steps are theirs."""

from __future__ import annotations

from assistant.summaries.owners import step_owner
from assistant.summaries.speakers import Directory, Person, attribute
from assistant.text.conversation import parse_conversation

MINUTES = (
    "Minutes - shelving project, Nordvik Retail\n"
    "Nordvik Retail: Hanna Lind (Store Planner), Erik Dahl (Finance)\n"
    "Brightrack: Wu Lei (Sales), Mr. Fang (Engineer)\n"
    "\n"
    "Hanna Lind: We want the shelves in the new store before it opens.\n"
    "Erik Dahl: We pay 30% upfront, the rest after installation.\n"
    "Mr. Fang: I can send the load tables by Thursday.\n"
    "Wu Lei: To sum up:\n"
    "1. Mr. Fang sends the load tables by Thursday.\n"
    "2. Payment: we check the split internally; Erik sends the bank details by Monday.\n"
    "3. Hanna sends the floor plan by Friday.\n"
)


def _owners() -> dict[str, str]:
    d = Directory(ours=(Person("Wu Lei"),), company_names=("Nordvik Retail",))
    parsed = attribute(parse_conversation(MINUTES), d).parsed
    return {s.text: step_owner(s, parsed=parsed) for s in parsed.sentences}


def test_a_first_name_of_the_customers_speaker_owns_the_recap_line() -> None:
    owners = _owners()
    assert next(o for t, o in owners.items() if t.startswith("Hanna sends")) == "customer"
    assert next(o for t, o in owners.items() if t.startswith("Erik sends")) == "customer"
    assert next(o for t, o in owners.items() if "Mr. Fang sends" in t) == "we"


def test_a_pronoun_is_no_first_name() -> None:
    from assistant.summaries.speakers_introduced import speaker_subject

    sides = {"He Yong": ("we", "roster"), "Hanna Lind": ("customer", "roster")}
    assert speaker_subject("He signs the order on Monday.", sides) is None
    assert speaker_subject("Hanna signs the order on Monday.", sides) == "customer"

"""A minutes sentence starting with "She"/"He"/"她"/"他" acts for the person named just before it."""

from __future__ import annotations

from assistant.summaries.speakers import Directory, Person, attribute
from assistant.summaries.speakers_clauses import clause_side
from assistant.summaries.speakers_pronouns import pronoun_subject
from assistant.text.conversation import parse_conversation

MINUTES = (
    "Minutes: Brightwell Clinics - autoclave tender\n"
    "Present: Brightwell Clinics - Laura Penn (Procurement Lead), Tom Hale (Biomed Engineer). "
    "Orchard Medtech - Ms. Xu Lanfang (Regional Sales Manager), Mr. He Dongsheng (Service Engineer)\n"
    "\n"
    "1. Price\n"
    "Laura Penn: the budget is fixed for this year.\n"
    "Ms. Xu Lanfang explained that the quote already includes two service visits. "
    "She will send the revised drawings of the loading rack by Friday.\n"
    "Tom Hale: the water supply in ward B is soft water only. He will confirm the pressure by Monday.\n"
    "Mr. He Dongsheng will check the drain spec next week.\n"
)


def _roles() -> dict[str, str]:
    d = Directory(ours=(Person("Ms. Xu Lanfang"),), company_names=("Brightwell Clinics",))
    parsed = attribute(parse_conversation(MINUTES, we_names=("Xu Lanfang",)), d).parsed
    return {s.text.strip(): clause_side(s) if s.clause_sides else s.role for s in parsed.sentences}


def test_she_continues_the_person_named_before_her() -> None:
    assert _roles()["She will send the revised drawings of the loading rack by Friday."] == "we"


def test_he_after_a_customer_speaker_stays_the_customers() -> None:
    assert _roles()["He will confirm the pressure by Monday."] == "customer"


def test_a_surname_he_after_an_honorific_is_a_name() -> None:
    assert _roles()["Mr. He Dongsheng will check the drain spec next week."] == "we"


def test_pronoun_subject_reads_only_pronouns() -> None:
    assert pronoun_subject("She will send it.") == "she"
    assert pronoun_subject("他下周一把样品寄过去。") == "he"
    assert pronoun_subject("He Dongsheng will send it.") is None
    assert pronoun_subject("Shelby will send it.") is None
    assert pronoun_subject("他们下周回复。") is None

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


def _roles(text: str = MINUTES) -> dict[str, str]:
    d = Directory(ours=(Person("Ms. Xu Lanfang"),), company_names=("Brightwell Clinics",))
    parsed = attribute(parse_conversation(text, we_names=("Xu Lanfang",)), d).parsed
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


ROSTER_ZH = "会议纪要：锦程纸业 包装线改造\n参会：我方 符晓、岳成；客户方 黎振东、池美华\n\n"


def _roles_of(text: str, ours: str, customer: str, we: str) -> dict[str, str]:
    d = Directory(ours=(Person(ours),), company_names=(customer,))
    parsed = attribute(parse_conversation(text, we_names=(we,)), d).parsed
    return {s.text.strip(): clause_side(s) if s.clause_sides else s.role for s in parsed.sentences}


def test_a_pronoun_in_another_speakers_turn_keeps_that_speakers_side() -> None:
    zh = ROSTER_ZH + "黎振东：岳成把图纸发过来了。\n池美华：他下月休假，我们月底前把验收单签好。\n"
    assert _roles_of(zh, "符晓", "锦程纸业有限公司", "符晓")["他下月休假，我们月底前把验收单签好。"] == "customer"
    en = "Laura Penn: Xu Lanfang sent the drawings on Monday.\nTom Hale: He will send the floor plan by Thursday.\n"
    assert _roles_of(MINUTES.split("\n\n")[0] + "\n\n" + en, "Ms. Xu Lanfang", "Brightwell Clinics", "Xu Lanfang")[
        "He will send the floor plan by Thursday."
    ] == "customer"


def test_a_pronoun_in_the_speakers_own_line_keeps_the_line_side() -> None:
    zh = ROSTER_ZH + "黎振东：周一开会。\n池美华：符晓把样箱寄过来了。她说尺寸还能改，我们下周三前给意见。\n"
    roles = _roles_of(zh, "符晓", "锦程纸业有限公司", "符晓")
    assert roles["她说尺寸还能改，我们下周三前给意见。"] == "customer"


def test_a_pronoun_after_two_named_people_is_not_resolved() -> None:
    notes = MINUTES.replace(
        "Ms. Xu Lanfang explained that the quote already includes two service visits. ",
        "Ms. Xu Lanfang asked Tom Hale to measure ward B. He will report the floor load by Tuesday. ",
    )
    assert _roles(notes)["He will report the floor load by Tuesday."] != "we"
    notes = MINUTES.replace("She will send the revised", "She'll send the revised")
    assert _roles(notes)["She'll send the revised drawings of the loading rack by Friday."] == "we"

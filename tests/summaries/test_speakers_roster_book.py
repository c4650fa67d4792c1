"""Roster lines of meeting minutes in several forms, and later mentions resolved to the listed person's side."""

from __future__ import annotations

from assistant.summaries.owners import step_owner
from assistant.summaries.speakers import Directory, Person, attribute
from assistant.summaries.speakers_roster_book import _groups, book_side, book_subject, roster_book
from assistant.text.conversation import parse_conversation

OURS = ("Wei Lanting",)
CUSTOMER = ("Harbour Mills Ltd",)


def _book(text: str) -> dict[str, str]:
    return roster_book(text, OURS, CUSTOMER)


def test_present_for_lines_place_our_team_by_the_rep_and_theirs_by_the_company() -> None:
    book = _book(
        "Notes: yearly review\n"
        "Present for Harbour Mills: Grace Whitlow (Head of Purchasing), Ruairi Quinn (Plant Manager)\n"
        "Present for Lantu Machinery: Ma Kexin (Area Director), Wei Lanting (Account Manager), Fu Dongsheng\n"
    )
    assert book == {
        "Grace Whitlow": "customer",
        "Ruairi Quinn": "customer",
        "Ma Kexin": "we",
        "Wei Lanting": "we",
        "Fu Dongsheng": "we",
    }


def test_company_headed_lines_without_titles_and_a_known_member_place_both_teams() -> None:
    book = roster_book(
        "Kiln upgrade call\nOrtega Ceramica: Lucia Ortega, Pablo Serrano\nLantu: Fu Dongsheng, Wei Lanting\n",
        OURS,
        ("Ortega Ceramica SL",),
    )
    assert book["Pablo Serrano"] == "customer" and book["Fu Dongsheng"] == "we"


def test_attendees_with_a_company_in_brackets_and_our_side_customer_forms() -> None:
    bracketed = _book("Attendees: Grace Whitlow (Harbour Mills), Fu Dongsheng (Lantu), Wei Lanting (Lantu)\n")
    assert bracketed == {"Grace Whitlow": "customer", "Fu Dongsheng": "we", "Wei Lanting": "we"}
    sides = _book("Our side: Fu Dongsheng, Ma Kexin / Customer: Grace Whitlow, Ruairi Quinn\n")
    assert sides["Ma Kexin"] == "we" and sides["Ruairi Quinn"] == "customer"
    came = _book("From Harbour Mills: Grace Whitlow, Ruairi Quinn\nFrom Lantu: Ma Kexin, Fu Dongsheng\n")
    assert came["Grace Whitlow"] == "customer" and came["Ma Kexin"] == "we"


def test_an_unheaded_line_of_people_with_their_companies_in_brackets() -> None:
    book = _book("Call, Monday\nWei Lanting (Lantu Machinery); Grace Whitlow (Buyer, Harbour Mills); Ann Roe (joined late)\n")
    assert book == {"Wei Lanting": "we", "Grace Whitlow": "customer"}
    assert _book("We met Tom (buyer) and Ann (QA) at the fair.\n") == {}


def test_chinese_roster_with_side_words_in_one_line() -> None:
    book = roster_book("参会人员：我方 许嘉言（销售）、闫工；客户方 庞立新（采购经理）、葛敏\n", ("许嘉言",))
    assert book == {"许嘉言": "we", "闫工": "we", "庞立新": "customer", "葛敏": "customer"}


def test_turns_and_headers_are_no_roster() -> None:
    assert _book("Customer: Yes, okay\nSales: Great, thanks\n") == {}
    assert _book("客户：那行，太贵了\n我方：好的\n") == {}
    assert _book("Date: Monday 3 May\nPlace: Harbour Mills, Leeds\n") == {}


def test_full_first_and_surname_mentions_resolve_to_one_person() -> None:
    book = {"Dr. Grace Whitlow": "customer", "Fu Dongsheng": "we", "庞立新": "customer", "闫工": "we"}
    assert book_side("Grace Whitlow", book) == "customer"
    assert book_side("Dr. Whitlow", book) == "customer"
    assert book_side("Grace", book) == "customer"
    assert book_side("Fu", book) == "we" and book_side("Dongsheng", book) == "we"
    assert book_side("庞经理", book) == "customer" and book_side("闫工", book) == "we"
    assert book_side("Quinn", book) is None
    assert book_side("Lee", {"Lee Brandt": "customer", "Li Lee": "we"}) is None  # both sides: no answer


def test_a_note_starting_with_a_listed_person_or_a_titled_stranger_takes_that_side() -> None:
    book = {"Grace Whitlow": "customer", "Fu Dongsheng": "we"}
    assert book_subject("Fu Dongsheng will send the wiring diagram by Friday.", book) == "we"
    assert book_subject("- Fu Dongsheng: wiring diagram, by Friday.", book) == "we"
    assert book_subject("After lunch, Fu Dongsheng offered a spare motor.", book) == "we"
    assert book_subject("Dr. Whitlow reported that the trial went well.", book) == "customer"
    assert book_subject("Tom Reyes (Senior Buyer) will take over the account;", book) == "customer"
    assert book_subject("Warehouse staff liked the new labels.", book) is None


MINUTES = (
    "Review call, kiln controls\n"
    "Date: Thursday 11 March 2027\n"
    "Present for Northgate: Hilde Sorensen (Operations Lead), Bram Lutz (Maintenance Engineer)\n"
    "Present for Zhuoyue: Kang Jie (Regional Manager), Wei Lanting (Account Manager), Tao Yiming (Field Engineer)\n"
    "\n"
    "Actions\n"
    "Bram Lutz listed three alarms to log. Tao Yiming will add them to the controller by Wednesday 17 March.\n"
    "Kang Jie will ask the factory about spare boards and answer by Friday 19 March.\n"
    "Hilde Sorensen will collect the shift logs and share them with Wei Lanting by Friday 12 March.\n"
)


def test_minutes_owners_follow_the_roster_for_staff_the_crm_does_not_know() -> None:
    d = Directory(ours=(Person("Wei Lanting"),), company_names=("Northgate Ceramics Ltd",))
    parsed = attribute(parse_conversation(MINUTES), d).parsed

    def owner(start: str) -> str:
        return step_owner(next(s for s in parsed.sentences if s.text.startswith(start)), parsed=parsed)

    assert owner("Tao Yiming will add") == "we"
    assert owner("Kang Jie will ask") == "we"
    assert owner("Hilde Sorensen will collect") == "customer"


def test_a_name_addressed_is_no_subject() -> None:
    book = {"Grace Whitlow": "customer", "Fu Dongsheng": "we", "庞立新": "customer", "闫工": "we"}
    assert book_subject("Grace, we can ship the dryer in May.", book) is None
    assert book_subject("Thank you, Grace, and good luck.", book) is None
    assert book_subject("闫工你能不能出一份报告？", book) is None
    assert book_subject("庞经理、闫工，欢迎欢迎。", book) is None
    assert book_subject("闫工明天发图纸。", book) == "we"


def test_people_joined_by_and_with_their_company_after_them_form_a_team() -> None:
    book = _book(
        "Video call, Tuesday\n"
        "Participants: Wei Lanting and Ms. Qiu Ran (application engineer), Lantu Machinery;\n"
        "Declan Moore (plant manager) and Sinead Walsh (buyer), Harbour Mills\n"
    )
    assert book == {
        "Wei Lanting": "we",
        "Ms. Qiu Ran": "we",
        "Declan Moore": "customer",
        "Sinead Walsh": "customer",
    }


def test_a_trailing_organisation_is_no_person_even_without_a_legal_word() -> None:
    book = _book("Participants: Wei Lanting (sales) and Ms. Qiu Ran (engineer), Lantu Machinery;\nOrla Byrne and Cian Daly, Riverside Golf Resort\n")
    assert book["Ms. Qiu Ran"] == "we"
    assert "Riverside Golf Resort" not in book


def test_a_surname_like_a_company_word_stays_a_person_and_a_persons_own_company_note_wins() -> None:
    line = "Participants: Wei Lanting (sales), Ma Kexin (engineer); Declan Moore (plant manager), Sarah Mills\n"
    assert ("", [("Declan Moore", "plant manager"), ("Sarah Mills", "")]) in _groups(line)  # a person, no team label
    book = _book("Participants: Wei Lanting (Lantu Machinery), Declan Moore and Sinead Walsh, Northgate Foods\n")
    assert book["Wei Lanting"] == "we"


def test_a_last_attendee_sharing_a_word_with_the_customer_stays_a_person() -> None:
    assert roster_book("Attendees: Tom Wu (sales), Ana Ferreira\n", ("Tom Wu",), ("Ferreira Foods",)) == {"Tom Wu": "we"}

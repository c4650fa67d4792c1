"""Roster layouts: a title before a Chinese name, "——" after a team, teams after a full stop; full names with a pronoun surname."""

from __future__ import annotations

from assistant.summaries.speakers_roster_book import book_subject, roster_book


def test_chinese_teams_after_a_dash_with_titles_before_names_are_placed() -> None:
    text = (
        "会议纪要：产线改造\n"
        "参会：远达——厂长 郑国梁、采购部主管 韦晓岚；启明——销售经理 欧阳帆、技术支持 柏志远\n"
        "记录：欧阳帆\n"
    )
    book = roster_book(text, ("欧阳帆",), ("苏州远达精密有限公司",))
    assert book == {"郑国梁": "customer", "韦晓岚": "customer", "欧阳帆": "we", "柏志远": "we"}
    assert book_subject("柏志远就交期跟工厂核对，周四前答复韦晓岚", book) == "we"
    assert book_subject("韦晓岚周三前把图纸发给欧阳帆", book) == "customer"


def test_english_teams_after_a_full_stop_with_a_dash_heading_are_placed() -> None:
    text = (
        "Minutes: depot lighting review\n"
        "Present: Harbour Rail - Nina Croft (Facilities Lead), Omar Quayle (Buyer). "
        "Lanyu Optics - Mr. He Jiarui (Field Engineer), Tang Wenbo (Account Manager)\n"
    )
    book = roster_book(text, ("Tang Wenbo",), ("Harbour Rail Services plc",))
    assert book["Nina Croft"] == "customer" and book["Omar Quayle"] == "customer"
    assert book["Mr. He Jiarui"] == "we" and book["Tang Wenbo"] == "we"


def test_a_full_name_with_a_pronoun_surname_still_names_the_person() -> None:
    book = {"He Jiarui": "we", "Ms. Yu Lanfang": "we", "Nina Croft": "customer"}
    assert book_subject("He Jiarui checks the driver firmware and reports back by Friday.", book) == "we"
    assert book_subject("Ms. Yu Lanfang discusses the deposit with finance.", book) == "we"
    assert book_subject("Mr. He Jiarui: sample by Monday.", book) == "we"
    assert book_subject("He will check the driver firmware.", book) is None


def test_a_team_listed_after_a_full_stop_keeps_its_side_as_speakers() -> None:
    import datetime as dt

    from assistant.summaries.speakers import Directory, attribute
    from assistant.summaries.speakers_directory import Person
    from assistant.text.conversation import parse_conversation

    text = (
        "Minutes: depot lighting review\n"
        "Present: Harbour Rail - Nina Croft (Facilities Lead), Omar Quayle (Buyer). "
        "Lanyu Optics - Ms. Yu Lanfang (Sales Manager), He Jiarui (Field Engineer), Tang Wenbo (Account Manager)\n\n"
        "Nina Croft: the depot needs 40 fittings by June.\n"
        "He Jiarui: I will check the driver firmware and report back by Friday.\n"
        "Tang Wenbo: the revised quotation goes out on Monday.\n"
    )
    directory = Directory(ours=(Person(name="Tang Wenbo"),), company_names=("Harbour Rail Services plc",))
    got = attribute(parse_conversation(text, we_names=("Tang Wenbo",), today=dt.date(2030, 4, 1)), directory)
    assert got.sides["He Jiarui"][0] == "we" and got.sides["Nina Croft"][0] == "customer"

"""Roster sides: headings decide before names and notes; common words and pronouns name nobody."""

from __future__ import annotations

from assistant.summaries.speakers_roster_book import book_subject, roster_book

OURS = ("Zhou Peiran", "Li Na")
CUSTOMER = ("Northgate Machinery Ltd",)


def _book(text: str, companies: tuple[str, ...] = CUSTOMER) -> dict[str, str]:
    return roster_book(text, OURS, companies)


def test_a_pronoun_or_common_word_that_equals_a_listed_single_name_is_no_subject() -> None:
    book = {"Sun He": "we", "Grace Obi": "customer", "May Tan": "customer", "Mark Ellis": "we", "Bo": "we"}
    assert book_subject("He will mail the floor plan on Thursday.", book) is None
    assert book_subject("Grace period on invoices stays at 45 days.", book) is None
    assert book_subject("May shipments are booked.", book) is None
    assert book_subject("Mark the crates with the order number.", book) is None
    assert book_subject("Bo will mail the floor plan on Thursday.", book) == "we"  # the whole listed name
    assert book_subject("Ellis said the crates are ready.", book) == "we"
    assert book_subject("Mr. Ellis will mail the floor plan.", book) == "we"


def test_a_heading_naming_the_customer_beats_a_crm_name_twin() -> None:
    book = _book(
        "Present for Northgate: Owen Tate, Li Na\nPresent for Zhuoyue: Zhou Peiran, Kang Jie\n"
    )
    assert book["Li Na"] == "customer" and book["Kang Jie"] == "we"


def test_a_persons_own_department_note_does_not_beat_a_decided_heading() -> None:
    book = _book("Our side: Kang Jie (Customer Success), Zhou Peiran\nClient: Owen Tate, Ruth Iles\n")
    assert book["Kang Jie"] == "we" and book["Owen Tate"] == "customer"
    zh = roster_book("参会人员：我方 康杰（客户服务部）、周沛然；客户方 欧文、魏蕾\n", ("周沛然",))
    assert zh["康杰"] == "we" and zh["欧文"] == "customer"


def test_a_generic_word_shared_with_the_customer_does_not_flip_our_team() -> None:
    book = _book("From Northgate: Owen Tate, Ruth Iles\nFrom Zhuoyue Machinery: Zhou Peiran, Kang Jie\n")
    assert book["Kang Jie"] == "we" and book["Owen Tate"] == "customer"
    zh = roster_book("苏州恒通：于涛、魏蕾\n苏州卓越机械：周沛然、邵明哲\n", ("周沛然",), ("苏州恒通机械有限公司",))
    assert zh["邵明哲"] == "we" and zh["魏蕾"] == "customer"


def test_department_notes_and_third_parties_place_nobody_on_the_other_side() -> None:
    book = _book("Attendees: Zhou Peiran (Engineering), Kang Jie (Marketing)\n")
    assert book.get("Kang Jie") != "customer"
    third = _book("Attendees: Zhou Peiran (Zhuoyue), Nadia Ruiz (Ruiz Freight), Owen Tate (Northgate site)\n")
    assert third.get("Nadia Ruiz") is None and third.get("Owen Tate") != "we"


def test_chat_turns_under_side_words_are_no_roster() -> None:
    assert _book("Customer: Fine, Wednesday.\nSales: Hello Owen, Hello Ruth\n") == {}
    assert _book("Client: Okay then\nUs: Hi Owen, Hi Ruth\n") == {}


def test_chinese_comparatives_name_nobody_and_names_with_he_stay_whole() -> None:
    book = roster_book("参会人员：我方 周沛然、康杰；客户方 于涛（采购）\n", ("周沛然",))
    assert book["于涛"] == "customer"
    assert book_subject("小于2%的损耗我们能接受。", book) is None
    assert book_subject("老于说下周来看设备。", book) == "customer"
    both = roster_book("参会人员：我方 周和安、康杰；客户方 于涛（采购）\n", ("周沛然",))
    assert both["周和安"] == "we" and both["康杰"] == "we"


def test_a_first_name_with_a_verb_or_a_whole_name_with_a_particle_is_a_subject() -> None:
    book = {"Anouk de Vries": "customer", "Kang Jie": "we"}
    assert book_subject("Anouk de Vries: that works for us.", book) == "customer"
    assert book_subject("Anouk accepted the revised terms.", book) == "customer"
    assert book_subject("Kang to send the wiring list by Monday.", book) == "we"


def test_an_engineer_titled_eng_is_listed_and_placed_with_the_customer() -> None:
    text = (
        "Attendees:\n"
        "- Al Noor Care Hospitals Company: Dr. Khalid Al-Otaibi (COO), Eng. Faisal Al-Harbi (Head of Biomedical"
        " Engineering), Ms. Noura Al-Qahtani (Procurement Manager)\n"
        "- Chenyi Trading: Zhan Haoran (Sales Manager), Ms. Mu Qingya (Application Engineer)\n"
    )
    book = roster_book(text, ("Zhan Haoran",), ("Al Noor Care Hospitals Company",))
    assert book["Eng. Faisal Al-Harbi"] == "customer"
    assert book_subject("Eng. Faisal: send the serial numbers tomorrow, 16 October.", book) == "customer"


def test_every_person_of_a_team_line_split_by_semicolons_is_on_that_team() -> None:
    text = (
        "参会人：\n"
        "客户方：康达医药物流 副总经理 冯振邦；信息部经理 邵启明；采购部 佟雅琳\n"
        "我方（晨屹）：销售经理 卜承泽；技术经理 栾启航；财务经理 敖静怡\n"
    )
    book = roster_book(text, ("卜承泽",), ("郑州康达医药物流有限公司",))
    assert book["栾启航"] == "we" and book["敖静怡"] == "we"
    assert book["邵启明"] == "customer"


def test_a_participants_line_headed_canyu_is_a_roster_not_our_team() -> None:
    text = "通话记录\n参与：鄢卓然（晨屹）、苏秀兰（岩韵茶业 理事长）、柯文彬（岩韵茶业 技术员）\n\n鄢卓然：苏理事长好。\n"
    book = roster_book(text, ("鄢卓然",), ("安溪岩韵茶业专业合作社",))
    assert book == {"鄢卓然": "we", "苏秀兰": "customer", "柯文彬": "customer"}


def test_a_later_clause_naming_its_own_company_is_not_the_headed_team() -> None:
    book = roster_book("参会：\n晨屹：卜承泽（销售）；冯振邦（康达医药物流 副总）\n", ("卜承泽",), ("康达医药物流",))
    assert book.get("冯振邦") != "we"
    en = roster_book(
        "Attendees:\nChenyi Trading: Lu Hang (Sales Manager); Sanne de Vries (Buyer, Veloxa)\n", ("Lu Hang",), ("Veloxa",)
    )
    assert en.get("Sanne de Vries") != "we"


def test_a_later_clause_whose_note_says_customer_is_not_the_headed_team() -> None:
    book = roster_book("参会：\n晨屹：卜承泽（销售）；冯振邦（客户 副总）\n", ("卜承泽",), ())
    assert book.get("冯振邦") != "we"

"""Sides from the CRM's people in every spelling, labels with names, headings and who addresses whom."""

from __future__ import annotations

import pytest

from assistant.name_pinyin import latin_forms
from assistant.summaries.speakers import Directory, Person, attribute
from assistant.summaries.speakers_directory import crm_side
from assistant.summaries.speakers_names import english_title_surname, same_latin
from assistant.text.conversation import parse_conversation
from assistant.text.conversation_headers import is_label_name
from assistant.text.conversation_roles import label_party

CRM = Directory(
    ours=(Person("孔令辉"), Person("黎明远", is_manager=True), Person("韦秀英")),
    company_names=("宁波蓝鲸文具有限公司",),
)


def test_pinyin_forms_of_our_users() -> None:
    assert latin_forms("黎明远") == ("li mingyuan", "mingyuan li", "limingyuan")
    assert latin_forms("Tom") == ()
    assert same_latin("Mingyuan Li (sales)", latin_forms("黎明远"))
    assert not same_latin("Lim", latin_forms("黎明远"))
    assert english_title_surname("Mr. Li") == "li" and english_title_surname("Li Ming") is None


@pytest.mark.parametrize(
    ("name", "spellings"),
    [("欧阳明", ("Ouyang Ming", "Ming Ouyang")), ("司马光", ("Sima Guang", "Guang Sima")), ("诸葛亮", ("Zhuge Liang",))],
)
def test_our_user_with_a_compound_surname_in_pinyin(name: str, spellings: tuple[str, ...]) -> None:
    crm = Directory(ours=(Person(name),))
    for spelling in spellings:
        assert crm_side(spelling, None, crm) == ("we", "crm"), spelling
    assert latin_forms(name)[0] == spellings[0].lower()
    assert crm_side("Ou Yangming", None, Directory(ours=(Person("欧阳明"),))) is None  # not split after "ou"


def test_crm_places_pinyin_names_manager_titles_and_company_notes() -> None:
    assert crm_side("Kong Linghui", None, CRM) == ("we", "crm")
    assert crm_side("Mr. Li", None, CRM) == ("we", "crm")  # our manager 黎明远
    assert crm_side("Ms. Wei", None, CRM) is None  # 韦秀英 is no manager: a surname is not enough
    assert crm_side("黎经理", None, CRM) == ("we", "crm")
    assert crm_side("黎总", None, CRM) is None  # 总 is the other company's boss
    assert crm_side("赵姐（蓝鲸文具）", None, CRM) == ("customer", "crm")
    assert crm_side("Mr. Li", None, Directory(ours=CRM.ours, theirs=(Person("Andrew Li"),))) == (
        "customer",
        "crm",
    )


def test_role_labels_with_a_name_in_brackets() -> None:
    assert label_party("客户（邓工）") == "customer"
    assert label_party("销售（小孔）") == "we"
    assert label_party("Buyer (Anna)") == "customer"
    assert label_party("邓工（蓝鲸）") is None


def test_headings_of_notes_are_not_speakers() -> None:
    assert not is_label_name("- Samples")
    assert not is_label_name("Action items")
    assert not is_label_name("2. Pricing")
    assert is_label_name("Anna van Dijk") and is_label_name("邓工")


def test_a_manager_on_a_call_is_ours_and_a_named_label_keeps_its_role() -> None:
    text = (
        "销售（孔令辉）：邓工您好，黎经理也在线上。\n"
        "客户（邓工）：好的。笔记本我们要五千本。\n"
        "黎经理：五千本可以做，我们明天把报价发给您。\n"
        "客户（财务小周）：付款要走月结六十天。\n"
    )
    a = attribute(parse_conversation(text, we_names=("孔令辉",)), CRM)
    assert a.sides["黎经理"][0] == "we"
    assert a.sides["客户（邓工）"] == ("customer", "label")
    assert a.sides["客户（财务小周）"] == ("customer", "label")
    assert a.unattributed == 0


def test_a_speaker_who_addresses_the_customer_by_name_is_ours() -> None:
    text = "客户（邓工）：样品收到了。\n阿杰：邓工，颜色还满意吗？\n客户（邓工）：还行。\n阿杰：那我周五前把大货排期发您。\n"
    a = attribute(parse_conversation(text), Directory())
    assert a.sides["阿杰"] == ("we", "addressing")


def test_a_customer_boss_form_is_not_a_greeting_of_our_users() -> None:
    text = "韦总：你们价格太高了。\n孔令辉：韦总，我们再看看。\n"
    a = attribute(parse_conversation(text), CRM)
    assert a.sides["韦总"][0] == "customer"  # our 韦秀英 does not make 韦总 ours


def test_third_person_notes_name_crm_people_without_a_roster() -> None:
    text = "拜访记录\n黎经理3月8日前出正式报价。\n邓总下周二前给门店分配表。\nMr. Li to call the buyer on Friday.\n"
    a = attribute(parse_conversation(text), CRM)
    side = {s.text: s.role for s in a.parsed.sentences}
    assert side["黎经理3月8日前出正式报价。"] == "we"
    assert side["邓总下周二前给门店分配表。"] == "customer"
    assert side["Mr. Li to call the buyer on Friday."] == "we"


def test_english_minutes_with_an_attendee_roster() -> None:
    text = (
        "Meeting notes, Tue 2 March 2027\n"
        "Attendees: Nora Quinn (Buyer), Sam Ortiz (Finance), Kong Linghui and Mr. Li (us)\n"
        "- Pricing: Nora asked for 0.85 per notebook.\n"
        "- Action items: Kong Linghui to send the cover samples by Friday;\n"
        "Sam Ortiz to confirm the payment terms next week.\n"
    )
    a = attribute(parse_conversation(text), CRM)
    side = {s.text: s.role for s in a.parsed.sentences}
    assert side["Kong Linghui to send the cover samples by Friday;"] == "we"
    assert side["Sam Ortiz to confirm the payment terms next week."] == "customer"
    assert not a.parsed.speakers  # "- Pricing:" and "- Action items:" are headings


def test_numbered_chinese_headings_and_dated_titles_are_not_speakers() -> None:
    assert not is_label_name("三、付款")
    assert not is_label_name("通话记录 2027-02-03 10")

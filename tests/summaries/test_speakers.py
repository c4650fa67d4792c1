"""Speakers to sides with the CRM: names, contacts, honorifics, email domains, mentions, unknowns."""

from __future__ import annotations

from types import SimpleNamespace

from sqlalchemy.orm import Session

from assistant.crm.models import Contact
from assistant.summaries.speakers import Directory, Person, attribute
from assistant.text.conversation import parse_conversation


def _sides(text: str, directory: Directory) -> dict[str, tuple[str, str]]:
    return attribute(parse_conversation(text), directory).sides


def test_rep_and_contacts_from_the_crm(session: Session, crm: SimpleNamespace) -> None:
    session.add_all(
        [
            Contact(customer_id=crm.acme.id, name="王建国", title="总经理", email="wjg@hongda.cn"),
            Contact(customer_id=crm.acme.id, name="赵敏", title="采购", email="zm@hongda.cn"),
        ]
    )
    session.commit()
    session.refresh(crm.acme)
    directory = Directory.from_crm(session, user=crm.users["rep01"], customer=crm.acme)
    assert directory.ours[0].name == "李娜"
    text = "李娜：王总好，样品明天寄出。\n王总：好，下周三前把报价单发我。\n周经理：我们争取下周三之前把框架协议草稿发给您。\n赵敏：收到"
    sides = _sides(text, directory)
    assert sides["李娜"] == ("we", "crm")
    assert sides["王总"] == ("customer", "crm")  # 王建国, the customer's 总经理
    assert sides["周经理"] == ("we", "crm")  # our manager
    assert sides["赵敏"] == ("customer", "crm")


def test_a_shared_surname_is_not_the_same_person() -> None:
    directory = Directory(ours=(Person("王芳"),))
    sides = _sides("王芳：王总您好，报价已发。\n王总：下周三前把报价单发我", directory)
    assert sides == {"王芳": ("we", "crm"), "王总": ("customer", "other")}


def test_email_domain_of_a_known_speaker_carries_over() -> None:
    text = (
        "From: Iris Gao <iris@hengda-tex.cn>\nDate: 2026-11-25 09:00\n\nWe will ship on Friday.\n\n"
        "From: Sam Cole <sam@hengda-tex.cn>\nDate: 2026-11-24 18:00\n\nThe QC report is attached.\n\n"
        "From: Paula Reyes <paula@casa-viva.es>\nDate: 2026-11-24 10:00\n\nWhere is our order?\n"
    )
    directory = Directory(ours=(Person("Iris Gao", "iris@hengda-tex.cn"),))
    sides = _sides(text, directory)
    assert sides["Iris Gao"] == ("we", "crm")
    assert sides["Sam Cole"] == ("we", "domain")
    assert sides["Paula Reyes"][0] == "customer"


def test_webmail_domains_prove_nothing() -> None:
    text = (
        "From: Iris Gao <iris.gao@gmail.com>\n\nThe price is 4.2.\n\n"
        "From: Tom Yu <tomyu@gmail.com>\n\nOK.\n\nFrom: Ann Lee <ann@x-retail.com>\n\nNoted.\n"
    )
    sides = _sides(text, Directory(ours=(Person("Iris Gao", "iris.gao@gmail.com"),)))
    assert sides["Iris Gao"][0] == "we" and sides["Tom Yu"][1] != "domain"


def test_mentions_place_a_speaker_on_the_speakers_side() -> None:
    text = "小陈：王总，我们刘经理下午给您打电话。\n刘经理：王总好，合同我看过了。\n王总：好的。\n阿May：我们老板也在。"
    sides = _sides(text, Directory(ours=(Person("陈晨"),)))
    assert sides["小陈"] == ("we", "crm")  # 小 + our rep's surname
    assert sides["刘经理"] == ("we", "mention")
    assert sides["王总"][0] == "customer"


def test_role_labels_win_and_unattributable_speakers_are_counted() -> None:
    parsed = parse_conversation("Speaker 1: Hello.\nSpeaker 2: Hi there.\nSpeaker 3: The sample is fine.")
    result = attribute(parsed, Directory())
    assert set(result.sides.values()) == {("unknown", "none")}
    assert result.unattributed == 3
    assert result.warning("en") == "Owners could not be attributed for 3 sentences (speaker unknown)."
    assert "3 句" in (result.warning("zh") or "")
    labelled = attribute(parse_conversation("客户：太贵了。\n销售：可以打九折。"), Directory())
    assert labelled.unattributed == 0 and labelled.warning() is None


def test_two_party_talk_with_one_known_side() -> None:
    parsed = parse_conversation("[24.11.26, 09:14] Paula: Any news?\n[24.11.26, 09:20] Ben Xu: Tomorrow.")
    result = attribute(parsed, Directory(ours=(Person("Ben Xu"),)))
    assert result.sides == {"Paula": ("customer", "other"), "Ben Xu": ("we", "crm")}
    assert [s.party for s in result.parsed.sentences] == ["customer", "we"]


def test_a_blank_name_in_the_crm_breaks_no_summary() -> None:
    from assistant.summaries.speakers_addressed import greets

    assert greets(["Hi Kevin, the samples arrived."], (Person(" "), Person("Kevin Li"))) is True
    sides = _sides("Kevin：Hi Anna, samples are out.\nAnna：Thanks", Directory(ours=(Person(""), Person("Kevin Li"))))
    assert sides["Kevin"][0] == "we"


def test_a_name_matched_only_by_unicode_case_folding_names_no_one() -> None:
    # re.I matches "ſam" to "Sam" but "ſam".lower() is not "sam": no vote, no crash
    sides = _sides("Li Na: Sam, can you check?\nSam: ſam, sure.", Directory(ours=(Person("Li Na"),)))
    assert sides["Li Na"][0] == "we"


def test_a_group_member_mentioning_our_rep_is_the_customer() -> None:
    text = "苗一航 09:00：@祁若兰 祁经理，清单今天发。\n祁若兰 09:05：收到。\n尤嘉 09:20：@祁若兰 样品到了吗？\n"
    result = attribute(parse_conversation(text), Directory(ours=(Person("祁若兰"),)))
    assert result.sides["苗一航"][0] == "customer" and result.sides["尤嘉"][0] == "customer"


def test_another_voice_in_the_customers_group_chat_is_theirs() -> None:
    text = "苗一航 09:00：@祁若兰 清单今天发。\n祁若兰 09:05：收到。\n郑可 09:20：付款我们一般是验收后两个月。\n"
    result = attribute(parse_conversation(text), Directory(ours=(Person("祁若兰"),)))
    assert result.sides["郑可"][0] == "customer"


def test_a_voice_speaking_for_our_side_in_the_group_stays_unplaced() -> None:
    text = (
        "[09:00] Tom: Hi Kevin, any news on the order?\n[09:10] Kevin: Yes, soon.\n"
        "[09:20] Wang Li: Hi Tom, we can offer a 2-year warranty and I will send you the spec sheet today.\n"
    )
    result = attribute(parse_conversation(text), Directory(ours=(Person("Kevin"),)))
    assert result.sides["Wang Li"][0] == "unknown"


def test_a_customer_saying_nin_to_our_rep_in_the_group_is_still_theirs() -> None:
    text = "苗一航 09:00：@祁若兰 清单今天发。\n祁若兰 09:05：收到。\n郑可 09:20：祁经理您好，付款我们一般是验收后两个月。\n"
    result = attribute(parse_conversation(text), Directory(ours=(Person("祁若兰"),)))
    assert result.sides["郑可"][0] == "customer"


def test_another_voice_in_a_labelled_chat_without_timestamps_is_theirs() -> None:
    text = (
        "Sanne de Vries: Hi Yunfan, we need 4,000 sets of HB-220 brakes.\n"
        "Chai Yunfan: Hi Sanne, Chai Yunfan from Chenyi Trading here. HB-220 is EUR 19.40 per set.\n"
        "Joost Bakker: Joost here, product manager. We need the EMC report in our technical file by 1 July.\n"
        "Joost Bakker: I'll send the firmware spec for the start screen by Monday.\n"
    )
    result = attribute(parse_conversation(text), Directory(ours=(Person("Chai Yunfan"),)))
    assert result.sides["Joost Bakker"][0] == "customer"


def test_a_labelled_speaker_of_minutes_with_a_roster_is_not_guessed_from_the_chat_rule() -> None:
    text = (
        "Attendees: Chenyi Trading: Chai Yunfan; Veloxa: Sanne de Vries\n"
        "Sanne de Vries: We need 4,000 sets.\n"
        "Chai Yunfan: EUR 19.40 per set.\n"
        "Joost Bakker: Our lab slot is 13 June.\n"
    )
    result = attribute(parse_conversation(text), Directory(ours=(Person("Chai Yunfan"),)))
    assert result.sides.get("Joost Bakker", ("unknown", ""))[1] != "group"


def test_an_unnamed_voice_of_labelled_talk_that_states_no_need_stays_unplaced() -> None:
    text = (
        "Sanne de Vries: Hi Yunfan, we need 4,000 sets of HB-220 brakes.\n"
        "Chai Yunfan: Hi Sanne, HB-220 is EUR 19.40 per set.\n"
        "Lu Hang: Hi Sanne, Lu Hang from the engineering team. The EMC report for the HB-220 is ready.\n"
    )
    result = attribute(parse_conversation(text), Directory(ours=(Person("Chai Yunfan"),)))
    assert result.sides["Lu Hang"][0] == "unknown"


def test_a_voice_asking_for_the_customers_drawing_or_sharing_our_reps_name_stays_unplaced() -> None:
    base = "Sanne de Vries: Hi Yunfan, we need 4,000 sets of HB-220 brakes.\nChai Yunfan: Hi Sanne, EUR 19.40 per set.\n"
    for voice in (
        "Lu Hang: Hi Sanne, Lu Hang from our engineering team. We need your frame drawing by Friday.\n",
        "Chai Ming: Hi Sanne, we need the frame drawing by Friday.\n",
    ):
        name = voice.split(":")[0]
        result = attribute(parse_conversation(base + voice), Directory(ours=(Person("Chai Yunfan"),)))
        assert result.sides[name][0] == "unknown", voice

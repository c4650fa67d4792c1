"""Bulleted minutes under a company roster: each "- Name: …" line, every sentence of it, is that person's side."""

from __future__ import annotations

from assistant.summaries.speakers import Directory, Person, attribute
from assistant.text.conversation import parse_conversation

MINUTES = (
    "MINUTES - Cold room panels\nAttendees:\nNordfrost AS: Ingrid Dahl (buyer), Ola Berg (site manager)\n"
    "Chenyi Trading: Mr. Kong Wei (sales director), Tang Yu (account manager)\nMinutes: Tang Yu\n\n"
    "1. Price\n- Ingrid: the offer is NOK 10,000 above our budget. A local maker quoted less.\n"
    "- Mr. Kong: we can hold the price for two weeks. The panels are thicker than theirs.\n"
    "- Ola: the site must be dry before installation.\n"
)


def _roles() -> dict[str, str]:
    parsed = attribute(parse_conversation(MINUTES), Directory(ours=(Person("Tang Yu"),), company_names=("Nordfrost AS",)))
    return {s.text: s.role for s in parsed.parsed.sentences}


def test_each_bullet_is_its_speakers_side_not_the_roster_companys() -> None:
    roles = _roles()
    assert roles["- Ingrid: the offer is NOK 10,000 above our budget."] == "customer"
    assert roles["- Mr. Kong: we can hold the price for two weeks."] == "we"
    assert roles["- Ola: the site must be dry before installation."] == "customer"


def test_a_second_sentence_of_a_bullet_keeps_its_speakers_side() -> None:
    roles = _roles()
    assert roles["A local maker quoted less."] == "customer"
    assert roles["The panels are thicker than theirs."] == "we"


ZH_MINUTES = (
    "冷库项目会议纪要\n参会人员：\n鲜达冷链：潘国强（总经理）、温晓东（采购总监）\n晨屹：孔伟（销售总监）、唐雨（客户经理）\n"
    "记录：唐雨\n\n一、价格\n1. 温晓东：报价比预算高了八万。另外隔壁那家报得更低。\n"
    "2. 孔伟：价格可以保留两周。我们的板材比他们厚。\n"
)


def test_numbered_zh_minutes_under_a_note_taker_line_keep_each_persons_side() -> None:
    d = Directory(ours=(Person("唐雨"),), company_names=("鲜达冷链",))
    roles = {s.text: s.role for s in attribute(parse_conversation(ZH_MINUTES), d).parsed.sentences}
    assert roles["温晓东：报价比预算高了八万。"] == "customer"
    assert roles["另外隔壁那家报得更低。"] == "customer"
    assert roles["孔伟：价格可以保留两周。"] == "we"
    assert roles["我们的板材比他们厚。"] == "we"


def test_a_heading_bullet_gives_its_later_sentences_no_side() -> None:
    text = MINUTES.replace("- Ola: the site", "- Pricing: Ingrid Dahl asked for a lower price. NOK 95 was accepted.\n- Ola: the site")
    d = Directory(ours=(Person("Tang Yu"),), company_names=("Nordfrost AS",))
    roles = {s.text: s.role for s in attribute(parse_conversation(text), d).parsed.sentences}
    assert roles["NOK 95 was accepted."] == "unknown"


def test_a_call_note_headed_participants_in_chinese_places_each_speaker() -> None:
    call = (
        "电话记录  2031年3月12日\n参与：贝立新（晨屹销售）；郑晓雯（远帆食品 采购经理）\n\n"
        "贝立新：郑经理好。\n郑晓雯：冷库要三间。\n"
    )
    d = Directory(ours=(Person("贝立新"),), company_names=("远帆食品有限公司",))
    roles = {s.speaker: s.role for s in attribute(parse_conversation(call), d).parsed.sentences if s.speaker}
    assert roles == {"贝立新": "we", "郑晓雯": "customer"}

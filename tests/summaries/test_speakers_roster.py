"""Sides read from the roster of meeting notes and call transcripts."""

from __future__ import annotations

from assistant.summaries.speakers_roster import roster_sides, subject_sides


def test_chinese_roster_with_side_markers() -> None:
    text = "会议纪要\n参会：我方 王磊（销售）、赵刚（经理）；客户方 孙红（采购）、钱多\n\n孙红：开始吧。"
    sides = roster_sides(text, ["王磊", "赵刚", "孙红", "钱多"])
    assert sides == {
        "王磊": ("we", "roster"),
        "赵刚": ("we", "roster"),
        "孙红": ("customer", "roster"),
        "钱多": ("customer", "roster"),
    }


def test_parentheticals_name_the_company_or_our_side() -> None:
    text = "Participants: Li Hua (our sales), Grace Lee (Head of Buying, Northwind Traders)\n\nGrace: hi"
    sides = roster_sides(text, ["Li Hua", "Grace"], ("Northwind Traders Pty Ltd",))
    assert sides == {"Li Hua": ("we", "roster"), "Grace": ("customer", "roster")}
    assert roster_sides("参会：周明（华信采购经理）", ["周明"], ("深圳华信电子有限公司",)) == {
        "周明": ("customer", "roster")
    }


def test_names_outside_the_roster_stay_unattributed() -> None:
    assert roster_sides("第一行\n第二行\n王五：你好", ["王五"]) == {}


MINUTES = (
    "会议纪要｜华峰 × 我司 包材年度洽谈\n"
    "我方：周倩（销售）、马建国（销售经理）、助理小田\n"
    "客户方：采购部孔德明经理、品控部吴工\n\n"
    "孔经理说，春节前要先到一批彩盒。\n"
    "周倩周五前把打样稿发给吴工确认。\n"
    "吴工会把检验标准整理好发给我们。\n"
    "马经理答应运费我们承担一半。\n"
    "小田负责跟进物流。\n"
    "价格问题下次再谈。\n"
)


def test_third_person_minutes_take_the_side_of_the_roster_person_they_start_with() -> None:
    lines = MINUTES.splitlines()[4:]
    assert subject_sides(MINUTES, lines) == {
        "孔经理说，春节前要先到一批彩盒。": "customer",  # 孔经理 = 孔德明经理 on the customer's side
        "周倩周五前把打样稿发给吴工确认。": "we",
        "吴工会把检验标准整理好发给我们。": "customer",
        "马经理答应运费我们承担一半。": "we",  # 马经理 = 马建国 (销售经理)
        "小田负责跟进物流。": "we",
    }


def test_english_minutes_and_names_the_roster_does_not_place() -> None:
    text = "Meeting notes\nAttendees: Nora Vance (our sales), Piet de Wit (buyer, Dekker BV)\n\n"
    got = subject_sides(
        text, ["Piet to send the drawings by Friday.", "Nora will send the quote.", "Sam will call."]
    )
    assert got == {"Piet to send the drawings by Friday.": "customer", "Nora will send the quote.": "we"}
    assert subject_sides("随便写的几行\n王五明天发货。", ["王五明天发货。"]) == {}  # no roster, no side


def test_subject_sides_reads_the_roster_once_for_all_sentences(monkeypatch) -> None:
    import assistant.summaries.speakers_roster as roster

    calls: list[list[str]] = []
    real = roster.roster_sides

    def counting(source: str, names: list[str], companies: tuple[str, ...] = ()) -> dict:
        calls.append(list(names))
        return real(source, names, companies)

    monkeypatch.setattr(roster, "roster_sides", counting)
    got = roster.subject_sides(MINUTES, MINUTES.splitlines()[4:])
    assert len(calls) == 1 and set(calls[0]) == {"孔德明", "周倩", "吴工", "马建国", "小田"}
    assert got["马经理答应运费我们承担一半。"] == "we" and len(got) == 5


def test_a_line_under_a_persons_label_that_names_another_roster_person_is_that_persons() -> None:
    from assistant.summaries.speakers import Directory, attribute
    from assistant.text.conversation import parse_conversation

    notes = (
        "拜访纪要\n我方：周倩（销售）、马建国（销售经理）\n客户方：采购部孔德明经理、品控部吴工\n\n"
        "孔经理补充：包装要防潮。吴工会把验货标准发给我们。\n"
        "马经理回应：运费可以商量。周倩明天把打样稿发过去。\n"
    )
    parsed = attribute(parse_conversation(notes), Directory()).parsed
    side = {s.text: s.role for s in parsed.sentences}
    assert side["吴工会把验货标准发给我们。"] == "customer"
    assert side["周倩明天把打样稿发过去。"] == "we"


def test_a_for_line_that_is_not_the_customers_lists_our_people() -> None:
    text = (
        "Site visit notes\nVenue: Brightwater Farms, buying office (Ms. Ruan dialling in)\n"
        "For Brightwater Farms: Olu Adebayo (Buyer)\n"
        'For Lantern Pumps: Wei Jia (Sales), Ruan Meiling (Service Lead, "Ms. Ruan")\n\nMs. Ruan: hello'
    )
    sides = roster_sides(text, ["Ms. Ruan", "Olu Adebayo", "Wei Jia"], ("Brightwater Farms Ltd",))
    assert sides == {
        "Ms. Ruan": ("we", "roster"),
        "Olu Adebayo": ("customer", "roster"),
        "Wei Jia": ("we", "roster"),
    }


def test_a_place_line_places_nobody() -> None:
    text = "拜访记录\n地点：青禾茶业采购部会议室（柏工远程）\n代表青禾茶业：龚丽（采购）\n代表我司：柏工、沈悦\n\n柏工：好的"
    assert roster_sides(text, ["柏工"], ("青禾茶业有限公司",)) == {"柏工": ("we", "roster")}

"""Numbered action items that name their owner keep that owner's side, not the last speaker's."""

from __future__ import annotations

from assistant.summaries.speakers import Directory, Person, attribute
from assistant.summaries.speakers_items import item_owner
from assistant.text.conversation import parse_conversation

MINUTES = (
    "会议纪要：滨江酒店 布草采购\n"
    "我方：韩磊（客户经理）、严经理（销售经理）\n"
    "客方：采购部 魏明（采购主管）\n"
    "韩磊：床单我们报的是每条58元。\n"
    "魏明：价格还要再看看，回头我把入住率数据发给韩磊。\n"
    "\n"
    "会后待办\n"
    "1. 韩磊：把分批交货条款写进报价单，周五前发魏主管。\n"
    "2. 魏明：下周二前确认首批数量。\n"
    "3. 严经理、韩磊：申请特价。\n"
)


def _roles() -> dict[str, str]:
    d = Directory(ours=(Person("韩磊"), Person("严文涛", is_manager=True)))  # our manager, by title
    parsed = attribute(parse_conversation(MINUTES), d).parsed
    return {s.text: s.role for s in parsed.sentences}


def test_our_reps_item_sent_to_the_customer_is_ours() -> None:
    roles = _roles()
    item = next(t for t in roles if t.startswith("韩磊：把分批交货条款"))
    assert roles[item] == "we"  # sent to 魏主管, but 韩磊 acts


def test_the_customers_item_stays_the_customers() -> None:
    roles = _roles()
    assert roles[next(t for t in roles if t.startswith("魏明：下周二前"))] == "customer"


def test_several_owners_on_our_side_are_ours() -> None:
    roles = _roles()
    assert roles[next(t for t in roles if t.startswith("严经理、韩磊"))] == "we"


def test_owners_on_both_sides_or_unknown_names_place_nothing() -> None:
    d = Directory(ours=(Person("韩磊"),))
    sides = {"韩磊": ("we", "crm"), "魏明": ("customer", "roster")}
    assert item_owner("韩磊、魏明：一起核对样品。", sides, d) is None
    assert item_owner("注意事项：价格不含税。", sides, d) is None
    assert item_owner("3. Ken Wu: send the revised drawing.", {"Ken Wu": ("we", "crm")}, d) == (
        "we",
        "Ken Wu",
    )


def test_a_title_in_an_earlier_names_parenthetical_is_no_side_marker() -> None:
    from assistant.summaries.speakers_roster import roster_sides

    roster = "我方：周凯（客户经理）、孙工（售后工程师）\n客方：设备部 钱伟（采购经理）\n"
    sides = roster_sides(roster, ["周凯", "孙工", "钱伟"])
    assert sides["孙工"] == ("we", "roster")  # not the customer because of "客户经理" before him
    assert sides["周凯"] == ("we", "roster")
    assert sides["钱伟"] == ("customer", "roster")


def test_an_item_owner_listed_in_the_roster_is_placed_by_it_over_a_misread_speaker() -> None:
    assert item_owner(
        "訾晓雯：向认证机构了解能否加急，下周三前书面答复。",
        {"訾晓雯": ("customer", "greeting")},
        Directory(),
        {"訾晓雯": "we"},
    ) == ("we", "訾晓雯")
    assert item_owner("阙明辉：6月20日前提供总平面图。", {}, Directory(), {"阙明辉": "customer"}) == (
        "customer",
        "阙明辉",
    )
    assert item_owner("某某：提供图纸。", {}, Directory(), {}) is None


def test_a_known_speaker_side_beats_a_crm_surname_guess() -> None:
    d = Directory(ours=(Person("李娜"),), theirs=(Person("王芳"),))
    assert item_owner("王工：下周一前提供图纸。", {"王工": ("we", "introduced")}, d) == ("we", "王工")

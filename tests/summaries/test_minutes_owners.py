"""Owners of action items in meeting minutes: our CRM users are ours, the customer's people theirs."""

from __future__ import annotations

from assistant.summaries.speakers import Directory, Person, attribute
from assistant.summaries.speakers_roster import roster_sides
from assistant.text.conversation import parse_conversation

MINUTES = (
    "会议纪要（5月6日）\n"
    "参会：明德学校 郑校长、总务处蔡主任；我方 刘洋、唐经理\n"
    "1. 郑校长介绍：新校区需要课桌椅600套。\n"
    "行动项：\n"
    "- 刘洋：下周一前提交正式报价和检测报告。\n"
    "- 蔡主任：5月15日前确认最终数量。\n"
    "- 郑校长：安排下周五到我方工厂参观。\n"
    "- 严会计：今天下午发合同模板。\n"
    "- 唐经理：周三前申请特价。\n"
)


def _roles() -> dict[str, str]:
    d = Directory(ours=(Person("刘洋"), Person("唐志强")), company_names=("杭州明德学校",))
    parsed = attribute(parse_conversation(MINUTES), d).parsed
    return {s.text: s.role for s in parsed.sentences}


def test_company_named_in_the_roster_puts_its_people_on_the_customer_side() -> None:
    sides = roster_sides(MINUTES, ["郑校长", "蔡主任", "刘洋"], ("杭州明德学校",))
    assert sides["郑校长"] == ("customer", "roster")
    assert sides["蔡主任"] == ("customer", "roster")
    assert sides["刘洋"] == ("we", "roster")


def test_clause_beside_our_clause_is_the_customer() -> None:
    sides = roster_sides("参会：钱院长、龙主管；我方 何平\n", ["钱院长", "龙主管", "何平"])
    assert sides == {
        "钱院长": ("customer", "roster"),
        "龙主管": ("customer", "roster"),
        "何平": ("we", "roster"),
    }


def test_action_items_are_owned_by_the_named_side() -> None:
    roles = _roles()
    assert roles["- 刘洋：下周一前提交正式报价和检测报告。"] == "we"
    assert roles["- 唐经理：周三前申请特价。"] == "we"
    assert roles["- 蔡主任：5月15日前确认最终数量。"] == "customer"
    assert roles["- 郑校长：安排下周五到我方工厂参观。"] == "customer"
    assert roles["- 严会计：今天下午发合同模板。"] == "customer"  # in no roster and none of our users


def test_roster_line_is_no_action_item() -> None:
    assert _roles()["参会：明德学校 郑校长、总务处蔡主任；"] == "unknown"


def test_a_titled_speaker_none_of_our_users_is_the_customer() -> None:
    text = "胡凯：合同用贵司的模板也可以。\n严总：那就用我们的。\n钱会计：模板我下午发你。\n唐经理：好的，我们今天审。\n"
    d = Directory(ours=(Person("胡凯"), Person("唐志强")))
    sides = attribute(parse_conversation(text), d).sides
    assert sides["钱会计"] == ("customer", "not ours")
    assert sides["唐经理"][0] != "customer"  # shares a surname with our 唐志强


def test_a_heading_before_the_owner_is_skipped() -> None:
    text = "参会：明德学校 郑校长；我方 刘洋\n7. 后续：刘洋周五前把修改后的合同发给郑校长；郑校长下周一前回复。\n"
    d = Directory(ours=(Person("刘洋"),), company_names=("杭州明德学校",))
    roles = {s.text: s.role for s in attribute(parse_conversation(text), d).parsed.sentences}
    assert roles["后续：刘洋周五前把修改后的合同发给郑校长；"] == "we"
    assert roles["郑校长下周一前回复。"] == "customer"

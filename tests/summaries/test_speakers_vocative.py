"""Unknown speakers that a known speaker addresses by name are on the other side."""

from __future__ import annotations

from dataclasses import replace

from assistant.summaries.speakers import Directory, Person, attribute
from assistant.text.conversation import parse_conversation

CALL = (
    "Liu Yang: Good morning Anouk, good morning Bram. Thanks for joining.\n"
    "Anouk Jansen: Morning. Bram is from our quality team.\n"
    "Liu Yang: Bram, did the samples pass the drop test?\n"
    "Bram Visser: Yes, all of them passed.\n"
    "Anouk Jansen: I will talk to our director on Friday and come back to you on Monday.\n"
)


def test_people_our_rep_greets_by_name_are_the_customers() -> None:
    sides = attribute(parse_conversation(CALL), Directory(ours=(Person("Liu Yang"),))).sides
    assert sides["Anouk Jansen"] == ("customer", "addressed")
    assert sides["Bram Visser"] == ("customer", "addressed")
    assert sides["Liu Yang"][0] == "we"


def test_no_vocative_leaves_the_speaker_unknown() -> None:
    text = "Liu Yang: The samples went out yesterday.\nKees Smit: Thanks, we will test them.\n"
    sides = attribute(parse_conversation(text), Directory(ours=(Person("Liu Yang"),))).sides
    assert sides["Kees Smit"][1] != "addressed"


def test_a_salutation_parsed_as_a_label_is_not_placed() -> None:
    text = "Liu Yang：韩老师您好，样品已寄出。\n韩老师您好：请查收。\n孙芳：收到。\n"
    sides = attribute(parse_conversation(text), Directory(ours=(Person("Liu Yang"),))).sides
    assert "韩老师您好" in sides
    assert sides["韩老师您好"][1] != "addressed"


def test_each_person_greeted_in_one_opening_line_is_the_customers() -> None:
    text = (
        "He Yong: Hello Ingrid, hello Tomas. Our engineer Mr. Xu is on the line too.\n"
        "Ingrid: Hello. Tomas runs our warehouse.\n"
        "Tomas: I will mail you the dock drawings on Thursday.\n"
    )
    sides = attribute(parse_conversation(text), Directory(ours=(Person("He Yong"),))).sides
    assert sides["Ingrid"] == ("customer", "addressed")
    assert sides["Tomas"] == ("customer", "addressed")


def test_a_closing_summary_names_who_acts_on_each_side() -> None:
    from assistant.summaries.owners import step_owner

    text = (
        "参会：我方 罗晓（销售）、陈工（工程师）；客户方 邵明（采购经理）、葛丽（仓库主管）\n"
        "罗晓：价格就按昨天说的。\n"
        "邵明：待办：罗晓这周五前发合同草稿；陈工下周一发安装图；葛丽明天发仓库平面图。\n"
        "邵明：罗晓说得对，我们下周一确认。\n"
    )
    directory = Directory(ours=(Person("罗晓"),), company_names=("盛泰仓储有限公司",))
    parsed = attribute(parse_conversation(text), directory).parsed
    owners = {}
    for s in parsed.sentences:
        for cut in ("罗晓这周五", "陈工下周一", "葛丽明天", "我们下周一"):
            if cut in s.text:
                part = replace(s, start=s.start + s.text.index(cut), text=s.text[s.text.index(cut) :])
                owners[cut] = step_owner(part, parsed=parsed)
    assert owners == {"罗晓这周五": "we", "陈工下周一": "we", "葛丽明天": "customer", "我们下周一": "customer"}


def test_without_a_roster_a_labelled_turn_keeps_its_speakers_side() -> None:
    from assistant.summaries.owners import step_owner

    text = (
        "销售：交货期没问题。\n"
        "客户：付款还是老规矩，三成定金，验收后付七成。\n"
        "销售：定金比例我得问一下我们经理，后天上午答复您。\n"
    )
    parsed = attribute(parse_conversation(text), Directory(ours=(Person("罗晓"),))).parsed
    last = parsed.sentences[-1]
    assert step_owner(last, parsed=parsed) == "we"

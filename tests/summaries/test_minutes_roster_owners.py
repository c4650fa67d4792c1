"""Owners in meeting minutes: the roster outranks vocative guesses; "五、" numbers an item like "5."."""

from __future__ import annotations

from assistant.summaries.owners import step_owner
from assistant.summaries.speakers import Directory, Person, attribute
from assistant.text.conversation import parse_conversation

# Numbered action items are not speaker labels, so they read as the last speaker's sentences that
# open with a name: "唐志强：…" must not make that speaker the customer, nor the speaker make 吴科 ours.
MINUTES = (
    "会议纪要：病床采购洽谈\n"
    "我方：唐志强（销售经理）、马超（销售）、孙工（售后工程师）\n"
    "客户：吴科（设备科科长）、沈丽（护理部主任）\n\n"
    "吴科：新病区一共一百张床位。\n"
    "马超：电动床我们推荐五功能款。\n"
    "唐志强：床垫的折扣我回去申请。\n"
    "孙工：培训没问题，装完当天我在现场讲。\n\n"
    "行动项\n"
    "1. 唐志强：下周一前答复床垫能否打九折。\n"
    "2. 吴科：5月20日办公会上报采购方案，会后当天通知我方结果。\n"
)


def _attributed():
    d = Directory(ours=(Person("马超"), Person("唐志强")))
    return attribute(parse_conversation(MINUTES), d)


def test_roster_side_is_not_overridden_by_a_numbered_item_read_as_a_vocative() -> None:
    sides = _attributed().sides
    assert sides["孙工"][0] == "we"
    assert sides["吴科"][0] == "customer"


def test_customer_item_telling_us_the_result_is_the_customers_step() -> None:
    parsed = _attributed().parsed
    s = next(x for x in parsed.sentences if x.text.startswith("吴科：5月20日"))
    assert step_owner(s, parsed=parsed) == "customer"


CLOSING = (
    "我方：马超（销售）、孙工（工程师）\n"
    "客户：邓国华（采购经理）、曾海燕（仓库主管）\n\n"
    "孙工：不锈钢地脚螺栓每个货位加八块钱左右。\n"
    "邓国华：今天先到这里。总结一下：\n"
    "一、总价四十九万，包安装；\n"
    "二、孙工这周五前把试验报告样本发给曾主管；\n"
    "三、曾海燕下周一前把库位图发给马超。\n"
)


def test_chinese_numbered_point_naming_our_engineer_is_ours() -> None:
    d = Directory(ours=(Person("马超"),))
    parsed = attribute(parse_conversation(CLOSING), d).parsed
    ours = next(x for x in parsed.sentences if "孙工这周五前" in x.text)
    theirs = next(x for x in parsed.sentences if "曾海燕下周一前" in x.text)
    assert step_owner(ours, parsed=parsed) == "we"
    assert step_owner(theirs, parsed=parsed) == "customer"


def test_numbered_reads_only_an_item_number_or_bullet_at_the_line_start() -> None:
    from assistant.summaries.speakers_roster import numbered

    src = "孙工：我来讲。\n2. 吴科：会后通知我方。\n五、孙工周五前发报告。\n价格是15. 吴科：好。\n"
    assert numbered(src, src.index("吴科：会后"))
    assert numbered(src, src.index("孙工周五"))
    assert not numbered(src, src.index("孙工：我来"))
    assert not numbered(src, src.index("吴科：好"))

"""Minutes labelled "name + verb" ("商慕言报价：…") and rosters listed under a bare "参会人：" (:mod:`speakers`).

The line's side follows the person: our rep the CRM knows, or the customer's person the roster lists under
"参会人：" on its own lines; a price list of ours with a "58万" line then counts toward the order total.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from assistant.summaries.order_totals import order_totals
from assistant.summaries.speakers import Directory, Person, attribute
from assistant.summaries.speakers_roster import ROSTER_HEAD
from assistant.text.conversation import parse_conversation
from assistant.text.roster_lines import roster_lines
from tests.summaries.sentences import said

MINUTES = (
    "会议纪要｜云杉酒店洗衣房改造\n时间：2035年3月6日 10:00\n参会人：\n"
    "- 云杉酒店：庞立夏（工程部经理）、侯晓岚（采购）\n- 我方：温以宁（销售）\n\n"
    "庞立夏介绍：洗衣房每天要洗两千套布草。\n温以宁报价：洗脱机每台12.5万，烘干机每台6万，烫平机21万。\n"
)


def test_a_label_of_name_and_verb_is_that_persons_line() -> None:
    d = Directory(ours=(Person("温以宁"),), company_names=("云杉酒店管理有限公司",))
    parsed = attribute(parse_conversation(MINUTES, today=dt.date(2035, 3, 6)), d).parsed
    sides = {s.text[:4]: s.role for s in parsed.sentences if s.speaker}
    assert sides["洗脱机每"] == "we"  # 温以宁报价: our rep, known to the CRM
    assert sides["洗衣房每"] == "customer"  # 庞立夏介绍: listed under the customer in the roster


def test_roster_lines_take_the_bullets_under_a_bare_heading_only() -> None:
    lines = MINUTES.splitlines()
    assert roster_lines(lines, ROSTER_HEAD) == [lines[2], lines[3], lines[4]]
    inline = ["参会：丰源——钱立新经理；我方——罗欣", "1. 价格：我方报价398元"]
    assert roster_lines(inline, ROSTER_HEAD) == inline[:1]


def test_a_price_list_line_in_wan_is_a_unit_price_of_the_total() -> None:
    found = order_totals(
        said(
            ("洗脱机要两台，烘干机两台，烫平机一台。", "customer"),
            ("洗脱机每台12.5万，烘干机每台6万，烫平机21万。", "we"),
            ("我们预算一共五十五万。", "customer"),
        )
    )
    assert found and found[0].total == Decimal(580000) and found[0].budget == Decimal(550000)


def test_notes_or_an_agenda_under_a_bare_heading_are_no_roster_lines() -> None:
    lines = ["参会人：", "", "- 我方：温以宁（销售）", "- 云杉酒店：庞立夏（工程部经理）", "1. 温以宁周三前发修改报价。"]
    assert roster_lines(lines, ROSTER_HEAD) == [lines[0], lines[2], lines[3]]  # a blank line before the list is allowed
    assert roster_lines(["Attendees:", "- Agenda: pricing, delivery"], ROSTER_HEAD) == []  # nobody listed
    assert roster_lines(["参会人：", "- 时间：3月5日 14:00", "- Next steps: send the quote"], ROSTER_HEAD) == []
    assert roster_lines(["参与：", "1) 讨论价格"], ROSTER_HEAD) == []


def test_roster_lines_without_a_side_label_still_list_their_people() -> None:
    lines = ["参会人：", "- 周立（采购，客户方）", "- Acme Inc.: Tom Hill (buyer)", "", "纪要："]
    assert roster_lines(lines, ROSTER_HEAD) == lines[:3]


def test_a_name_and_more_than_a_speech_verb_is_not_that_person() -> None:
    from assistant.summaries.speakers_directory import _same

    assert _same("商慕言报价", "商慕言") and _same("钱卓补充", "钱卓")
    assert not _same("商慕言团队", "商慕言") and not _same("钱卓然", "钱卓") and not _same("王说", "王")


def test_payments_in_a_list_are_no_unit_prices_and_a_name_keeps_no_adverb() -> None:
    from assistant.summaries.order_items import product_counts
    from assistant.summaries.order_prices import unit_prices
    from tests.summaries.sentences import alone

    assert unit_prices(alone("首付30万，尾款28万", "we")) == []
    assert unit_prices(alone("质保金5000，余额3000", "we")) == []
    assert [p.value for p in unit_prices(alone("税控机1200，打印机800", "we"))] == [Decimal(1200), Decimal(800)]
    assert [c.name for c in product_counts(alone("椅子也四十把"))] == ["椅子"]
    assert [c.name for c in product_counts(alone("成都三台"))] == ["成都"]

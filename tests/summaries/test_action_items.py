"""Lines of an action-item list are next steps even when they name no verb (:mod:`assistant.summaries.action_items`).

Minutes close with "Action items" / "行动项": "2. Ms. Ortiz: updated drawings for the mezzanine, by 14 May".
Each dated line is one step, owned by the person it names, due on its date; a field label, a question,
an undated line or a line outside the list is no such step.
"""

from __future__ import annotations

import datetime as dt
import re

from assistant.summaries.action_items import action_item_sentences, action_lists
from assistant.summaries.service import summarize_text
from assistant.summaries.speakers import Directory, Person
from assistant.text.conversation import parse_conversation

DAY = dt.date(2031, 5, 6)  # a Tuesday

EN = (
    "Minutes - site meeting, 6 May 2031\n"
    "Present: Tomas Ortiz (plant manager), Ines Vidal (buyer), Lu Hang (Chenyi Trading, sales)\n\n"
    "1. Racking\n"
    "The plant wants 40 bays of pallet racking for the new warehouse. Lu Hang presented the HR-900 layout.\n"
    "2. Price\n"
    "Ms. Vidal said the budget is fixed for this year. Lu Hang will check what discount is possible.\n\n"
    "Action items\n"
    "1. Lu Hang: revised quotation for 40 bays of HR-900, by Friday 9 May.\n"
    "2. Mr. Ortiz: floor load report of the new hall, by 16 May.\n"
    "3. Ms. Vidal: purchase approval from the board, by 23 May.\n"
)

ZH = (
    "会议纪要（2031年5月6日）\n参会：客户方 贺立伟（采购经理）、蒋丽（仓库主管）；我方 芦航（销售）\n\n"
    "一、需求\n仓库要上40组横梁货架，层高4.5米。\n二、价格\n贺经理表示预算今年已定，芦航回去申请折扣。\n\n"
    "行动项\n"
    "1. 芦航：40组货架的修改报价单，5月9日前\n"
    "2. 蒋丽：新仓库地面承重报告，5月16日前\n"
)


def test_each_dated_line_of_an_english_action_list_is_a_step_of_the_person_it_names() -> None:
    s = summarize_text(EN, today=DAY, engine="offline", language="en", we_names=("Lu Hang",))
    steps = {re.sub(r"^\d+\.\s*", "", x.quotes[0].text).split(":")[0]: (x.owner, x.due) for x in s.next_steps}
    assert steps["Lu Hang"] == ("we", dt.date(2031, 5, 9))
    assert steps["Mr. Ortiz"] == ("customer", dt.date(2031, 5, 16))
    assert steps["Ms. Vidal"] == ("customer", dt.date(2031, 5, 23))


def test_a_chinese_action_list_of_noun_phrases_gives_one_step_per_line() -> None:
    s = summarize_text(ZH, today=DAY, engine="offline", language="zh", we_names=("芦航",))
    got = {(x.owner, x.due) for x in s.next_steps if any("：" in q.text for q in x.quotes)}
    assert ("we", dt.date(2031, 5, 9)) in got and ("customer", dt.date(2031, 5, 16)) in got


def _items(text: str) -> list[str]:
    parsed = parse_conversation(text)
    return [s.text for s in action_item_sentences(parsed.sentences, parsed.source).values()]


def test_the_list_runs_from_its_heading_to_the_first_blank_line() -> None:
    text = EN + "\nLu Hang: call the forwarder by 12 May.\n"
    (a, b), = action_lists(text)
    assert text[a:b].startswith("1. Lu Hang") and "forwarder" not in text[a:b]
    assert not any("forwarder" in t for t in _items(text))


def test_undated_lines_field_labels_and_questions_are_no_action_items() -> None:
    text = (
        "Notes\nThe buyer asked about racking.\n\nNext steps:\n"
        "- Lu Hang: think about the colours.\n"
        "- Deadline: 9 May.\n"
        "- Ms. Vidal: can the drawings come by 9 May?\n"
        "- Ms. Vidal: send the floor plan by 9 May.\n"
    )
    assert _items(text) == ["- Ms. Vidal: send the floor plan by 9 May."]


def test_lines_that_look_like_items_outside_an_action_list_are_not_read_as_items() -> None:
    text = "Notes\n1. Lu Hang: revised quotation, by Friday 9 May.\n2. Mr. Ortiz: floor report, by 16 May.\n"
    assert action_lists(text) == [] and _items(text) == []


def test_a_chat_under_a_follow_up_heading_is_no_action_list() -> None:
    text = "后续跟进\n王总：40组货架6月30号前必须装好。\n芦航：好的，我们5月9日前发排产计划。\n"
    assert _items(text) == []  # speaker lines, not numbered or bulleted items


def test_done_cancelled_undated_and_split_lines() -> None:
    text = (
        "Notes\nThe buyer asked about racking.\n\nAction items\n"
        "1. Lu Hang: revised quotation sent on 5 May (done).\n"
        "2. Ms. Vidal: increase the order by 10 bays.\n"
        "3. Mr. Ortiz: no need to send the floor report by 16 May, cancelled.\n"
        "4. Mr. Ortiz: floor load report of the new hall. Due 16 May.\n"
    )
    assert _items(text) == ["Mr. Ortiz: floor load report of the new hall. Due 16 May."]  # the whole line, one item


def test_a_heading_in_a_text_with_crlf_line_ends_is_found() -> None:
    text = "Notes\r\nThe buyer asked about racking.\r\n\r\nAction items\r\n1. Lu Hang: revised quotation, by 9 May.\r\n"
    assert len(action_lists(text)) == 1


def test_a_line_to_be_completed_or_with_something_already_sent_is_still_a_step() -> None:
    text = (
        "Notes\nx.\n\nAction items\n1. Mr. Ortiz: floor load report to be completed by 16 May.\n"
        "2. Lu Hang: samples already sent; invoice by 23 May.\n"
    )
    assert len(_items(text)) == 2


def test_a_line_that_ends_on_a_date_after_a_comma_is_dated() -> None:
    text = (
        "Action items:\n"
        "1. Lu Hang: revised quotation (racking USD 58, trucks USD 66,500), tomorrow, 7 May.\n"
        "2. Ms. Vidal: purchase approval, 23 May\n"
        "3. Mr. Ortiz: samples received, 2 May\n"
        "4. Mr. Ortiz: the 2 May samples are fine\n"
    )
    got = _items("Minutes, 6 May 2031\n\n" + text)
    assert any(t.startswith("Lu Hang:") for t in got)
    assert any(t.startswith("Ms. Vidal:") for t in got)
    assert not any("samples" in t for t in got)  # a past date ends the line; a date inside names no deadline


def test_an_owner_of_four_names_is_placed_by_the_roster() -> None:
    text = (
        "Minutes of meeting, 24 May 2031\n"
        "Attendees:\n"
        "- Mekong Gateway Logistics JSC: Ms. Nguyen Thi Lan Anh (DC Project Manager), Mr. Tran Quoc Bao (Director)\n"
        "- Chenyi Trading: Mr. Lu Hang (Sales Manager)\n\n"
        "Action items:\n"
        "1. Nguyen Thi Lan Anh: floor flatness survey of the DC, by 31 May.\n"
        "2. Lu Hang: revised quotation, by 27 May.\n"
    )
    d = Directory(ours=(Person("Lu Hang"),), company_names=("Mekong Gateway Logistics JSC",))
    s = summarize_text(text, today=dt.date(2031, 5, 24), engine="offline", language="en", directory=d)
    owners = {x.quotes[0].text.split(":")[0]: x.owner for x in s.next_steps}
    assert owners["Nguyen Thi Lan Anh"] == "customer"
    assert owners["Lu Hang"] == "we"


def test_a_date_range_or_a_past_day_after_a_dash_is_no_deadline_at_the_end() -> None:
    text = "Minutes, 6 May 2031\n\nAction items:\n1. Mr. Ortiz: holiday 20-25 May.\n2. Ms. Vidal: revised drawings - 9 May!\n"
    got = _items(text)
    assert not any("holiday" in t for t in got)
    assert any(t.startswith("Ms. Vidal") for t in got)


def test_a_spaced_range_is_no_deadline_at_the_end() -> None:
    got = _items("Minutes, 6 May 2031\n\nAction items:\n1. Mr. Ortiz: holiday 20 - 25 May.\n")
    assert got == []


def test_an_item_line_with_two_dated_actions_split_by_a_semicolon_is_two_parts() -> None:
    import datetime as dt

    from assistant.summaries.action_items import item_parts
    from assistant.text.conversation import Sentence
    from assistant.text.dates import find_dates

    text = "- Ms. Grant: send the valve samples to the lab on 9 June; send the test plan by 12 June."
    s = Sentence(start=5, end=5 + len(text), text=text, speaker="x", role="we")
    parts = item_parts(s, find_dates(text, dt.date(2031, 6, 2)))
    assert [p.text for p, _ in parts] == [
        "- Ms. Grant: send the valve samples to the lab on 9 June",
        "send the test plan by 12 June.",
    ]
    assert [[d.date for d in own] for _, own in parts] == [[dt.date(2031, 6, 9)], [dt.date(2031, 6, 12)]]
    for p, own in parts:
        assert text[p.start - 5 : p.end - 5] == p.text and all(p.text[d.start : d.end] == d.text for d in own)
    one = "- 蔺书航：修改后的报价单；9月24日前"
    s1 = Sentence(start=0, end=len(one), text=one, speaker="x", role="we")
    assert len(item_parts(s1, find_dates(one, dt.date(2031, 9, 1)))) == 1


def test_a_later_part_that_only_names_a_day_is_no_step_of_its_own() -> None:
    import datetime as dt

    from assistant.summaries.action_items import item_parts
    from assistant.text.conversation import Sentence
    from assistant.text.dates import find_dates

    text = "- Tom Lee: call the client on 3 June; 4 June as backup."
    s = Sentence(start=0, end=len(text), text=text, speaker="x", role="we")
    assert len(item_parts(s, find_dates(text, dt.date(2031, 6, 2)))) == 1


def test_both_steps_of_a_split_minutes_line_belong_to_the_person_it_names() -> None:
    import datetime as dt

    from assistant.summaries.service import summarize_text

    text = (
        "Minutes: valve project review\nAttendees: Delmar Pumps: Ms. Ruth Okafor (buyer); Ours: Lin Qiao (sales)\n\n"
        "Action items\n- Ms. Ruth Okafor: send the site drawings on 9 June; confirm the budget by 12 June.\n"
        "- Lin Qiao: revised quotation by 10 June.\n"
    )
    summary = summarize_text(text, today=dt.date(2031, 6, 2), engine="offline", language="en")
    steps = {s.quotes[0].text: (s.owner, s.due) for s in summary.next_steps}
    assert steps["- Ms. Ruth Okafor: send the site drawings on 9 June"] == ("customer", dt.date(2031, 6, 9))
    assert steps["confirm the budget by 12 June."] == ("customer", dt.date(2031, 6, 12))


def test_a_chinese_item_with_its_date_first_splits_too() -> None:
    import datetime as dt

    from assistant.summaries.action_items import item_parts
    from assistant.text.conversation import Sentence
    from assistant.text.dates import find_dates

    text = "- 林乔：3月5日前发修改报价；3月9日前寄样品。"
    s = Sentence(start=0, end=len(text), text=text, speaker="x", role="we")
    parts = item_parts(s, find_dates(text, dt.date(2031, 3, 2)))
    assert [p.text for p, _ in parts] == ["- 林乔：3月5日前发修改报价", "3月9日前寄样品。"]

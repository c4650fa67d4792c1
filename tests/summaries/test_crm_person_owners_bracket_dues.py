"""A CRM-known person who starts a minutes line owns it; dates in brackets; week ends.

- "Us: He Yong (account manager)" in a roster, and an action line "He Yong to send…": our rep, even
  though the surname reads as a pronoun and the roster line names the customer's company first.
- A step done today with a later part in brackets ("今天寄出…（另一件下周二到货后寄）") is due today.
- "by the end of next week" is the Friday of next week; a guess ("I'd think") sets no due date.
"""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.summaries.speakers import Directory, Person, attribute
from assistant.summaries.step_due_pick import step_due
from assistant.text.conversation import parse_conversation
from assistant.text.dates import find_dates

TODAY = dt.date(2027, 4, 14)  # a Wednesday

MINUTES = """Meeting notes - Harbourline Foods Ltd / our team, 14 April 2027
Attendees: Harbourline Foods: Sarah Pike (buyer), Tom Reed (operations). Us: He Yong (account manager), Liu Yang.

Action items
- He Yong to send the updated price list with the label printer at GBP 172 by Thursday.
- Tom to confirm the number of tills by the end of next week.
"""


def _sides(text: str, ours: tuple[str, ...]) -> dict[str, str]:
    d = Directory(ours=tuple(Person(n) for n in ours), company_names=("Harbourline Foods Ltd",))
    parsed = attribute(parse_conversation(text, today=TODAY), d).parsed
    return {s.text.strip("- ").split(" to ")[0]: s.role for s in parsed.sentences if " to " in s.text}


def test_crm_rep_whose_name_starts_with_a_pronoun_owns_his_action_line() -> None:
    sides = _sides(MINUTES, ("Liu Yang", "He Yong"))
    assert sides["He Yong"] == "we"
    assert sides["Tom"] == "customer"


def test_us_label_in_roster_marks_our_side_without_crm() -> None:
    from assistant.summaries.speakers_roster import roster_sides

    sides = roster_sides(MINUTES, ["He Yong", "Sarah Pike"], ("Harbourline Foods Ltd",))
    assert sides["He Yong"][0] == "we"
    assert sides["Sarah Pike"][0] == "customer"


def _due(text: str) -> dt.date | None:
    d = step_due(find_dates(text, TODAY), text, TODAY)
    return d.date if d else None


def test_later_part_in_brackets_keeps_today() -> None:
    assert _due("我们今天寄出滤芯A和B（滤芯C要等下周二到货后再寄）") == TODAY
    assert _due("We ship the two pumps today (the third one after it arrives next Tuesday).") == TODAY


def test_end_of_next_week_is_its_friday_unless_guessed() -> None:
    assert _due("Sam will send the artwork by the end of next week") == dt.date(2027, 4, 23)
    assert _due("Done by the end of next week, I'd think") is None
    assert _due("We will confirm the colours this week") is None
    assert _due("出货前把唛头确认好") is None


def test_instruction_addressed_by_name_is_the_named_persons_step() -> None:
    from assistant.summaries.speakers_vocative import addressed_person

    text = "唐经理：罗欣，你明天把样品清单整理好，下午发给许总。\n许总：好的，等你们消息。\n"
    d = Directory(ours=(Person("罗欣"), Person("唐经理")), company_names=("丰源贸易有限公司",))
    parsed = attribute(parse_conversation(text, today=TODAY), d).parsed
    (first,) = [s for s in parsed.sentences if s.text.startswith("罗欣")]
    assert first.role == "we" and first.party_source == "subject"
    assert addressed_person("Priya, can you send the drawings tomorrow?") == "Priya"
    assert addressed_person("王总，我明天发您") is None  # a greeting before our own promise


def test_minutes_title_resolves_through_the_attendee_line() -> None:
    from assistant.summaries.speakers_roster import subject_sides

    src = (
        "会议纪要：丰源 项目沟通\n参会：丰源——采购部钱立新经理；我方——罗欣、唐志强经理\n"
        "1. 价格：我方报价398元，钱经理提出目标价360元。\n- 钱经理下周内向财务确认付款方式；\n"
    )
    assert subject_sides(src, ["- 钱经理下周内向财务确认付款方式；"], ("丰源教育",)) == {
        "- 钱经理下周内向财务确认付款方式；": "customer"
    }


def test_an_arrival_date_is_not_the_sending_steps_due_date() -> None:
    day = dt.date(2027, 4, 15)
    text = "BX-20下周一到货，其余的今天就能寄，20号前肯定到"
    assert step_due(find_dates(text, day), text, day).date == day
    assert _due("下周一前把合同发您。") == dt.date(2027, 4, 19)


@pytest.mark.parametrize(
    "text",
    ["王总，请放心，我们下周一之前一定发货。", "Anna, you will receive the samples on Friday.",
     "Anna, please find attached our revised quote, we will ship on Monday."],
)  # fmt: skip
def test_a_greeting_before_our_own_promise_is_no_instruction_to_that_person(text: str) -> None:
    from assistant.summaries.speakers_vocative import addressed_person

    assert addressed_person(text) is None

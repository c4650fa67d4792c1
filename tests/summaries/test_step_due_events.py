"""Due dates of steps that wait for an event, and of a check followed by a reply on a later day."""

from __future__ import annotations

import datetime as dt

from assistant.summaries.step_due_pick import step_due
from assistant.summaries.step_dues import event_due
from assistant.text.conversation import Sentence
from assistant.text.dates import find_dates

SAID = dt.date(2027, 3, 2)  # a Tuesday


def _due(text: str) -> dt.date | None:
    found = step_due(find_dates(text, SAID), text, SAID)
    return found.date if found else None


def test_reply_on_the_later_weekday_is_the_due_date() -> None:
    assert _due("I'll check with our director on Wednesday and get back to you on Friday.") == dt.date(
        2027, 3, 5
    )
    assert _due("我周三跟老板商量一下，周五给您答复。") == dt.date(2027, 3, 5)


def test_a_single_weekday_is_the_next_such_day() -> None:
    assert _due("We will ship the samples on Thursday.") == dt.date(2027, 3, 4)
    assert _due("周一前把图纸发给您。") == dt.date(2027, 3, 8)


def test_waiting_for_an_event_has_no_due_date() -> None:
    assert _due("We will forward the test report as soon as we get it from the lab.") is None
    assert _due("Our QC will inspect the cartons on arrival and send the findings within a week.") is None
    assert _due("样品一到货就安排测试，收到后三天内给您结果。") is None


def test_a_date_by_which_it_is_due_still_counts() -> None:
    assert _due("As soon as we receive the deposit we start, and the drawings come by Friday.") == dt.date(
        2027, 3, 5
    )


def test_a_week_is_no_due_date() -> None:
    assert _due("We will send you the registration number next week.") is None
    assert _due("By the end of next week, we should have the drawings.") is None
    assert _due("下周一前把合同发您。") == dt.date(2027, 3, 8)


def test_a_call_back_on_the_later_day() -> None:
    assert _due("Femke checks with the owner on Monday and calls back on Tuesday.") == dt.date(2027, 3, 9)


def test_a_return_day_is_not_the_due_date() -> None:
    assert _due("Our owner signs the order once he's back on Thursday.") is None
    assert _due("老板周四才回来，回来后再签合同。") is None
    assert _due("I'll get back to you on Thursday.") == dt.date(2027, 3, 4)


def test_an_arrival_date_is_not_the_day_we_act() -> None:
    assert _due("We put the pallets on a truck on Thursday, which gets them to Rotterdam by the 12th.") == dt.date(
        2027, 3, 4
    )
    assert _due("The boxes go out by courier on 8 March and should arrive in Lyon by the 15th.") == dt.date(
        2027, 3, 8
    )
    assert _due("The spare rollers will reach your plant by the 15th.") == dt.date(2027, 3, 15)


def _sentences(*texts: str) -> list[Sentence]:
    out, pos = [], 0
    for text in texts:
        out.append(Sentence(start=pos, end=pos + len(text), text=text, speaker="Ines", role="customer"))
        pos += len(text) + 1
    return out


def test_a_step_at_a_meeting_dated_in_an_earlier_sentence_takes_its_date() -> None:
    said = _sentences("Big orders go to our board.", "It meets on 16 March.", "Ines will table your offer there.")
    assert event_due(said[-1].text, said, said[-1], SAID).date == dt.date(2027, 3, 16)
    said = _sentences("采购委员会下周四开会。", "我在会上把你们的方案报上去。")
    assert event_due(said[-1].text, said, said[-1], SAID).date == dt.date(2027, 3, 11)
    said = _sentences("We were in Ghent on 16 March.", "I'll send the photos from there.")
    assert event_due(said[-1].text, said, said[-1], SAID) is None


def test_the_customers_meeting_date_alone_is_no_step() -> None:
    from assistant.summaries.step_rules import only_their_event

    assert only_their_event(_sentences("The purchasing panel meets on 16 March.")[0])
    assert not only_their_event(_sentences("The panel meets on 16 March and I'll send you its decision after.")[0])


def test_an_arrival_promised_with_the_dispatch_is_the_due_date() -> None:
    assert _due("The crates can leave on 5 March and arrive by 11 March.") == dt.date(2027, 3, 11)


def test_a_step_said_for_then_is_due_on_the_day_said_before_it_in_its_own_sentence() -> None:
    from assistant.summaries.step_dues import part_due, same_day_due

    ref = dt.date(2030, 6, 12)
    text = "The board meets on 24 June, and I'll put our order to the board then."
    whole = Sentence(0, len(text), text, role="customer")
    at = text.index("and I'll")
    part = Sentence(at, len(text), text[at:], role="customer")
    due = part_due(part, [], (whole, find_dates(text, ref)), [whole], ref)
    assert due is not None and due.date == dt.date(2030, 6, 24)
    before = Sentence(0, 19, "See you on 30 June.", role="we")
    alone = Sentence(20, 51, "OK, I'll revise the quote then.", role="we")
    assert part_due(alone, [], (alone, []), [before, alone], ref) is None  # "then": in that case, no day
    assert same_day_due("到时候我把方案带过去", find_dates("评审会24号开，", ref)).date == dt.date(2030, 6, 24)


def test_a_step_that_waits_for_someones_return_is_due_the_day_they_are_back() -> None:
    from assistant.summaries.step_dues import return_due

    trip = Sentence(0, 24, "合同得孙总签，他在外面出差，21号才回来。", role="customer", date=dt.date(2033, 11, 4))
    step = Sentence(25, 40, "孙总回来我把报价单给他。", role="customer", date=dt.date(2033, 11, 7))
    due = return_due(step.text, [trip, step], step, dt.date(2033, 11, 7))
    assert due is not None and due.date == dt.date(2033, 11, 21)
    said = Sentence(0, 40, "She is away; she is back on 3 May and will sign then.", role="customer")
    step_en = Sentence(41, 80, "She will sign as soon as she is back.", role="customer")
    assert return_due(step_en.text, [said, step_en], step_en, dt.date(2034, 4, 24)).date == dt.date(2034, 5, 3)
    assert return_due("I'll send the quote tomorrow.", [said, step_en], step_en, dt.date(2034, 4, 24)) is None
    away = Sentence(0, 30, "下周三我们开会讨论。", role="customer")
    assert return_due(step.text, [away, step], step, dt.date(2033, 11, 7)) is None  # no day said of a return

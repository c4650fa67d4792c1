"""Due dates the parser and the step rules used to miss (sentences written anew, not dev phrasings)."""

from __future__ import annotations

import datetime as dt

from assistant.summaries.step_due_pick import carry_day_parts, step_due
from assistant.text.dates import find_dates

REF = dt.date(2027, 3, 3)  # a Wednesday


def _due(text: str) -> dt.date | None:
    due = step_due([d for d in find_dates(text, REF) if d.date >= REF], text, REF)
    return due.date if due else None


def test_an_english_day_of_the_month_is_a_date() -> None:
    assert [d.date for d in find_dates("We'll courier the swatches before the 12th.", REF)] == [dt.date(2027, 3, 12)]
    assert [d.date for d in find_dates("the invoice goes out on the 2nd", REF)] == [dt.date(2027, 4, 2)]
    assert [d.date for d in find_dates("by the 21st of March at the latest", REF)] == [dt.date(2027, 3, 21)]
    assert find_dates("our 20th anniversary sale", REF) == []
    assert _due("I'll reserve the kiln slot before the 9th.") == dt.date(2027, 3, 9)


def test_the_earliest_possible_date_is_no_deadline() -> None:
    assert _due("车间排满了，我们最早3月20号装柜，3月28号前能到宁波港") == dt.date(2027, 3, 28)
    assert _due("We can ship on 10 March at the earliest and the goods reach Rotterdam by 2 April.") == dt.date(
        2027, 4, 2
    )


def test_a_bare_part_of_day_after_my_own_day_continues_it() -> None:
    text = "我后天去仓库点一下库存 下午回你"
    assert [d.date for d in carry_day_parts(find_dates(text, REF), text)] == [dt.date(2027, 3, 5)] * 2
    text = "周五我们核一下成本，下午给您报价"
    assert [d.date for d in carry_day_parts(find_dates(text, REF), text)] == [dt.date(2027, 3, 5)] * 2
    text = "25号交货有点赶 我问下仓库 下午回您"  # a date under discussion, not the day I act: today
    assert [d.date for d in carry_day_parts(find_dates(text, REF), text)][-1] == REF


def test_in_a_while_is_due_the_day_it_is_said() -> None:
    assert _due("行，我一会把样册和报价发您") == REF
    assert _due("报价单我待会儿整理好发您") == REF
    assert _due("I'll send the drawings shortly.") == REF
    assert _due("I'll email you the datasheet in a bit") == REF
    assert _due("We ship shortly after the deposit arrives.") is None
    assert _due("等会议纪要出来我再整理") is None

"""A list of quantities is one clause; an elided second action with its own date is its own step."""

from __future__ import annotations

import datetime as dt

from assistant.summaries.clauses import clauses
from assistant.summaries.step_due_pick import step_due
from assistant.summaries.step_split import split_steps
from assistant.text.conversation import Sentence
from assistant.text.dates import find_dates

REF = dt.date(2027, 3, 3)  # a Wednesday


def _s(text: str, role: str = "we") -> Sentence:
    return Sentence(start=0, end=len(text), text=text, speaker="X", role=role)


def test_a_list_of_quantities_is_not_cut_into_clauses() -> None:
    text = "I'll send the order form for 400 mugs, 250 saucers and 90 teapots by Friday."
    assert [c.text for c in clauses(_s(text))] == [text]
    text = "Fine, 1,500 lanyards, 300 badges and the printed cards."
    assert len(clauses(_s(text))) == 1  # "Fine" is too short to stand alone anyway
    text = "I will send the revised invoice for 600 TK-40, 250 RB-9 and 120 LX-3A today."
    assert [c.text for c in clauses(_s(text))] == [text]  # counted model codes are one list too


def _steps(text: str) -> list[tuple[str, dt.date | None]]:
    s = _s(text)
    out = []
    for part, own in split_steps(s, [d for d in find_dates(text, REF) if d.date >= REF]):
        due = step_due(own, part.text, REF)
        out.append((part.text, due.date if due else None))
    return out


def test_an_elided_second_action_with_its_own_date_is_its_own_step() -> None:
    assert _steps("We post the signed quotation today, and the colour cards by Friday.") == [
        ("We post the signed quotation today", REF),
        ("and the colour cards by Friday.", dt.date(2027, 3, 5)),
    ]
    assert _steps("I'll send the drawings tomorrow and the price list by Monday.") == [
        ("I'll send the drawings tomorrow", dt.date(2027, 3, 4)),
        ("and the price list by Monday.", dt.date(2027, 3, 8)),
    ]
    assert len(_steps("I'll send the drawings and the price list by Monday.")) == 1


def test_a_clause_handed_to_the_other_party_is_its_own_step() -> None:
    text = "周经理周四前把图纸发过来，我方收到后安排打样"
    assert _steps(text) == [("周经理周四前把图纸发过来", dt.date(2027, 3, 4)), ("我方收到后安排打样", None)]
    assert len(_steps("我周四前把图纸发过来，收到后您安排打样")) == 1

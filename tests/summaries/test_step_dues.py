"""A step's due date is the deadline of its last deliverable, not the first date it mentions."""

from __future__ import annotations

import datetime as dt

from assistant.summaries.step_due_pick import carry_day_parts, step_due
from assistant.summaries.step_split import split_steps
from assistant.text.conversation import Sentence
from assistant.text.dates import find_dates

REF = dt.date(2027, 3, 3)  # a Wednesday


def _steps(text: str) -> list[tuple[str, dt.date | None]]:
    s = Sentence(start=0, end=len(text), text=text, speaker="罗晓", role="we")
    out = []
    for part, own in split_steps(s, [d for d in find_dates(text, REF) if d.date >= REF]):
        due = step_due(own, part.text, REF)
        out.append((part.text, due.date if due else None))
    return out


def test_a_bare_part_of_day_continues_the_day_named_before_it() -> None:
    text = "后天上午先问一下工厂排期，下午给您发邮件"
    dates = carry_day_parts(find_dates(text, REF), text)
    assert [d.date for d in dates] == [dt.date(2027, 3, 5), dt.date(2027, 3, 5)]
    assert [d.date for d in carry_day_parts(find_dates("下午给您发邮件", REF), "下午给您发邮件")] == [REF]


def test_an_inquiry_and_its_answer_are_one_step_due_at_the_answer() -> None:
    assert _steps("后天上午先问一下工厂排期，下午给您回电话") == [
        ("后天上午先问一下工厂排期，下午给您回电话", dt.date(2027, 3, 5))
    ]
    assert _steps("I'll check with our bank today and tell you on Friday whether they cover it.") == [
        ("I'll check with our bank today and tell you on Friday whether they cover it.", dt.date(2027, 3, 5))
    ]


def test_two_deliverables_stay_two_steps() -> None:
    assert len(_steps("我今天把样品寄出，周五前把报价单发给您")) == 2


def _said(text: str, role: str) -> Sentence:
    return Sentence(start=0, end=len(text), text=text, speaker="X", role=role)


def test_a_restated_deadline_or_a_vague_intention_is_no_step() -> None:
    from assistant.summaries.step_rules import not_a_step

    assert not_a_step(_said("As agreed, having the chairs in Leeds by 3 May remains essential for us.", "customer"), True)
    assert not_a_step(_said("Ideally the racks are installed before 12 June so we can stock up.", "customer"), True)
    assert not_a_step(_said("框架合同最晚下月五号签，不然赶不上预算。", "customer"), True)
    assert not_a_step(_said("We'll get ready whatever your auditor asks for.", "we"), False)
    assert not_a_step(_said("他们需要什么资料我们都配合。", "we"), False)
    assert not not_a_step(_said("I will send the audit checklist by Friday.", "we"), True)
    assert not not_a_step(_said("我最晚明天签好发您。", "customer"), True)


def test_a_part_of_day_after_a_date_without_one_stays_today() -> None:
    text = "25号交货有点赶 我问下仓库 下午回您"
    dates = carry_day_parts(find_dates(text, REF), text)
    assert [d.date for d in dates][-1] == REF


def test_the_customers_own_deadline_for_what_they_need_is_no_step() -> None:
    from assistant.summaries.step_rules import not_a_step

    assert not_a_step(_said("So I need your revised drawings by the 12th to brief the architect.", "customer"), True)
    assert not_a_step(_said("We'd want the cushions by 2 May so the terrace opens on time.", "customer"), True)
    assert not not_a_step(_said("I need to check with my partner and will reply by Monday.", "customer"), True)
    assert not not_a_step(_said("Our pricing review takes place on 4 May and I need your figures before it.", "customer"), True)


def test_a_document_enclosed_now_is_sent_not_a_step() -> None:
    from assistant.summaries.step_rules import reports_done

    assert reports_done("Please find the updated price list attached.", False)
    assert reports_done("Please find attached the signed order form.", False)
    assert not reports_done("I will send the updated price list tomorrow.", True)

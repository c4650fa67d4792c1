"""Change since last time reads the history: the previous summary (never of the same text) and the activities since."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

from sqlalchemy.orm import Session

from assistant.crm.models import Activity
from assistant.summaries import Catalog, save_summary, summarize_text, summary_history

FIRST = "客户：纯棉毛巾我们要5000条。\n销售：我明天把新报价发给您。"
SECOND = "客户：纯棉毛巾的数量改成8000条。\n客户：样品质量不错。"
NOTE = "新报价已发给客户"


def _summarize(session: Session, text: str, day: dt.date, customer_id: int):
    previous, activities = summary_history(session, customer_id=customer_id, text=text)
    return summarize_text(
        text, today=day, catalog=Catalog.from_session(session), previous=previous, activities=activities
    )


def _save(session: Session, crm: SimpleNamespace, text: str, summary, at: dt.datetime) -> Activity:
    return save_summary(
        session,
        customer_id=crm.acme.id,
        rep_id=crm.users["rep01"].id,
        summary=summary,
        content=text,
        occurred_at=at,
    )


def _note(session: Session, crm: SimpleNamespace, text: str, at: dt.datetime) -> None:
    session.add(
        Activity(
            customer_id=crm.acme.id,
            rep_id=crm.users["rep01"].id,
            type="email",
            channel="email",
            occurred_at=at,
            content=text,
            source="manual",
        )
    )
    session.flush()


def test_last_steps_are_checked_against_the_activities_since(session: Session, crm: SimpleNamespace) -> None:
    first = _summarize(session, FIRST, dt.date(2024, 3, 6), crm.acme.id)
    assert first.changes is None and any("报价" in s.action for s in first.next_steps)
    _save(session, crm, FIRST, first, dt.datetime(2024, 3, 6, 10))
    _note(session, crm, NOTE, dt.datetime(2024, 3, 7, 9))
    _note(session, crm, "上月的旧记录", dt.datetime(2024, 2, 1, 9))  # before the previous summary

    previous, activities = summary_history(session, customer_id=crm.acme.id, text=SECOND)
    assert previous == first
    assert activities == [(dt.date(2024, 3, 7), NOTE)]  # not the first conversation itself, not older notes

    second = _summarize(session, SECOND, dt.date(2024, 3, 12), crm.acme.id)
    assert second.changes is not None and second.changes.previous_date == dt.date(2024, 3, 6)
    step = next(s for s in second.changes.steps if "报价" in s.action)
    assert (step.status, step.evidence) == ("done", NOTE)


def test_without_the_note_the_step_is_overdue(session: Session, crm: SimpleNamespace) -> None:
    first = _summarize(session, FIRST, dt.date(2024, 3, 6), crm.acme.id)
    _save(session, crm, FIRST, first, dt.datetime(2024, 3, 6, 10))
    second = _summarize(session, SECOND, dt.date(2024, 3, 12), crm.acme.id)
    step = next(s for s in second.changes.steps if "报价" in s.action)
    assert step.status == "overdue" and step.evidence is None


def test_re_run_after_saving_compares_with_the_summary_before(session: Session, crm: SimpleNamespace) -> None:
    first = _summarize(session, FIRST, dt.date(2024, 3, 6), crm.acme.id)
    _save(session, crm, FIRST, first, dt.datetime(2024, 3, 6, 10))
    second = _summarize(session, SECOND, dt.date(2024, 3, 12), crm.acme.id)
    _save(session, crm, SECOND, second, dt.datetime(2024, 3, 12, 10))

    previous, activities = summary_history(session, customer_id=crm.acme.id, text=SECOND)
    assert previous == first and all(note != SECOND for _, note in activities)
    again = _summarize(session, SECOND, dt.date(2024, 3, 12), crm.acme.id)
    assert again.changes is not None and again.changes.previous_date == dt.date(2024, 3, 6)
    qty = next(n for n in again.needs if n.topic == "quantity")
    assert qty.status == "changed" and "5000" in (qty.previous or "")


def test_no_previous_summary_means_no_history(session: Session, crm: SimpleNamespace) -> None:
    _note(session, crm, NOTE, dt.datetime(2024, 3, 7, 9))
    assert summary_history(session, customer_id=crm.acme.id, text=FIRST) == (None, [])
    first = _summarize(session, FIRST, dt.date(2024, 3, 6), crm.acme.id)
    _save(session, crm, FIRST, first, dt.datetime(2024, 3, 6, 10))
    assert summary_history(session, customer_id=crm.acme.id, text=FIRST) == (None, [])  # only itself

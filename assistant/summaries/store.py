"""Save a confirmed summary on the customer (an activity) and read the latest one back.

The summary is stored in ``Activity.summary`` (JSON, versioned) with ``source = ai`` or
``user_edited`` and the summarised text in ``content`` (the quotes' offsets index it).
Saving happens only after the rep confirmed (agent interrupt or CLI prompt); it re-reads
the customer, rep and opportunity and refuses with a :class:`SaveError` if anything is off,
writing nothing.
"""

from __future__ import annotations

import datetime as dt
import logging

from pydantic import ValidationError
from sqlalchemy import select
from sqlalchemy.orm import Session

from assistant.crm.models import Activity, Customer, Opportunity, User
from assistant.db import utcnow
from assistant.summaries.schema import SCHEMA_VERSION, SalesSummary

log = logging.getLogger(__name__)
SUMMARY_SOURCES = ("ai", "user_edited")
_TYPE = {
    "call": ("call", "phone"),
    "email": ("email", "email"),
    "chat": ("chat", "wecom"),
    "text": ("chat", "other"),
}


class SaveError(ValueError):
    """The summary cannot be saved (customer gone, wrong opportunity, evidence not in the content...)."""


def _latest(session: Session, customer_id: int, not_text: str | None) -> tuple[Activity, SalesSummary] | None:
    """Return the most recent readable saved summary and its activity, skipping one of ``not_text``."""
    from assistant.summaries.delta import text_hash

    same = text_hash(not_text) if not_text is not None else None
    rows = session.scalars(
        select(Activity)
        .where(Activity.customer_id == customer_id, Activity.source.in_(SUMMARY_SOURCES))
        .order_by(Activity.occurred_at.desc(), Activity.id.desc())
        .limit(20)
    )
    for activity in rows:
        data = activity.summary
        if not isinstance(data, dict) or int(data.get("schema_version", 0)) > SCHEMA_VERSION:
            continue
        if not_text is not None and (data.get("source_hash") == same or activity.content == not_text):
            continue
        try:
            return activity, SalesSummary.model_validate(data)
        except ValidationError as exc:
            log.warning("activity %s has an unreadable summary: %s", activity.id, exc.errors()[:1])
    return None


def latest_summary(session: Session, *, customer_id: int, not_text: str | None = None) -> SalesSummary | None:
    """Return the customer's most recent saved summary (AI or user-edited), or None.

    Summaries written by a newer schema version, or that no longer validate, are skipped, and
    so is a summary of ``not_text`` itself (re-running after saving compares with the one before).
    """
    found = _latest(session, customer_id, not_text)
    return found[1] if found else None


def activities_since(
    session: Session, *, customer_id: int, since: dt.date, exclude_ids: tuple[int, ...] = ()
) -> list[tuple[dt.date, str]]:
    """Return the customer's activity notes since ``since`` as (date, text), to check last time's steps.

    Args:
        session: An open session.
        customer_id: The customer.
        since: The first day to include (the previous summary's conversation date).
        exclude_ids: Activities to leave out (the previous conversation itself).
    """
    rows = session.execute(
        select(Activity.id, Activity.occurred_at, Activity.content)
        .where(
            Activity.customer_id == customer_id, Activity.occurred_at >= dt.datetime.combine(since, dt.time())
        )
        .order_by(Activity.occurred_at, Activity.id)
        .limit(200)
    )
    return [(at.date(), content) for id_, at, content in rows if content and id_ not in exclude_ids]


def summary_history(
    session: Session, *, customer_id: int, text: str
) -> tuple[SalesSummary | None, list[tuple[dt.date, str]]]:
    """Return what a summary of ``text`` is compared with: the previous summary and the activities since.

    The previous summary is never one of ``text`` itself (re-run after saving); the activities
    leave out the previous conversation (its own next steps are not evidence they were done)
    and ``text`` itself (this conversation is read by the summary, not as an activity).

    Returns:
        (previous summary or None, [(date, note), ...] since its conversation date).
    """
    found = _latest(session, customer_id, text)
    if found is None:
        return None, []
    activity, previous = found
    notes = activities_since(
        session, customer_id=customer_id, since=previous.conversation_date, exclude_ids=(activity.id,)
    )
    return previous, [(day, note) for day, note in notes if note != text]


def save_summary(
    session: Session,
    *,
    customer_id: int,
    rep_id: int,
    summary: SalesSummary,
    opportunity_id: int | None = None,
    source: str = "ai",
    content: str | None = None,
    occurred_at: dt.datetime | None = None,
) -> Activity:
    """Store ``summary`` as an activity of the customer (and opportunity); call after the rep confirmed.

    Args:
        session: An open session; the caller commits.
        customer_id: The customer the conversation was with (re-read now).
        rep_id: The rep saving it.
        summary: The summary, as shown to and confirmed by the rep.
        opportunity_id: The deal it concerns, if named; must belong to the customer.
        source: ``ai`` (as generated) or ``user_edited`` (the rep changed it).
        content: The summarised text; every quote must sit verbatim at its offsets in it.
        occurred_at: When the conversation happened (default: now, or the conversation date if earlier).

    Raises:
        SaveError: with the reason; nothing is written.
    """
    if source not in SUMMARY_SOURCES:
        raise SaveError(f"source must be one of {', '.join(SUMMARY_SOURCES)}, not {source!r}")
    customer = session.get(Customer, customer_id, populate_existing=True)
    if customer is None:
        raise SaveError(f"customer {customer_id} no longer exists; the summary was not saved")
    rep = session.get(User, rep_id)
    if rep is None or not rep.active:
        raise SaveError(f"user {rep_id} is not an active user; the summary was not saved")
    if opportunity_id is not None:
        opp = session.get(Opportunity, opportunity_id, populate_existing=True)
        if opp is None or opp.customer_id != customer_id:
            raise SaveError(f"opportunity {opportunity_id} does not belong to {customer.display_name}")
    if content is not None:
        problems = summary.verify_against(content)
        if problems:
            raise SaveError("the summary's quotes do not match the saved text: " + "; ".join(problems[:3]))
    if occurred_at is None:
        now = utcnow()
        occurred_at = (
            now
            if summary.conversation_date >= now.date()
            else dt.datetime.combine(summary.conversation_date, dt.time(12, 0))
        )
    kind, channel = _TYPE.get(summary.source_kind, ("chat", "other"))
    activity = Activity(
        customer_id=customer_id,
        opportunity_id=opportunity_id,
        rep_id=rep_id,
        type=kind,
        direction="outbound",
        channel=channel,
        occurred_at=occurred_at,
        content=content,
        summary=summary.model_dump(mode="json"),
        source=source,
    )
    session.add(activity)
    session.flush()
    if content:
        from assistant.compliance.activities import scan_activity  # compliance parses with our text module

        scan_activity(session, activity)
    return activity

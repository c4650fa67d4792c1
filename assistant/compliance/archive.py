"""Chat-archive import (JSONL) and the behaviour rules that run on its events.

One JSON object per line::

    {"id": "m-001", "time": "2025-03-03T10:05:00+08:00", "rep": "rep01", "customer": "C0001",
     "type": "text", "direction": "in", "text": "请问什么时候发货？", "channel": "wecom"}

``rep`` is a user login (or ``rep_id``), ``customer`` a customer external id (or
``customer_id``). ``type`` is text, recall, red_packet, transfer, delete_contact (the rep
deleted the customer) or deleted_by_customer; ``direction`` is ``out`` (rep → customer) or
``in``; ``amount`` goes with red packets and transfers; ``channel`` defaults to wecom.

The whole file is validated before anything is written: a bad line stops the import with
its line number and nothing is stored. Re-importing a file stores nothing twice.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from typing import Literal
from zoneinfo import ZoneInfo

from pydantic import BaseModel, ConfigDict, Field, ValidationError
from sqlalchemy import select
from sqlalchemy.orm import Session

from assistant.compliance.models import ChatEvent, ComplianceAlert
from assistant.compliance.rules import WorkingHours, behaviour_finding, late_reply_finding, working_minutes
from assistant.compliance.store import BehaviourFinding, record_behaviour, record_message
from assistant.config import get_settings
from assistant.crm.models import Customer, User

EventType = Literal["text", "recall", "red_packet", "transfer", "delete_contact", "deleted_by_customer"]


class ArchiveEvent(BaseModel):
    """One line of a chat-archive file."""

    model_config = ConfigDict(extra="forbid")
    id: str = Field(min_length=1, max_length=80)
    time: dt.datetime
    rep: str | None = None
    rep_id: int | None = None
    customer: str | None = None
    customer_id: int | None = None
    type: EventType = "text"
    direction: Literal["in", "out"] = "out"
    text: str | None = None
    amount: float | None = None
    channel: str = Field(default="wecom", min_length=1, max_length=16)


class ArchiveError(ValueError):
    """The archive file is invalid; nothing was imported. ``problems`` has one entry per bad line."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("chat archive not imported:\n  " + "\n  ".join(problems[:20]))
        self.problems = problems


@dataclass
class ImportReport:
    """What an import did."""

    events: int = 0
    skipped_existing: int = 0
    alerts: list[ComplianceAlert] = field(default_factory=list)


def parse_archive(lines: list[str]) -> list[ArchiveEvent]:
    """Validate every line; raise :class:`ArchiveError` listing all bad lines."""
    max_chars = get_settings().max_scan_chars
    events, problems = [], []
    for no, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            event = ArchiveEvent.model_validate(json.loads(line))
        except (json.JSONDecodeError, ValidationError) as exc:
            problems.append(
                f"line {no}: {str(exc).splitlines()[0] if isinstance(exc, json.JSONDecodeError) else exc}"
            )
            continue
        if event.rep is None and event.rep_id is None or event.customer is None and event.customer_id is None:
            problems.append(f"line {no}: needs 'rep' (or 'rep_id') and 'customer' (or 'customer_id')")
        elif event.type == "text" and not (event.text or "").strip():
            problems.append(f"line {no}: a text event needs 'text'")
        elif event.text and len(event.text) > max_chars:
            problems.append(
                f"line {no}: the text is {len(event.text):,} characters; the limit is {max_chars:,} (MAX_SCAN_CHARS)"
            )
        else:
            events.append(event)
    if problems:
        raise ArchiveError(problems)
    return events


def _resolve(session: Session, events: list[ArchiveEvent]) -> dict[str, tuple[int, int]]:
    """Map each event id to (rep_id, customer_id); raise ArchiveError for unknown people."""
    logins = dict(session.execute(select(User.login, User.id)).all())
    user_ids = set(logins.values())
    ext = dict(session.execute(select(Customer.external_id, Customer.id)).all())
    cust_ids = set(ext.values())
    out, problems = {}, []
    for e in events:
        rep = logins.get(e.rep) if e.rep is not None else (e.rep_id if e.rep_id in user_ids else None)
        cust = (
            ext.get(e.customer)
            if e.customer is not None
            else (e.customer_id if e.customer_id in cust_ids else None)
        )
        if rep is None:
            problems.append(f"event {e.id}: unknown rep {e.rep or e.rep_id!r}")
        if cust is None:
            problems.append(f"event {e.id}: unknown customer {e.customer or e.customer_id!r}")
        out[e.id] = (rep, cust)
    if problems:
        raise ArchiveError(problems)
    return out


def _naive_utc(value: dt.datetime, tz: ZoneInfo) -> dt.datetime:
    return (value if value.tzinfo else value.replace(tzinfo=tz)).astimezone(dt.UTC).replace(tzinfo=None)


def import_archive(
    session: Session,
    lines: list[str],
    *,
    late_reply_minutes: int | None = None,
    hours: WorkingHours | None = None,
) -> ImportReport:
    """Import chat-archive events, scan their texts and apply the behaviour rules.

    Args:
        session: the CRM session (the caller commits; on error roll back — nothing is half-written).
        lines: the JSONL lines.
        late_reply_minutes: working minutes after which a rep's reply counts as late
            (default the ``LATE_REPLY_MINUTES`` setting).
        hours: the working hours (default ``WORKING_HOURS`` on ``WORKING_WEEKDAYS`` in ``TIMEZONE``).

    Raises:
        ArchiveError: a malformed line, or a rep/customer that is not in the CRM.
    """
    tz = ZoneInfo(get_settings().timezone)
    hours = hours or WorkingHours.from_settings()
    if late_reply_minutes is None:
        late_reply_minutes = get_settings().late_reply_minutes
    events = sorted(parse_archive(lines), key=lambda e: _naive_utc(e.time, tz))
    people = _resolve(session, events)
    report = ImportReport()
    threads: dict[tuple[int, int], list[tuple[str, str]]] = {}  # (rep, customer) → recent (direction, text)
    for e in events:
        rep_id, customer_id = people[e.id]
        at = _naive_utc(e.time, tz)
        direction = "outbound" if e.direction == "out" else "inbound"
        if session.scalar(select(ChatEvent.id).where(ChatEvent.external_id == e.id)):
            report.skipped_existing += 1
            continue
        session.add(
            ChatEvent(
                external_id=e.id,
                rep_id=rep_id,
                customer_id=customer_id,
                channel=e.channel,
                kind=e.type,
                direction=direction,
                occurred_at=at,
                text=e.text,
                payload={"amount": e.amount} if e.amount is not None else {},
            )
        )
        session.flush()
        report.events += 1
        if e.text and e.type in {"text", "recall"}:
            thread = threads.setdefault((rep_id, customer_id), [])
            if thread and thread[-1][0] != direction:
                thread.clear()  # only consecutive messages of one sender are joined
            preceding = [t for _, t in thread[-2:]]
            thread.append((direction, e.text))
            report.alerts += record_message(
                session,
                rep_id=rep_id,
                customer_id=customer_id,
                channel=e.channel,
                direction=direction,
                text=e.text,
                occurred_at=at,
                source="archive",
                external_id=e.id,
                preceding=preceding,
            )
        finding = behaviour_finding(e.type, direction, e.amount, e.text)
        if finding is None and e.type == "text" and direction == "outbound":
            finding = _late_reply(session, rep_id, customer_id, at, late_reply_minutes, hours)
        if finding is not None:
            alert = record_behaviour(
                session,
                finding,
                rep_id=rep_id,
                customer_id=customer_id,
                channel=e.channel,
                occurred_at=at,
                event_key=e.id,
                direction=direction,
            )
            if alert is not None:
                report.alerts.append(alert)
    return report


def _late_reply(
    session: Session, rep_id: int, customer_id: int, at: dt.datetime, limit: int, hours: WorkingHours
) -> BehaviourFinding | None:
    """Return a late-reply finding when the customer's first unanswered message waited too long."""
    pair = (ChatEvent.rep_id == rep_id, ChatEvent.customer_id == customer_id, ChatEvent.kind == "text")
    last_out = session.scalar(
        select(ChatEvent.occurred_at)
        .where(*pair, ChatEvent.direction == "outbound", ChatEvent.occurred_at < at)
        .order_by(ChatEvent.occurred_at.desc())
        .limit(1)
    )
    query = select(ChatEvent.occurred_at).where(
        *pair, ChatEvent.direction == "inbound", ChatEvent.occurred_at <= at
    )
    if last_out is not None:
        query = query.where(ChatEvent.occurred_at > last_out)
    first_in = session.scalar(query.order_by(ChatEvent.occurred_at).limit(1))
    if first_in is None:
        return None
    return late_reply_finding(working_minutes(first_in, at, hours), limit, first_in, at)

"""Accept an inbound message once, claim it with a lease, finish it; find the stalled ones.

Every function takes an open session and leaves committing to the caller's
``session_scope``, except :func:`accept`, which commits its own insert so that a duplicate
(another worker or a platform retry racing it) is detected by the unique constraint.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import or_, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from assistant.db import utcnow
from assistant.inbox.models import InboundRecord

LEASE = dt.timedelta(minutes=5)
MAX_ATTEMPTS = 5


@dataclass(frozen=True)
class Inbound:
    """An accepted message as the worker sees it."""

    id: int
    channel: str
    chat_id: str
    sender_id: str
    kind: str
    text: str | None
    media: dict[str, Any] | None
    request_id: str | None
    attempts: int

    @classmethod
    def of(cls, row: InboundRecord) -> Inbound:
        """Copy a row into a plain value (safe to use after the session closes)."""
        return cls(
            row.id, row.channel, row.chat_id, row.sender_id, row.kind, row.text, row.media, row.request_id,
            row.attempts,
        )


def accept(
    session: Session,
    *,
    channel: str,
    dedupe_key: str,
    chat_id: str,
    sender_id: str,
    kind: str = "text",
    text: str | None = None,
    media: dict[str, Any] | None = None,
    request_id: str | None = None,
) -> int | None:
    """Store a message unless ``(channel, dedupe_key)`` was stored before.

    NUL characters are dropped from ``text`` (no database stores them alike, no chat means them).

    Returns:
        The new message id, or None for a duplicate (a platform retry: do nothing more).
    """
    if text is not None:
        text = text.replace("\x00", "")  # NUL cannot be stored in PostgreSQL text, and means nothing in a chat
    exists = session.scalar(
        select(InboundRecord.id).where(InboundRecord.channel == channel, InboundRecord.dedupe_key == dedupe_key)
    )
    if exists is not None:
        return None
    row = InboundRecord(
        channel=channel, dedupe_key=dedupe_key, chat_id=chat_id, sender_id=sender_id, kind=kind,
        text=text, media=media, request_id=request_id,
    )
    try:
        with session.begin_nested():
            session.add(row)
            session.flush()
    except IntegrityError:
        return None
    session.commit()
    return row.id


def claim(session: Session, inbound_id: int, *, now: dt.datetime | None = None) -> Inbound | None:
    """Take the message for processing until the lease ends; None if it is done or held by another."""
    now = now or utcnow()
    claimed = session.execute(
        update(InboundRecord)
        .where(
            InboundRecord.id == inbound_id,
            InboundRecord.attempts < MAX_ATTEMPTS,
            or_(
                InboundRecord.status == "queued",
                (InboundRecord.status == "processing") & (InboundRecord.lease_until < now),
            ),
        )
        .values(status="processing", lease_until=now + LEASE, attempts=InboundRecord.attempts + 1)
    ).rowcount
    session.commit()
    if not claimed:
        return None
    row = session.get(InboundRecord, inbound_id)
    return Inbound.of(row) if row is not None else None


def finish(session: Session, inbound_id: int, *, error: str | None = None) -> None:
    """Mark the message done (or failed with ``error``); its lease ends."""
    session.execute(
        update(InboundRecord)
        .where(InboundRecord.id == inbound_id)
        .values(status="failed" if error else "done", error=error, lease_until=None, finished_at=utcnow())
    )


def release(session: Session, inbound_id: int, *, error: str) -> None:
    """Give the message back to the queue after a transient failure (it will be claimed again)."""
    session.execute(
        update(InboundRecord)
        .where(InboundRecord.id == inbound_id)
        .values(status="queued", error=error, lease_until=None)
    )


def stalled(session: Session, *, now: dt.datetime | None = None, older_than: dt.timedelta = LEASE) -> list[int]:
    """Ids of messages nobody is working on: queued for a while, or claimed by a worker that died."""
    now = now or utcnow()
    rows = session.scalars(
        select(InboundRecord.id)
        .where(
            InboundRecord.attempts < MAX_ATTEMPTS,
            or_(
                (InboundRecord.status == "queued") & (InboundRecord.received_at < now - older_than),
                (InboundRecord.status == "processing") & (InboundRecord.lease_until < now),
            ),
        )
        .order_by(InboundRecord.id)
        .limit(500)
    )
    return list(rows)


def set_user(session: Session, inbound_id: int, user_id: int | None) -> None:
    """Record which CRM user the message resolved to (for audit and per-user views)."""
    session.execute(update(InboundRecord).where(InboundRecord.id == inbound_id).values(user_id=user_id))

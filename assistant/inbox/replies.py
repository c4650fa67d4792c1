"""Reply parts: recorded before sending, marked sent after, so a re-run never sends a part twice."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from assistant.db import utcnow
from assistant.inbox.models import ReplyRecord


@dataclass(frozen=True)
class ReplyPart:
    """One message to send on a channel (its payload is the channel's own rendering)."""

    id: int
    seq: int
    channel: str
    chat_id: str
    payload: dict[str, Any]


def record(
    session: Session, *, inbound_id: int | None, channel: str, chat_id: str, payloads: list[dict[str, Any]]
) -> None:
    """Store the reply parts of ``inbound_id`` once (a re-run keeps the parts stored first)."""
    if inbound_id is not None and recorded(session, inbound_id):
        return
    try:
        with session.begin_nested():
            for seq, payload in enumerate(payloads):
                session.add(
                    ReplyRecord(inbound_id=inbound_id, seq=seq, channel=channel, chat_id=chat_id, payload=payload)
                )
            session.flush()
    except IntegrityError:  # another worker recorded them first
        return
    session.commit()


def recorded(session: Session, inbound_id: int) -> bool:
    """Whether the reply parts of ``inbound_id`` were recorded already (by an earlier attempt)."""
    return session.scalar(select(ReplyRecord.id).where(ReplyRecord.inbound_id == inbound_id).limit(1)) is not None


def unsent(session: Session, *, inbound_id: int | None = None, channel: str | None = None) -> list[ReplyPart]:
    """Parts not sent yet, in order (of one inbound message, or of a channel)."""
    stmt = select(ReplyRecord).where(ReplyRecord.sent_at.is_(None))
    if inbound_id is not None:
        stmt = stmt.where(ReplyRecord.inbound_id == inbound_id)
    if channel is not None:
        stmt = stmt.where(ReplyRecord.channel == channel)
    rows = session.scalars(stmt.order_by(ReplyRecord.inbound_id, ReplyRecord.seq, ReplyRecord.id))
    return [ReplyPart(r.id, r.seq, r.channel, r.chat_id, r.payload) for r in rows]


def mark_sent(session: Session, part_id: int) -> bool:
    """Mark a part sent; False if another worker had marked it already."""
    done = session.execute(
        update(ReplyRecord).where(ReplyRecord.id == part_id, ReplyRecord.sent_at.is_(None)).values(sent_at=utcnow())
    ).rowcount
    session.commit()
    return bool(done)


def mark_failed(session: Session, part_id: int, error: str) -> None:
    """Count a failed send attempt on a part (it stays unsent)."""
    session.execute(
        update(ReplyRecord)
        .where(ReplyRecord.id == part_id)
        .values(attempts=ReplyRecord.attempts + 1, error=error[:2000])
    )
    session.commit()


def sent_since(session: Session, *, channel: str, chat_id: str, since: dt.datetime) -> int:
    """How many parts were sent to one chat since ``since`` (for per-member send limits)."""
    return int(
        session.scalar(
            select(func.count())
            .select_from(ReplyRecord)
            .where(ReplyRecord.channel == channel, ReplyRecord.chat_id == chat_id, ReplyRecord.sent_at >= since)
        )
        or 0
    )

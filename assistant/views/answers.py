"""The web's view of inbound messages and their recorded replies: history, one answer, job status.

A message is shown only to the user it came from (its channel identity resolved to the
same CRM user), so ``/answers/{id}`` links from WeCom open for their own user only.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from assistant.db import session_scope
from assistant.identity import UnknownUserError, resolve_user
from assistant.inbox.models import InboundRecord, ReplyRecord


@dataclass
class Turn:
    """One message of a user and the reply parts recorded for it."""

    id: int
    kind: str
    text: str | None
    media: dict[str, Any] | None
    status: str
    error: str | None
    replies: list[dict[str, Any]] = field(default_factory=list)


def _owned(session: Session, row: InboundRecord | None, user_id: int) -> bool:
    if row is None:
        return False
    if row.user_id is not None:
        return row.user_id == user_id
    try:
        return resolve_user(session, row.sender_id, channel=row.channel).id == user_id
    except UnknownUserError:
        return False


def _turn(session: Session, row: InboundRecord) -> Turn:
    parts = session.scalars(
        select(ReplyRecord.payload).where(ReplyRecord.inbound_id == row.id).order_by(ReplyRecord.seq)
    )
    return Turn(row.id, row.kind, row.text, row.media, row.status, row.error, list(parts))


def turn(inbound_id: int, *, user_id: int) -> Turn | None:
    """Return one message with its replies, or None when it is not this user's (or does not exist)."""
    with session_scope() as s:
        row = s.get(InboundRecord, inbound_id)
        return _turn(s, row) if row is not None and _owned(s, row, user_id) else None


def history(login: str, chat_id: str, *, limit: int = 100) -> list[Turn]:
    """Return the web messages of ``login`` in one conversation, oldest first."""
    with session_scope() as s:
        rows = list(
            s.scalars(
                select(InboundRecord)
                .where(InboundRecord.channel == "web", InboundRecord.sender_id == login,
                       InboundRecord.chat_id == chat_id)
                .order_by(InboundRecord.id.desc())
                .limit(limit)
            )
        )  # fmt: skip
        return [_turn(s, r) for r in reversed(rows)]


def conversations(login: str, *, limit: int = 30) -> list[dict[str, Any]]:
    """Return the user's web conversations, newest first: ``{"id", "title", "last_id"}``."""
    with session_scope() as s:
        rows = s.execute(
            select(InboundRecord.chat_id, func.min(InboundRecord.id), func.max(InboundRecord.id))
            .where(InboundRecord.channel == "web", InboundRecord.sender_id == login)
            .group_by(InboundRecord.chat_id)
            .order_by(func.max(InboundRecord.id).desc())
            .limit(limit)
        ).all()
        out = []
        for chat_id, first, last in rows:
            first_row = s.get(InboundRecord, first)
            title = (first_row.text or (first_row.media or {}).get("filename") or chat_id) if first_row else chat_id
            out.append({"id": chat_id, "title": str(title)[:40], "last_id": last})
        return out


def find(channel: str, dedupe_key: str) -> int | None:
    """Return the id of the message accepted with ``dedupe_key`` on ``channel`` (a client's retry)."""
    with session_scope() as s:
        return s.scalar(
            select(InboundRecord.id).where(InboundRecord.channel == channel, InboundRecord.dedupe_key == dedupe_key)
        )

"""A key/value store with expiry shared by every process (WeCom's ``access_token`` lives here)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import delete as delete_stmt
from sqlalchemy import update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from assistant.db import utcnow
from assistant.inbox.models import SharedState


def get(session: Session, key: str, *, now: dt.datetime | None = None) -> str | None:
    """Return the value of ``key`` if present and not expired."""
    row = session.get(SharedState, key)
    if row is None or (row.expires_at is not None and row.expires_at <= (now or utcnow())):
        return None
    return row.value


def put(session: Session, key: str, value: str, *, expires_at: dt.datetime | None = None) -> None:
    """Set ``key`` (insert or replace) and commit."""
    row = session.get(SharedState, key)
    if row is None:
        session.add(SharedState(key=key, value=value, expires_at=expires_at, updated_at=utcnow()))
    else:
        row.value, row.expires_at, row.updated_at = value, expires_at, utcnow()
    session.commit()


def delete(session: Session, key: str, *, only_if: str | None = None) -> None:
    """Forget ``key`` (e.g. a token the platform said is invalid) and commit.

    Args:
        session: The session (committed here).
        key: The shared value's key.
        only_if: Delete only while the value is still this one (a lock released by its holder
            only, never after it expired and another process took it).
    """
    query = delete_stmt(SharedState).where(SharedState.key == key)
    if only_if is not None:
        query = query.where(SharedState.value == only_if)
    session.execute(query)
    session.commit()


def put_if_absent(session: Session, key: str, value: str, *, expires_at: dt.datetime | None = None) -> bool:
    """Set ``key`` only if it is absent or expired, atomically across processes (a lock); commits.

    Returns:
        True if this call set it (the caller holds the lock), False if someone else holds it.
    """
    now = utcnow()
    taken = session.execute(
        update(SharedState)
        .where(SharedState.key == key, SharedState.expires_at.is_not(None), SharedState.expires_at <= now)
        .values(value=value, expires_at=expires_at, updated_at=now)
    ).rowcount
    if not taken:
        try:
            with session.begin_nested():
                session.add(SharedState(key=key, value=value, expires_at=expires_at, updated_at=now))
                session.flush()
        except IntegrityError:
            session.commit()
            return False
    session.commit()
    return True

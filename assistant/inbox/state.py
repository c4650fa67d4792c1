"""A key/value store with expiry shared by every process (WeCom's ``access_token`` lives here).

It also holds counters over a time window (failed web logins), bumped atomically by any process.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Integer, Text, cast, or_, select, update
from sqlalchemy import delete as delete_stmt
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


def count(
    session: Session, key: str, *, window_end: dt.datetime, now: dt.datetime | None = None
) -> tuple[int, dt.datetime]:
    """Add one to the counter ``key`` and commit; an absent or expired counter restarts at 1.

    The increment is a single UPDATE, so processes counting at once never lose a count.

    Args:
        session: The session (committed here).
        key: The counter's key.
        window_end: When a counter started by this call expires (a running one keeps its end).
        now: The current time (default: now, UTC).

    Returns:
        The count after this call and when the counter's window ends.
    """
    now = now or utcnow()
    while True:
        bumped = session.execute(
            update(SharedState)
            .where(SharedState.key == key, SharedState.expires_at > now)
            .values(value=cast(cast(SharedState.value, Integer) + 1, Text), updated_at=now)
        ).rowcount
        if not bumped:
            bumped = session.execute(
                update(SharedState)
                .where(
                    SharedState.key == key,
                    or_(SharedState.expires_at.is_(None), SharedState.expires_at <= now),
                )
                .values(value="1", expires_at=window_end, updated_at=now)
            ).rowcount
        if not bumped:
            try:
                with session.begin_nested():
                    session.add(SharedState(key=key, value="1", expires_at=window_end, updated_at=now))
                    session.flush()
            except IntegrityError:
                continue  # another process started the counter meanwhile: count into it
        value, ends = session.execute(
            select(SharedState.value, SharedState.expires_at).where(SharedState.key == key)
        ).one()
        session.commit()
        return int(value), ends


def counted(session: Session, key: str, *, now: dt.datetime | None = None) -> tuple[int, dt.datetime | None]:
    """Return the counter ``key`` and its window's end; ``(0, None)`` when absent or expired."""
    row = session.get(SharedState, key)
    if (
        row is None
        or row.expires_at is None
        or row.expires_at <= (now or utcnow())
        or not row.value.isdigit()
    ):
        return 0, None
    return int(row.value), row.expires_at

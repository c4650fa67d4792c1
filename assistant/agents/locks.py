"""One turn at a time per conversation, across threads and processes: a lease row in the database.

Two turns of one conversation must not interleave: the second would read the first's
half-written checkpoint, answer its confirmation, or cite its records. A turn therefore
claims the conversation's row in ``conversation_locks`` (an atomic upsert that succeeds
only when the row is free or its lease has run out), renews the lease while it runs, and
deletes the row when it ends. A holder that crashed stops renewing, so its lease expires
after :data:`LEASE_SECONDS` and the next turn takes over. Different conversations have
different rows and run in parallel. Works the same on SQLite and PostgreSQL.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import random
import threading
import time
import uuid
from collections.abc import Iterator
from typing import Any

from sqlalchemy import DateTime, Engine, String, delete, select, update
from sqlalchemy.orm import Mapped, mapped_column

from assistant.db import Base, utcnow

LEASE_SECONDS = 60.0
WAIT_SECONDS = 120.0


class ConversationLock(Base):
    """The current holder of a conversation and until when its lease runs."""

    __tablename__ = "conversation_locks"

    conversation_id: Mapped[str] = mapped_column(String(255), primary_key=True)
    holder: Mapped[str] = mapped_column(String(64))
    acquired_at: Mapped[dt.datetime] = mapped_column(DateTime)
    expires_at: Mapped[dt.datetime] = mapped_column(DateTime)


class ConversationBusyError(RuntimeError):
    """Another turn of the conversation held it for longer than the wait allowed."""


@contextlib.contextmanager
def conversation_lock(
    engine: Engine, conversation_id: str, *, lease: float = LEASE_SECONDS, wait: float = WAIT_SECONDS
) -> Iterator[None]:
    """Hold ``conversation_id`` for the duration of the block (waiting for the current holder first).

    Args:
        engine: The database that holds ``conversation_locks``.
        conversation_id: The conversation to hold.
        lease: Seconds a claim lasts without renewal (a crashed holder's lock frees after this).
        wait: Seconds to wait for the conversation before giving up.

    Raises:
        ConversationBusyError: the conversation stayed held for ``wait`` seconds.
    """
    holder = uuid.uuid4().hex
    deadline = time.monotonic() + wait
    pause = 0.01
    while not _claim(engine, conversation_id, holder, lease):
        if time.monotonic() >= deadline:
            raise ConversationBusyError(f"conversation {conversation_id} is busy; try again shortly")
        time.sleep(pause * (1 + random.random()))
        pause = min(pause * 2, 0.2)
    done = threading.Event()
    renewer = threading.Thread(
        target=_renew,
        args=(engine, conversation_id, holder, lease, done),
        name="conversation-lease",
        daemon=True,
    )
    renewer.start()
    try:
        yield
    finally:
        done.set()
        renewer.join()
        with engine.begin() as conn:
            conn.execute(
                delete(ConversationLock).where(
                    ConversationLock.conversation_id == conversation_id, ConversationLock.holder == holder
                )
            )


def _claim(engine: Engine, conversation_id: str, holder: str, lease: float) -> bool:
    """Take the row when it is absent or expired (one atomic upsert); True when ``holder`` has it."""
    now = utcnow()
    values = {"holder": holder, "acquired_at": now, "expires_at": now + dt.timedelta(seconds=lease)}
    table = ConversationLock.__table__
    stmt = _insert(engine)(table).values(conversation_id=conversation_id, **values)
    stmt = stmt.on_conflict_do_update(
        index_elements=[table.c.conversation_id], set_=values, where=table.c.expires_at < now
    )
    with engine.begin() as conn:
        conn.execute(stmt)
        current = conn.scalar(select(table.c.holder).where(table.c.conversation_id == conversation_id))
    return current == holder


def _insert(engine: Engine) -> Any:
    if engine.dialect.name == "postgresql":
        from sqlalchemy.dialects import postgresql  # only the dialect in use is imported

        return postgresql.insert
    if engine.dialect.name == "sqlite":
        from sqlalchemy.dialects import sqlite

        return sqlite.insert
    raise NotImplementedError(f"conversation locks need SQLite or PostgreSQL, not {engine.dialect.name}")


def _renew(engine: Engine, conversation_id: str, holder: str, lease: float, done: threading.Event) -> None:
    """Extend the lease every third of it until ``done`` (a long turn keeps its conversation)."""
    while not done.wait(lease / 3):
        with engine.begin() as conn:
            conn.execute(
                update(ConversationLock)
                .where(ConversationLock.conversation_id == conversation_id, ConversationLock.holder == holder)
                .values(expires_at=utcnow() + dt.timedelta(seconds=lease))
            )

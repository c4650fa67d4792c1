"""The shared key/value store: a lock is released only by the process that holds it."""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session

from assistant.inbox import state


def test_a_lock_is_released_only_by_its_holder(session: Session) -> None:
    assert state.put_if_absent(session, "lock:x", "first", expires_at=dt.datetime(2000, 1, 1))  # expired at once
    assert state.put_if_absent(session, "lock:x", "second", expires_at=dt.datetime(2999, 1, 1))  # taken over
    state.delete(session, "lock:x", only_if="first")  # the first holder's late release
    assert state.get(session, "lock:x") == "second"
    state.delete(session, "lock:x", only_if="second")
    assert state.get(session, "lock:x") is None


def test_delete_without_an_owner_forgets_the_key(session: Session) -> None:
    state.put(session, "token", "abc")
    state.delete(session, "token")
    assert state.get(session, "token") is None

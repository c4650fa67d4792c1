"""The shared key/value store: a lock is released only by the process that holds it; counters lose no count."""

from __future__ import annotations

import datetime as dt
import threading

from sqlalchemy import Engine
from sqlalchemy.orm import Session

from assistant.db import session_scope
from assistant.inbox import state


def test_a_lock_is_released_only_by_its_holder(session: Session) -> None:
    assert state.put_if_absent(
        session, "lock:x", "first", expires_at=dt.datetime(2000, 1, 1)
    )  # expired at once
    assert state.put_if_absent(session, "lock:x", "second", expires_at=dt.datetime(2999, 1, 1))  # taken over
    state.delete(session, "lock:x", only_if="first")  # the first holder's late release
    assert state.get(session, "lock:x") == "second"
    state.delete(session, "lock:x", only_if="second")
    assert state.get(session, "lock:x") is None


def test_delete_without_an_owner_forgets_the_key(session: Session) -> None:
    state.put(session, "token", "abc")
    state.delete(session, "token")
    assert state.get(session, "token") is None


def test_a_counter_counts_within_its_window_and_restarts_after_it(session: Session) -> None:
    start = dt.datetime(2026, 1, 1, 12, 0)
    end = start + dt.timedelta(minutes=15)
    assert state.counted(session, "n", now=start) == (0, None)
    assert state.count(session, "n", window_end=end, now=start) == (1, end)
    assert state.count(
        session, "n", window_end=end + dt.timedelta(minutes=1), now=start + dt.timedelta(minutes=1)
    ) == (2, end)
    assert state.counted(session, "n", now=start + dt.timedelta(minutes=14)) == (2, end)
    assert state.counted(session, "n", now=end) == (0, None)  # the window is over
    later = end + dt.timedelta(hours=1)
    assert state.count(session, "n", window_end=later, now=end) == (1, later)


def test_counters_bumped_by_many_threads_lose_no_count(engine: Engine) -> None:
    end = dt.datetime(2999, 1, 1)

    def bump() -> None:
        for _ in range(10):
            with session_scope(engine) as s:
                state.count(s, "shared", window_end=end)

    threads = [threading.Thread(target=bump) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    with session_scope(engine) as s:
        assert state.counted(s, "shared") == (40, end)

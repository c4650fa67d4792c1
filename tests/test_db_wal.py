"""SQLite WAL switching waits out another process holding the file (a fresh-file race seen in CI)."""

from __future__ import annotations

import sqlite3
import threading
import time
from pathlib import Path

import pytest

from assistant.db import enable_wal, wal_budget


def test_wal_is_set_once_another_connection_lets_go(tmp_path: Path) -> None:
    path = tmp_path / "fresh.db"
    holder = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    holder.execute("BEGIN EXCLUSIVE")
    threading.Timer(0.3, lambda: holder.execute("COMMIT")).start()
    conn = sqlite3.connect(path, timeout=0)  # no busy timeout: only the retry can wait
    enable_wal(conn)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    conn.close()
    holder.close()


def test_an_already_wal_file_is_left_alone_and_a_held_lock_eventually_fails(tmp_path: Path) -> None:
    path = tmp_path / "held.db"
    first = sqlite3.connect(path)
    enable_wal(first)
    enable_wal(first)  # idempotent
    assert first.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    first.close()
    other = tmp_path / "locked.db"
    holder = sqlite3.connect(other, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    conn = sqlite3.connect(other, timeout=0)
    with pytest.raises(sqlite3.OperationalError, match="locked"):
        enable_wal(conn, attempts=3)
    conn.close()
    holder.execute("COMMIT")
    holder.close()


class _Locked:
    """A connection with a busy timeout whose WAL switch is refused as locked for ``seconds`` of (fake) time."""

    def __init__(self, busy_ms: int, seconds: float, clock: list[float]) -> None:
        self.busy_ms, self.seconds, self.clock, self.mode = busy_ms, seconds, clock, "delete"

    def execute(self, sql: str) -> sqlite3.Cursor:
        if sql == "PRAGMA busy_timeout":
            return sqlite3.connect(":memory:").execute(f"select {self.busy_ms}")
        if sql == "PRAGMA journal_mode=WAL":
            if self.clock[0] < self.seconds:
                raise sqlite3.OperationalError("database is locked")
            self.mode = "wal"
        return sqlite3.connect(":memory:").execute(f"select '{self.mode}'")


def _fake_clock(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    clock = [0.0]

    def sleep(s: float) -> None:
        clock[0] += s

    monkeypatch.setattr(time, "sleep", sleep)
    monkeypatch.setattr(time, "monotonic", lambda: clock[0])
    return clock


def test_the_retry_waits_as_long_as_the_connections_busy_timeout(monkeypatch: pytest.MonkeyPatch) -> None:
    clock = _fake_clock(monkeypatch)
    conn = _Locked(busy_ms=30_000, seconds=10.0, clock=clock)  # the checkpointer's 30 s timeout, locked for 10 s
    enable_wal(conn)
    assert conn.mode == "wal" and 10.0 <= clock[0] < 10.5


def test_the_retry_budget_has_a_floor_and_a_cap(monkeypatch: pytest.MonkeyPatch) -> None:
    assert wal_budget(sqlite3.connect(":memory:", timeout=0)) == 2.5  # no busy timeout: the old 2.5 s
    assert wal_budget(sqlite3.connect(":memory:", timeout=30)) == 30.0
    assert wal_budget(sqlite3.connect(":memory:", timeout=600)) == 60.0  # capped
    clock = _fake_clock(monkeypatch)
    with pytest.raises(sqlite3.OperationalError, match="locked"):
        enable_wal(_Locked(busy_ms=600_000, seconds=1e9, clock=clock))
    assert 59.0 <= clock[0] <= 60.5  # gave up at the cap, not after ten minutes

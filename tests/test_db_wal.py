"""SQLite WAL switching waits out another process holding the file (a fresh-file race seen in CI)."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

import pytest

from assistant.db import enable_wal


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

"""A ``crm-assistant worker`` process with one extra task that records each run in a table.

Run as ``python -m tests.reliability.count_worker`` with ``DATABASE_URL`` on PostgreSQL: the
task ``reliability_count(n)`` inserts ``(n, pid)`` into ``reliability_done`` (no unique key, so
a task run twice shows up twice). The test enqueues with :func:`register` on its own huey.
"""

from __future__ import annotations

import os
import time

from huey import Huey
from huey.api import TaskWrapper
from sqlalchemy import text

TABLE_DDL = "create table if not exists reliability_done (n integer not null, pid integer not null)"


def register(huey: Huey) -> TaskWrapper:
    """Register the counting task on ``huey`` and return it."""

    @huey.task(name="reliability_count")
    def reliability_count(n: int) -> None:
        from assistant.db import get_engine

        time.sleep(0.005)  # a little work, so both workers get some
        with get_engine().begin() as conn:
            conn.execute(text("insert into reliability_done (n, pid) values (:n, :pid)"), {"n": n, "pid": os.getpid()})

    return reliability_count


if __name__ == "__main__":
    from assistant.cli import app
    from channels.queue import get_huey
    from tests.reliability import count_worker  # huey names a task by its module: not "__main__"

    count_worker.register(get_huey())
    app(["worker", "--workers", "2"])

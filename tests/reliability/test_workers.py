"""Two ``crm-assistant worker`` processes on one PostgreSQL queue drain 1,000 tasks, each exactly once."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

from sqlalchemy import Engine, text

from assistant.config import get_settings
from channels.queue import make_huey
from tests.processes import ROOT, app_env, stop, wait_until
from tests.reliability.count_worker import TABLE_DDL, register

TASKS = 1000
DRAIN_TIMEOUT_S = 240


def test_two_workers_drain_1000_tasks_each_exactly_once(engine: Engine, tmp_path: Path) -> None:
    with engine.begin() as conn:
        conn.execute(text(TABLE_DDL))
    settings = get_settings()
    huey = make_huey(settings)  # PostgresHuey in the test database
    count = register(huey)
    env = app_env(DATABASE_URL=settings.database_url, DATA_DIR=str(tmp_path / "data"))
    workers = [subprocess.Popen([sys.executable, "-m", "tests.reliability.count_worker"], env=env, cwd=ROOT,
                                stdout=(tmp_path / f"w{i}.log").open("wb"), stderr=subprocess.STDOUT)
               for i in range(2)]
    try:
        time.sleep(1.0)
        for n in range(TASKS):
            count(n)

        def drained() -> bool:
            with engine.connect() as conn:
                return conn.scalar(text("select count(*) from reliability_done")) >= TASKS

        wait_until(drained, timeout=DRAIN_TIMEOUT_S, what=f"two workers finishing {TASKS} tasks")
        time.sleep(2.0)  # a task run twice would show up now
    finally:
        for w in workers:
            stop(w)
        huey.storage.close()
    with engine.connect() as conn:
        rows = conn.execute(text("select n, count(*) from reliability_done group by n")).all()
        pids = conn.scalar(text("select count(distinct pid) from reliability_done"))
        left = conn.scalar(text("select count(*) from huey_task"))
    assert sorted(n for n, _ in rows) == list(range(TASKS))  # every task ran
    assert all(c == 1 for _, c in rows), [r for r in rows if r[1] != 1][:10]  # none twice
    assert pids == 2, "both worker processes took tasks"
    assert left == 0

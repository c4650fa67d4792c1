"""The task queue: huey, with SQLite storage in ``DATA_DIR`` by default and Redis when ``REDIS_URL`` is set.

Why huey: it is a maintained queue with persistent storage, retries with backoff, periodic
tasks and thread/process workers, and — unlike RQ, arq, Dramatiq or Celery — it has an
embedded SQLite storage, so ``make run`` needs no server; the same tasks run on Redis in
production. huey removes a task from storage when a worker takes it, so a worker killed
mid-task would lose it: every task here is keyed by a row of ``inbound_messages`` whose lease
expires, and the periodic :func:`channels.tasks.recover` re-enqueues what a dead worker held.
"""

from __future__ import annotations

from functools import lru_cache

from huey import Huey, RedisHuey, SqliteHuey

from assistant.config import get_settings


@lru_cache(maxsize=1)
def get_huey() -> Huey:
    """Return the process-wide huey instance for the current settings."""
    s = get_settings()
    if s.redis_url:
        return RedisHuey("crm-assistant", url=s.redis_url)
    s.data_dir.mkdir(parents=True, exist_ok=True)
    return SqliteHuey("crm-assistant", filename=str(s.data_dir / "queue.db"))

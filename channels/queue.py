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
from huey.consumer import Consumer

from assistant.config import get_settings


@lru_cache(maxsize=1)
def get_huey() -> Huey:
    """Return the process-wide huey instance for the current settings."""
    s = get_settings()
    if s.redis_url:
        return RedisHuey("crm-assistant", url=s.redis_url)
    s.data_dir.mkdir(parents=True, exist_ok=True)
    return SqliteHuey("crm-assistant", filename=str(s.data_dir / "queue.db"))


class EmbeddedConsumer(Consumer):
    """A consumer that runs inside another program (the web server): no signal handlers of its own."""

    def _set_signal_handlers(self) -> None:
        """Leave signals to the host program (uvicorn)."""


def start_consumer(workers: int | None = None, *, embedded: bool = True) -> Consumer:
    """Start a consumer for :func:`get_huey` with ``workers`` threads (default ``QUEUE_WORKERS``)."""
    import channels.tasks  # noqa: F401 - registers the tasks with huey

    cls = EmbeddedConsumer if embedded else Consumer
    consumer = cls(get_huey(), workers=workers or get_settings().queue_workers, worker_type="thread",
                   periodic=True, max_delay=1.0)
    if embedded:
        consumer.start()  # scheduler and worker threads; returns at once
    return consumer

"""The task queue: huey, on the storage the deployment already has.

* ``REDIS_URL`` set: Redis.
* ``DATABASE_URL`` on PostgreSQL: huey's PostgreSQL storage in the CRM database (tables
  ``huey_*``; ``FOR UPDATE SKIP LOCKED`` hands each task to one worker, ``LISTEN/NOTIFY``
  wakes idle workers), so several servers and workers share one queue with no extra server.
* otherwise: an SQLite file in ``DATA_DIR`` (``make run`` needs no server).

Why huey: it is a maintained queue with persistent storage, retries with backoff, periodic
tasks and thread/process workers, and — unlike RQ, arq, Dramatiq or Celery — it has embedded
SQLite and PostgreSQL storages. huey removes a task from storage when a worker takes it, so a
worker killed mid-task would lose it: every task here is keyed by a row of ``inbound_messages``
whose lease expires, and the periodic :func:`channels.tasks.recover` re-enqueues what a dead
worker held.
"""

from __future__ import annotations

from functools import lru_cache

from huey import Huey, PostgresHuey, RedisHuey, SqliteHuey

from assistant.config import Settings, get_settings, libpq_url

NAME = "crm-assistant"
DDL_LOCK = 0x68756579  # advisory lock key ("huey") held while the queue's tables are created


def make_huey(settings: Settings) -> Huey:
    """Build the huey instance ``settings`` select (Redis, PostgreSQL or an SQLite file)."""
    if settings.redis_url:
        return RedisHuey(NAME, url=settings.redis_url)
    if settings.database_url.startswith("postgres"):
        huey = PostgresHuey(NAME, dsn=libpq_url(settings.database_url), create_tables=False, connect_timeout=10)
        _create_tables(huey)
        return huey
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    return SqliteHuey(NAME, filename=str(settings.data_dir / "queue.db"))


def _create_tables(huey: Huey) -> None:
    """Create huey's tables under an advisory lock: processes starting at once raced on CREATE TABLE IF NOT EXISTS."""
    import psycopg

    storage = huey.storage
    with psycopg.connect(storage.dsn, autocommit=True, connect_timeout=10) as conn:
        conn.execute("select pg_advisory_lock(%s)", (DDL_LOCK,))
        try:
            for sql in storage.ddl:
                conn.execute(sql)
        finally:
            conn.execute("select pg_advisory_unlock(%s)", (DDL_LOCK,))


@lru_cache(maxsize=1)
def get_huey() -> Huey:
    """Return the process-wide huey instance for the current settings."""
    return make_huey(get_settings())

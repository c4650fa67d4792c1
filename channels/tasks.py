"""The background tasks, on huey (see :mod:`channels.queue` for why huey and how crashes are covered).

* :func:`process_inbound` — one accepted message → replies delivered (:mod:`channels.worker`).
* :func:`recover` — every minute, re-enqueue messages nobody is working on (a worker that died
  mid-task, a message accepted while the queue was down).
* :func:`drain_alerts` — every minute, deliver queued high-severity compliance alerts to QA.
"""

from __future__ import annotations

import datetime as dt
import logging
import uuid

from huey import crontab

from assistant.inbox import service as inbox
from assistant.observability.tasks import instrument_huey, task_request_id
from channels import registry, worker
from channels.base import OutboundReply, send
from channels.queue import get_huey

log = logging.getLogger(__name__)
huey = instrument_huey(get_huey())  # a JSON line and metrics per task; the request id follows the message
DRAIN_LOCK = "lock:drain_alerts"
DRAIN_LOCK_TTL = dt.timedelta(minutes=10)


@huey.task(retries=3, retry_delay=2, retry_backoff=2.0, name="process_inbound")
def process_inbound(inbound_id: int, request_id: str | None = None) -> None:
    """Answer one accepted message (retried with backoff; a platform's wait request reschedules it)."""
    wait = worker.process(inbound_id)
    if wait is not None:
        process_inbound.schedule((inbound_id,), {"request_id": request_id}, delay=max(1.0, wait))


@huey.periodic_task(crontab(minute="*"), name="recover")
def recover() -> int:
    """Re-enqueue stalled messages; returns how many."""
    ids = inbox.stalled()
    for inbound_id in ids:
        process_inbound(inbound_id)
    if ids:
        log.warning("re-enqueued %d stalled message(s)", len(ids))
    return len(ids)


@huey.periodic_task(crontab(minute="*"), name="drain_alerts")
def drain_alerts() -> int:
    """Deliver queued compliance alerts to QA on their channels; returns how many were sent.

    Every consumer (each server and worker process) schedules this every minute: a lock in the
    database lets one of them drain at a time, or two would send the same alerts. It expires, so
    a process killed mid-drain holds it for :data:`DRAIN_LOCK_TTL` at most.
    """

    def deliver(channel: str, address: str, text: str) -> None:
        send(registry.get(channel), address, OutboundReply(text=text, title="质检提醒"))

    owner = uuid.uuid4().hex
    if not inbox.acquire_state(DRAIN_LOCK, owner, ttl=DRAIN_LOCK_TTL):
        return 0
    try:
        return inbox.drain_alerts(deliver)
    finally:
        inbox.delete_state(DRAIN_LOCK, only_if=owner)  # never release a lock another process took


def enqueue(inbound_id: int) -> None:
    """Queue an accepted message for processing (with the request id of the webhook that accepted it)."""
    process_inbound(inbound_id, request_id=task_request_id())

"""Queue tasks observed: the request id follows a message into its task; one log line and metrics per run.

:func:`instrument_huey` adds huey pre/post-execute hooks. Before a task runs, the hook binds
the task's ``request_id`` argument (given by :func:`task_request_id` when the webhook queued it)
or ``task-<huey id>``; after it ran, it writes one ``task`` JSON line (name, outcome, duration,
error) and records the task's latency and failures.
"""

from __future__ import annotations

import threading
import time
from contextvars import Token
from typing import Any

from huey import Huey

from assistant.observability import metrics
from assistant.observability.context import REQUEST_ID, accept_request_id, current_request_id
from assistant.observability.events import log_event

_RUNNING: dict[str, tuple[float, Token[str | None]]] = {}
_LOCK = threading.Lock()


def task_request_id() -> str | None:
    """Return the request id to hand to a task queued now (the current request's)."""
    return current_request_id()


def _before(task: Any) -> None:
    rid = (getattr(task, "kwargs", None) or {}).get("request_id") or f"task-{task.id}"
    token = REQUEST_ID.set(accept_request_id(str(rid)))
    with _LOCK:
        _RUNNING[task.id] = (time.perf_counter(), token)


def _after(task: Any, _value: Any, exc: BaseException | None) -> None:
    with _LOCK:
        started = _RUNNING.pop(task.id, None)
    seconds = time.perf_counter() - started[0] if started else 0.0
    outcome = "ok" if exc is None else ("retry" if getattr(task, "retries", 0) else "failed")
    metrics.observe_task(task.name, outcome, seconds)
    fields: dict[str, Any] = {"task": task.name, "task_id": task.id, "outcome": outcome,
                              "ms": round(seconds * 1000, 1)}
    if task.args:
        fields["args"] = [a for a in task.args if isinstance(a, int | str)][:3]
    if exc is not None:
        fields["error"] = f"{type(exc).__name__}: {exc}"[:300]
    log_event("task", **fields)
    if started:
        try:
            REQUEST_ID.reset(started[1])
        except ValueError:  # bound in another context (should not happen: huey runs both hooks in one thread)
            REQUEST_ID.set(None)


def instrument_huey(huey: Huey) -> Huey:
    """Register the observability hooks on ``huey`` (idempotent: named hooks replace themselves)."""
    huey.pre_execute(name="observability")(_before)
    huey.post_execute(name="observability")(_after)
    return huey

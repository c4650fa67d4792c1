"""Consumers of the task queue: one embedded in the web server, or stand-alone (``crm-assistant worker``)."""

from __future__ import annotations

from huey.consumer import Consumer

import channels.tasks  # noqa: F401 - registers the tasks with huey
from assistant.config import get_settings
from channels import registry
from channels.queue import get_huey


class EmbeddedConsumer(Consumer):
    """A consumer that runs inside another program (the web server): no signal handlers of its own."""

    def _set_signal_handlers(self) -> None:
        """Leave signals to the host program (uvicorn)."""


def register_channels() -> list[str]:
    """Register the sender of every configured channel (each package's ``register_channel``); returns them."""
    on = []
    for module in registry.channel_modules():
        register = getattr(module, "register_channel", None)
        if register is not None and register():
            on.append(module.__name__.rsplit(".", 1)[-1])
    return on


def start_consumer(workers: int | None = None, *, embedded: bool = True) -> Consumer:
    """Start a consumer for :func:`get_huey` with ``workers`` threads (default ``QUEUE_WORKERS``)."""
    if not embedded:  # the web server registered its channels when it mounted them
        register_channels()
    cls = EmbeddedConsumer if embedded else Consumer
    consumer = cls(get_huey(), workers=workers or get_settings().queue_workers, worker_type="thread",
                   periodic=True, max_delay=1.0)
    if embedded:
        consumer.start()  # scheduler and worker threads; returns at once
    return consumer

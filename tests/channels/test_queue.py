"""The huey tasks run on a real consumer with SQLite storage: an accepted message gets its reply."""

from __future__ import annotations

import time

from sqlalchemy import Engine

from assistant.inbox import service as inbox
from channels import registry
from channels.base import CollectingChannel


def test_a_consumer_thread_answers_an_enqueued_message(engine: Engine) -> None:
    import channels.tasks as tasks
    from channels.consumer import start_consumer

    registry.clear()
    channel = CollectingChannel(name="wecom")
    registry.register(channel)
    mid = inbox.accept(channel="wecom", dedupe_key="q1", chat_id="nobody", sender_id="nobody", text="hi")
    consumer = start_consumer(1)
    try:
        tasks.enqueue(mid)
        deadline = time.monotonic() + 20
        while not channel.sent and time.monotonic() < deadline:
            time.sleep(0.05)
    finally:
        consumer.stop(graceful=True)
        registry.clear()
    assert len(channel.texts()) == 1
    assert "crm-assistant users bind" in channel.texts()[0]  # an unknown sender gets the binding instruction

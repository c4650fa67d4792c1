"""Uploads processed on the task queue: summary with quote spans, progress in shared state.

The work is one huey task per accepted upload (``web_upload``); it claims the inbound
message like the channel worker does, so a re-run after a crash records the result once.
"""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path

from assistant.inbox import service as inbox
from assistant.inbox.media import MediaError
from assistant.views.auth import current_user
from assistant.views.uploads import summarize_upload
from channels.queue import get_huey

log = logging.getLogger(__name__)
huey = get_huey()


def progress_key(inbound_id: int) -> str:
    """Return the shared-state key holding an upload's progress (0..1)."""
    return f"webjob:{inbound_id}"


def run_upload(inbound_id: int) -> None:
    """Summarise one accepted upload and record the result as its reply part."""
    msg = inbox.claim(inbound_id)
    if msg is None:
        return
    try:
        if not inbox.replied(msg.id):
            user = current_user(msg.sender_id)
            language = user.language if user else "zh"

            def progress(share: float) -> None:
                inbox.put_state(progress_key(msg.id), f"{share:.2f}", ttl=dt.timedelta(hours=2))

            media = msg.media or {}
            customer = (media["customer_id"], media["customer"]) if media.get("customer_id") else None
            try:
                result = summarize_upload(
                    Path(media["path"]), login=msg.sender_id, today=inbox.today(), progress=progress,
                    customer=customer,
                )  # fmt: skip
                payload = {"kind": "summary", **result}
            except MediaError as exc:
                payload = {"kind": "error", "text": exc.message(language)}
            inbox.record_replies(msg.id, channel="web", chat_id=msg.chat_id, payloads=[payload])
        for part in inbox.unsent(inbound_id=msg.id):
            inbox.mark_sent(part.id)
    except Exception as exc:
        log.exception("upload %s failed", inbound_id)
        inbox.finish(msg.id, error=f"{type(exc).__name__}: {exc}"[:2000])
        raise
    inbox.finish(msg.id)


@huey.task(retries=2, retry_delay=2, name="web_upload")
def web_upload(inbound_id: int) -> None:
    """Queue task: see :func:`run_upload`."""
    run_upload(inbound_id)

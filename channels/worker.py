"""Turn one accepted message into delivered replies, exactly once, surviving crashes and retries.

1. Claim the message (a lease in the database: one worker at a time; a dead worker's lease ends).
2. Unless its replies were recorded by an earlier attempt, compute them and record the rendered
   parts (``reply_parts``, unique per message and position).
3. Deliver the parts not yet marked sent, in order, marking each right after it is sent.
4. Finish the message. A :class:`RetryLater` from the platform releases it for a later attempt
   without blocking other chats; any other failure releases it too (recorded on the message) until
   its attempts run out, then marks it failed.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from assistant.inbox import service as inbox
from assistant.inbox.messages import MAX_ATTEMPTS, Inbound
from assistant.observability.events import log_event
from channels import registry
from channels.base import Channel, OutboundReply, RetryLater
from channels.respond import Downloader, respond

log = logging.getLogger(__name__)
Responder = Callable[[Inbound, Downloader | None], list[OutboundReply]]


def process(inbound_id: int, *, responder: Responder = respond) -> float | None:
    """Process one message; returns seconds to wait before retrying, or None when finished."""
    msg = inbox.claim(inbound_id)
    if msg is None:
        return None
    try:
        channel = registry.get(msg.channel)
        if not inbox.replied(msg.id):
            download = getattr(channel, "download", None)
            replies = responder(msg, download)
            payloads = [p for reply in replies for p in channel.render(reply)]
            inbox.record_replies(msg.id, channel=msg.channel, chat_id=msg.chat_id, payloads=payloads)
        deliver(msg.id, channel)
    except RetryLater as exc:
        inbox.release(msg.id, error=str(exc))
        return exc.seconds
    except Exception as exc:
        log.exception("message %s (%s) failed (attempt %d)", msg.id, msg.channel, msg.attempts)
        error = f"{type(exc).__name__}: {exc}"[:2000]
        if msg.attempts < MAX_ATTEMPTS:  # a network or database hiccup: huey's retry or `recover` runs it again
            inbox.release(msg.id, error=error)
        else:
            inbox.finish(msg.id, error=error)
        raise
    inbox.finish(msg.id)
    return None


def deliver(inbound_id: int, channel: Channel) -> None:
    """Send the unsent parts of one message in order (each marked sent right after sending)."""
    for part in inbox.unsent(inbound_id=inbound_id):
        try:
            channel.deliver(part.chat_id, part.payload)
        except RetryLater:
            raise
        except Exception as exc:
            inbox.mark_failed(part.id, f"{type(exc).__name__}: {exc}")
            raise
        inbox.mark_sent(part.id)
        log_event("reply_sent", channel=channel.name, inbound_id=inbound_id, part_id=part.id)

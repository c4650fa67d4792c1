"""What the channels call: each function opens and commits its own session (channels hold none).

Channels may not import the database or the CRM (see the import contracts); these functions
are their whole persistence API, plus the compliance recording of chat messages they carry.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any
from zoneinfo import ZoneInfo

from assistant.config import get_settings
from assistant.db import session_scope, utcnow
from assistant.identity import AssistantContext, Channel, UnknownUserError, context_of, resolve_user
from assistant.inbox import binding, messages, replies, state
from assistant.inbox.messages import Inbound
from assistant.inbox.replies import ReplyPart


def accept(**fields: Any) -> int | None:
    """Persist an inbound message once (see :func:`assistant.inbox.messages.accept`); None = duplicate."""
    with session_scope() as s:
        return messages.accept(s, **fields)


def claim(inbound_id: int) -> Inbound | None:
    """Claim a message for processing (None: done, or another worker holds it)."""
    with session_scope() as s:
        return messages.claim(s, inbound_id)


def finish(inbound_id: int, *, error: str | None = None) -> None:
    """Mark a message done or failed."""
    with session_scope() as s:
        messages.finish(s, inbound_id, error=error)


def release(inbound_id: int, *, error: str) -> None:
    """Put a message back in the queue after a transient failure."""
    with session_scope() as s:
        messages.release(s, inbound_id, error=error)


def stalled() -> list[int]:
    """Messages to run again: never picked up, or held by a worker that died."""
    with session_scope() as s:
        return messages.stalled(s)


def record_replies(inbound_id: int | None, *, channel: str, chat_id: str, payloads: list[dict[str, Any]]) -> None:
    """Store the rendered reply parts of a message once."""
    with session_scope() as s:
        replies.record(s, inbound_id=inbound_id, channel=channel, chat_id=chat_id, payloads=payloads)


def unsent(*, inbound_id: int | None = None, channel: str | None = None) -> list[ReplyPart]:
    """Reply parts still to send, in order."""
    with session_scope() as s:
        return replies.unsent(s, inbound_id=inbound_id, channel=channel)


def mark_sent(part_id: int) -> bool:
    """Mark a part sent (False: someone else did)."""
    with session_scope() as s:
        return replies.mark_sent(s, part_id)


def mark_failed(part_id: int, error: str) -> None:
    """Count a failed delivery of a part."""
    with session_scope() as s:
        replies.mark_failed(s, part_id, error)


def sent_since(*, channel: str, chat_id: str, since: dt.datetime) -> int:
    """Parts sent to one chat since ``since`` (for send throttles)."""
    with session_scope() as s:
        return replies.sent_since(s, channel=channel, chat_id=chat_id, since=since)


def get_state(key: str) -> str | None:
    """Return a shared value (e.g. an access token) if not expired."""
    with session_scope() as s:
        return state.get(s, key)


def put_state(key: str, value: str, *, ttl: dt.timedelta | None = None) -> None:
    """Share a value with every process, optionally for ``ttl``."""
    with session_scope() as s:
        state.put(s, key, value, expires_at=utcnow() + ttl if ttl else None)


def acquire_state(key: str, value: str, *, ttl: dt.timedelta) -> bool:
    """Set a shared value only if absent or expired (a lock held for ``ttl``); True if this call got it."""
    with session_scope() as s:
        return state.put_if_absent(s, key, value, expires_at=utcnow() + ttl)


def delete_state(key: str, *, only_if: str | None = None) -> None:
    """Forget a shared value (``only_if``: only while it still holds that value, e.g. a lock's owner)."""
    with session_scope() as s:
        state.delete(s, key, only_if=only_if)


def count_event(key: str, *, window: dt.timedelta) -> tuple[int, dt.datetime]:
    """Count one event under ``key`` in a window of ``window`` shared by every process.

    Returns:
        The events counted in the current window (this one included) and when the window ends.
    """
    with session_scope() as s:
        return state.count(s, key, window_end=utcnow() + window)


def events_counted(key: str) -> tuple[int, dt.datetime | None]:
    """Return the events counted under ``key`` in its current window and its end (``(0, None)``: none)."""
    with session_scope() as s:
        return state.counted(s, key)


def new_bind_code(login: str) -> str:
    """Return a one-time code for the active user ``login`` (web page → ``/bind CODE`` in Telegram)."""
    with session_scope() as s:
        return binding.new_code(s, resolve_user(s, login, channel="web").id)


def redeem_bind_code(code: str, *, telegram_user_id: int) -> str:
    """Bind a Telegram account with a code; returns the bound login.

    Raises:
        assistant.inbox.binding.BindError: unknown, used or expired code, or already bound.
    """
    with session_scope() as s:
        return binding.redeem(s, code, telegram_user_id=telegram_user_id).login


def login_for(channel: Channel, sender_id: str) -> str | None:
    """Return the login of the active user behind a channel identity, or None (unknown, unbound, deactivated)."""
    with session_scope() as s:
        try:
            return resolve_user(s, sender_id, channel=channel).login
        except UnknownUserError:
            return None


def _thread_key(channel: str, chat_id: str, login: str) -> str:
    return f"thread:{channel}:{chat_id}:{login}"


def _generation(value: str | None) -> int:
    return int(value) if value and value.isdigit() else 0


def conversation_generation(channel: str, chat_id: str, login: str) -> int:
    """Return the current thread number of a chat (``/reset`` or "new chat" starts the next one)."""
    return _generation(get_state(_thread_key(channel, chat_id, login)))


def new_conversation(channel: str, chat_id: str, login: str) -> int:
    """Start a fresh thread in a chat; returns its number."""
    generation = conversation_generation(channel, chat_id, login) + 1
    put_state(_thread_key(channel, chat_id, login), str(generation))
    return generation


def context(channel: Channel, sender_id: str, chat_id: str, *, language: str | None = None) -> AssistantContext | None:
    """Return the run context of the active user behind a channel identity, in the chat's current thread.

    Returns:
        None for an unknown, unbound or deactivated identity (the channel answers with a binding
        instruction, never with data).
    """
    with session_scope() as s:
        try:
            user = resolve_user(s, sender_id, channel=channel)
        except UnknownUserError:
            return None
        thread = _generation(state.get(s, _thread_key(channel, chat_id, user.login)))
        chat = f"{chat_id}#{thread}" if thread else chat_id
        return context_of(user, channel=channel, chat_id=chat, today=today(), language=language)


def today() -> dt.date:
    """Return the business day in the company's time zone."""
    return dt.datetime.now(ZoneInfo(get_settings().timezone)).date()


def replied(inbound_id: int) -> bool:
    """Whether the replies of a message were recorded already (by an earlier attempt)."""
    with session_scope() as s:
        return replies.recorded(s, inbound_id)


def drain_alerts(deliver: Callable[[str, str, str], None]) -> int:
    """Deliver queued compliance notifications with ``deliver(channel, address, text)``; returns how many.

    A notification whose channel is off or whose delivery fails stays queued for the next drain.
    """
    from assistant.compliance.outbox import drain

    with session_scope() as s:
        sent, _failed = drain(s, lambda row: deliver(row.channel, row.address or "", row.payload))
    return sent

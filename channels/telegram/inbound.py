"""Telegram updates → accepted inbound messages (persisted once per ``update_id``, then queued).

The PTB handlers registered here do only the quick part: convert the update, store it with
:func:`assistant.inbox.service.accept` (a redelivered ``update_id`` is a duplicate and stops
there), queue it with :func:`channels.tasks.enqueue`, and — without holding up the webhook —
show "typing…" and answer a tapped button's callback query. Everything slow (the agent,
transcription, summaries, sending the replies) runs on the task queue.
"""

from __future__ import annotations

import asyncio
import logging
from typing import Any

from telegram import Message, Update
from telegram.constants import ChatAction
from telegram.ext import (
    Application,
    CallbackQueryHandler,
    CommandHandler,
    ContextTypes,
    MessageHandler,
    filters,
)

from assistant.inbox import service as inbox

log = logging.getLogger(__name__)
COMMANDS = ("start", "help", "bind", "briefing", "pipeline", "scripts", "alerts", "reset")


def command_text(text: str) -> str:
    """Return ``text`` with a command's ``@botname`` suffix removed (``/bind@my_bot X`` → ``/bind X``)."""
    head, sep, rest = text.strip().partition(" ")
    if head.startswith("/"):
        head = head.split("@", 1)[0].lower()
    return f"{head}{sep}{rest.strip()}" if rest.strip() else head


def _media(message: Message) -> tuple[str, dict[str, Any]] | None:
    """Return the kind and media reference of a voice note, audio file or document."""
    if message.voice is not None:  # OGG/Opus voice note → summarised like a recording
        v = message.voice
        return "audio", {"ref": v.file_id, "filename": f"voice-{v.file_unique_id}.ogg",
                         "mime": v.mime_type or "audio/ogg", "size": v.file_size}
    if message.audio is not None:
        a = message.audio
        return "audio", {"ref": a.file_id, "filename": a.file_name, "mime": a.mime_type, "size": a.file_size}
    if message.document is not None:
        d = message.document
        return "file", {"ref": d.file_id, "filename": d.file_name, "mime": d.mime_type, "size": d.file_size}
    return None


def fields_of(update: Update) -> dict[str, Any] | None:
    """Return the :func:`~assistant.inbox.service.accept` fields of an update, or None to ignore it."""
    base: dict[str, Any] = {"channel": "telegram", "dedupe_key": str(update.update_id)}
    query = update.callback_query
    if query is not None:
        if query.message is None or not query.data:
            return None
        return {**base, "chat_id": str(query.message.chat.id), "sender_id": str(query.from_user.id),
                "kind": "button", "text": query.data}
    message = update.message
    if message is None or message.from_user is None:
        return None  # edits, channel posts, membership changes: nothing to answer
    base |= {"chat_id": str(message.chat.id), "sender_id": str(message.from_user.id)}
    media = _media(message)
    if media is not None:
        kind, ref = media
        return {**base, "kind": kind, "media": ref, "text": message.caption}
    text = message.text or ""
    if text.startswith("/"):
        return {**base, "kind": "command", "text": command_text(text)}
    return {**base, "kind": "text", "text": text}


def accept_update(update: Update) -> int | None:
    """Persist an update once and queue it; returns the inbound id (None: ignored or a duplicate)."""
    fields = fields_of(update)
    if fields is None:
        return None
    inbound_id = inbox.accept(**fields)
    if inbound_id is None:
        log.info("telegram update %s is a duplicate", update.update_id)
        return None
    from channels import tasks  # the queue is opened on first use, not at import

    tasks.enqueue(inbound_id)
    return inbound_id


async def _acknowledge(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Stop a tapped button's spinner and show "typing…"; failures only logged."""
    try:
        if update.callback_query is not None:
            await update.callback_query.answer()
        if update.effective_chat is not None:
            await context.bot.send_chat_action(update.effective_chat.id, ChatAction.TYPING)
    except Exception as exc:  # cosmetic calls must not fail an accepted message
        log.info("telegram acknowledgement failed: %s", exc)


async def on_update(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Handle any update: accept + enqueue, then acknowledge in the background."""
    if await asyncio.to_thread(accept_update, update) is not None:
        context.application.create_task(_acknowledge(update, context), update=update)


def add_handlers(application: Application) -> None:
    """Register the command, message and button handlers on a PTB application."""
    application.add_handler(CommandHandler(list(COMMANDS), on_update))
    application.add_handler(MessageHandler(filters.VOICE | filters.AUDIO | filters.Document.ALL, on_update))
    application.add_handler(MessageHandler(filters.TEXT | filters.COMMAND, on_update))
    application.add_handler(CallbackQueryHandler(on_update))
    application.add_handler(MessageHandler(filters.ALL, on_update))  # photos, stickers…: the help text

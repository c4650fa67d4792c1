"""Polling mode for development: ``crm-assistant telegram-poll`` (no public URL, no webhook secret).

PTB's updater long-polls ``getUpdates`` (it deletes a webhook first); the same handlers as the
webhook store and queue each update, and an in-process queue consumer answers them (run
``crm-assistant worker`` alongside when ``QUEUE_IN_PROCESS=false``). Run one poller per token:
a second one makes Telegram answer "Conflict: terminated by other getUpdates request".
"""

from __future__ import annotations

import logging

from telegram import Update

from assistant.config import get_settings
from channels.telegram import register_channel
from channels.telegram.application import build_application

log = logging.getLogger(__name__)


def run_polling() -> bool:
    """Poll until interrupted (Ctrl-C); False when ``TELEGRAM_BOT_TOKEN`` is unset."""
    channel = register_channel()
    if channel is None:
        return False
    consumer = None
    if get_settings().queue_in_process:
        from channels.queue import start_consumer

        consumer = start_consumer()
    try:
        application = build_application(channel.token, channel.api_base, webhook=False)
        application.run_polling(allowed_updates=[Update.MESSAGE, Update.CALLBACK_QUERY])
    finally:
        if consumer is not None:
            consumer.stop(graceful=True)
    return True

"""The Telegram channel (python-telegram-bot): webhook at ``/telegram/webhook``, polling for development.

``mount(app)`` registers :class:`TelegramChannel` for sending and adds the webhook route when
``TELEGRAM_BOT_TOKEN`` is set; otherwise the channel is marked off (log and status page).
"""

from __future__ import annotations

import logging

from fastapi import FastAPI

from assistant.config import get_settings
from channels import registry
from channels.telegram.channel import TelegramChannel

log = logging.getLogger(__name__)
__all__ = ["TelegramChannel", "mount", "register_channel"]


def register_channel() -> TelegramChannel | None:
    """Register the sender from the settings; None (and marked off) when the token is unset."""
    token = get_settings().telegram_bot_token.get_secret_value()
    if not token:
        registry.mark_off("telegram", "TELEGRAM_BOT_TOKEN is not set")
        return None
    channel = TelegramChannel.from_settings()
    registry.register(channel)
    return channel


def mount(app: FastAPI) -> bool:
    """Add the webhook route to ``app``; False when the channel is off."""
    channel = register_channel()
    if channel is None:
        return False
    from channels.telegram.application import build_application
    from channels.telegram.webhook import Runtime, router, stop_with

    secret = get_settings().telegram_webhook_secret.get_secret_value()
    if not secret:
        log.warning("TELEGRAM_WEBHOOK_SECRET is not set: /telegram/webhook refuses every call "
                    "(set it, or run `crm-assistant telegram-poll`)")
    runtime = Runtime(build_application(channel.token, channel.api_base, webhook=True))
    app.include_router(router(runtime, secret))
    stop_with(app, runtime)
    return True

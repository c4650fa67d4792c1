"""The PTB :class:`~telegram.ext.Application` of the bot: webhook mode (no updater) or polling mode.

Both modes share the handlers of :mod:`channels.telegram.inbound` and talk to the Bot API server
at ``TELEGRAM_API_BASE`` (PTB appends the token to ``base_url``/``base_file_url``). A handler
failure (say, the database is down) is recorded for the webhook request being served, which
then answers 503 so Telegram delivers the update again.
"""

from __future__ import annotations

import logging
from contextvars import ContextVar

from telegram import Update
from telegram.ext import Application, ApplicationBuilder, ContextTypes

from channels.telegram.channel import api_urls
from channels.telegram.inbound import add_handlers

log = logging.getLogger(__name__)
failures: ContextVar[list[BaseException] | None] = ContextVar("telegram_handler_failures", default=None)


async def _record_error(update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Hand a handler's exception to the webhook request that runs it (or log it when polling)."""
    box = failures.get()
    if box is not None and context.error is not None:
        box.append(context.error)
    else:
        log.error("telegram update %r failed", update, exc_info=context.error)


def build_application(token: str, api_base: str, *, webhook: bool = True) -> Application:
    """Build the bot's application; ``webhook=True`` leaves out the updater (updates come from our route)."""
    base_url, base_file_url = api_urls(api_base)
    builder = ApplicationBuilder().token(token).base_url(base_url).base_file_url(base_file_url)
    if webhook:
        builder = builder.updater(None)
    application = builder.build()
    add_handlers(application)
    application.add_error_handler(_record_error)
    return application


def parse_update(data: dict, application: Application) -> Update:
    """Turn a webhook body into a PTB :class:`~telegram.Update` bound to the application's bot."""
    update = Update.de_json(data, application.bot)
    if update is None:
        raise ValueError("empty update")
    return update

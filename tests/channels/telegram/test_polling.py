"""Polling mode (``crm-assistant telegram-poll``): PTB's updater reads getUpdates from the stub; same handlers."""

from __future__ import annotations

import asyncio
import time

from pydantic import SecretStr
from sqlalchemy import Engine

from assistant.config import override_settings
from channels.telegram.application import build_application

from .bot_api_stub import BotApiStub
from .conftest import REP01_TG, TOKEN, message, run_queue


async def _poll_until_caught_up(stub: BotApiStub) -> None:
    application = build_application(TOKEN, stub.url, webhook=False)
    async with application:
        await application.start()
        await application.updater.start_polling(poll_interval=0.0, timeout=0)
        deadline = time.monotonic() + 20
        while stub.answered_updates() == 0 and time.monotonic() < deadline:
            await asyncio.sleep(0.05)
        await application.updater.stop()
        await application.stop()


def test_polled_updates_are_stored_once_and_queued(demo: Engine, stub: BotApiStub, queued: list[int]) -> None:
    stub.updates += [message(100, REP01_TG, "/help"), message(101, REP01_TG, "/help")]
    stub.updates.append(dict(stub.updates[0]))  # the same update_id again: a duplicate
    with override_settings(telegram_bot_token=SecretStr(TOKEN), telegram_api_base=stub.url):
        asyncio.run(_poll_until_caught_up(stub))
        assert stub.requests("deleteWebhook")  # polling removes a webhook first
        assert len(queued) == 2
        from channels import registry
        from channels.telegram import register_channel

        register_channel()
        try:
            run_queue(queued)
        finally:
            registry.clear()
    assert len(stub.sent(REP01_TG)) == 2

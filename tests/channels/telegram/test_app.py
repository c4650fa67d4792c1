"""The channel in the one server: off without a token; on, a real huey consumer answers through the stub."""

from __future__ import annotations

from pydantic import SecretStr
from sqlalchemy import Engine

from assistant.config import override_settings
from channels import registry

from .bot_api_stub import BotApiStub
from .conftest import REP01_TG, message, post


def test_without_a_token_the_channel_is_off_and_has_no_route(engine: Engine) -> None:
    from fastapi.testclient import TestClient

    from channels.app import create_app

    registry.clear()
    with override_settings(telegram_bot_token=SecretStr("")):
        app = create_app(run_consumer=False)
    with TestClient(app) as client:
        assert post(client, message(1, REP01_TG, "/start")).status_code == 404
    assert registry.status()["telegram"] == "off: TELEGRAM_BOT_TOKEN is not set"
    registry.clear()


def test_an_update_is_answered_by_the_queue_consumer(demo: Engine, settings: None, stub: BotApiStub) -> None:
    from fastapi.testclient import TestClient

    from channels.app import create_app

    registry.clear()
    try:
        with TestClient(create_app(run_consumer=True)) as client:
            assert post(client, message(90, REP01_TG, "/help")).status_code == 200
            delivered = stub.wait_for("sendMessage")
    finally:
        registry.clear()
    assert len(delivered) == 1 and "/briefing" in delivered[0].params["text"]
    assert stub.requests("getMe")  # the webhook's PTB application initialised against the stub


def test_without_a_webhook_secret_every_call_is_refused(demo: Engine, stub: BotApiStub) -> None:
    from fastapi.testclient import TestClient

    from channels.app import create_app

    registry.clear()
    with override_settings(telegram_bot_token=SecretStr("1:x"), telegram_webhook_secret=SecretStr(""),
                           telegram_api_base=stub.url):
        app = create_app(run_consumer=False)
    with TestClient(app) as client:
        assert post(client, message(1, REP01_TG, "/start"), secret="").status_code == 403
        assert post(client, message(2, REP01_TG, "/start"), secret="anything").status_code == 403
    registry.clear()

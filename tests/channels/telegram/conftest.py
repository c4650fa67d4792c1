"""Fixtures for the Telegram channel: a demo company, a local Bot API stub and the app pointed at it."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest
from fastapi.testclient import TestClient
from pydantic import SecretStr
from sqlalchemy import Engine

from assistant.config import override_settings
from channels import registry, worker
from tests.channels.demo_company import build_demo40

from .bot_api_stub import BotApiStub

TOKEN = "123456:TEST-token_abc"
SECRET = "webhook-secret_42"
REP01_TG = 700001  # the demo gives rep NN the Telegram id 700000 + NN
REP03_TG = 700003


@pytest.fixture
def demo(clone_db: Callable[..., Engine]) -> Engine:
    """A 40-customer demo company (reps have Telegram ids), the configured database."""
    return clone_db("demo40", build_demo40)


@pytest.fixture
def stub() -> Iterator[BotApiStub]:
    with BotApiStub(TOKEN) as server:
        yield server


@pytest.fixture
def settings(stub: BotApiStub) -> Iterator[None]:
    with override_settings(
        telegram_bot_token=SecretStr(TOKEN), telegram_webhook_secret=SecretStr(SECRET), telegram_api_base=stub.url
    ):
        yield


@pytest.fixture
def queued(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Inbound ids the webhook queued (the test runs the worker itself, in order)."""
    import channels.tasks

    ids: list[int] = []
    monkeypatch.setattr(channels.tasks, "enqueue", ids.append)
    return ids


@pytest.fixture
def client(demo: Engine, settings: None, queued: list[int]) -> Iterator[TestClient]:
    from channels.app import create_app

    registry.clear()
    with TestClient(create_app(run_consumer=False)) as test_client:
        yield test_client
    registry.clear()


def run_queue(queued: list[int]) -> list[float | None]:
    """Process every queued message once, in order, as a worker would; returns their waits."""
    waits = [worker.process(i) for i in queued]
    queued.clear()
    return waits


def message(update_id: int, user_id: int, text: str | None = None, *, chat_id: int | None = None,
            **extra: Any) -> dict[str, Any]:
    """A Telegram ``Update`` with a private-chat message, as the Bot API posts it."""
    msg: dict[str, Any] = {
        "message_id": update_id, "date": 1_760_000_000,
        "chat": {"id": chat_id or user_id, "type": "private", "first_name": "Rep"},
        "from": {"id": user_id, "is_bot": False, "first_name": "Rep", "language_code": "zh-hans"},
        **extra,
    }
    if text is not None:
        msg["text"] = text
        if text.startswith("/"):
            msg["entities"] = [{"type": "bot_command", "offset": 0, "length": len(text.split(" ")[0])}]
    return {"update_id": update_id, "message": msg}


def post(client: TestClient, update: dict[str, Any], secret: str | None = SECRET) -> Any:
    headers = {"X-Telegram-Bot-Api-Secret-Token": secret} if secret is not None else {}
    return client.post("/telegram/webhook", json=update, headers=headers)

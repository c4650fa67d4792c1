"""WeCom fixtures: a fake WeCom API, the app configured against it, and callbacks built as WeCom builds them."""

from __future__ import annotations

import base64
import os
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

import pytest
from fastapi.testclient import TestClient
from pydantic import SecretStr
from sqlalchemy import Engine
from wechatpy.enterprise.crypto import WeChatCrypto

from assistant.agents.offline import gazetteer
from assistant.agents.service import close_default_assistants
from assistant.config import override_settings
from channels import registry, worker
from channels.app import create_app
from channels.wecom import callback
from tests.channels.demo_company import build_demo40

from .fake_api import FakeWeCom

CORP_ID, AGENT_ID, SECRET, TOKEN = "ww0123456789abcdef", 1000002, "app-secret-value", "callbackToken"
AES_KEY = base64.b64encode(b"k" * 32).decode().rstrip("=")  # 43 characters, as WeCom generates


@pytest.fixture
def fake() -> Iterator[FakeWeCom]:
    """The fake WeCom API, running."""
    server = FakeWeCom(CORP_ID, SECRET).start()
    yield server
    server.stop()


@pytest.fixture
def demo(engine: Engine, clone_db: Callable[..., Engine]) -> Iterator[Engine]:
    """A small demo company (users with WeCom userids) in the test database."""
    clone_db("demo40", build_demo40)
    gazetteer.clear_cache()
    yield engine
    close_default_assistants()


@pytest.fixture
def wecom_settings(fake: FakeWeCom) -> Iterator[None]:
    """The WeCom settings pointing at the fake API."""
    with override_settings(
        wecom_corp_id=CORP_ID, wecom_agent_id=AGENT_ID, wecom_secret=SecretStr(SECRET),
        wecom_token=SecretStr(TOKEN), wecom_aes_key=SecretStr(AES_KEY), wecom_api_base=fake.url, public_base_url="https://crm.example.com",
    ):
        yield


@dataclass
class WeComApp:
    """The app under test, the messages it queued, and a WeCom-like sender of callbacks."""

    client: TestClient
    fake: FakeWeCom
    queued: list[int] = field(default_factory=list)
    crypto: WeChatCrypto = field(default_factory=lambda: WeChatCrypto(TOKEN, AES_KEY, CORP_ID))

    def restart(self) -> None:
        """Build a new app, as after a server restart (the database stays)."""
        self.client.close()
        registry.clear()
        self.client = TestClient(create_app(run_consumer=False))

    def signed(self, plain_xml: str, *, nonce: str = "1372623149", timestamp: str | None = None) -> dict[str, Any]:
        """Encrypt and sign a message as WeCom does: the POST body and query parameters."""
        timestamp = timestamp or str(int(time.time()))
        out = self.crypto.encrypt_message(plain_xml, nonce, timestamp)
        encrypt = out.split("<Encrypt><![CDATA[")[1].split("]]>")[0]
        sig = out.split("<MsgSignature><![CDATA[")[1].split("]]>")[0]
        body = (f"<xml><ToUserName><![CDATA[{CORP_ID}]]></ToUserName><Encrypt><![CDATA[{encrypt}]]></Encrypt>"
                f"<AgentID><![CDATA[{AGENT_ID}]]></AgentID></xml>")
        return {"params": {"msg_signature": sig, "timestamp": timestamp, "nonce": nonce}, "content": body,
                "headers": {"Content-Type": "text/xml"}}

    def post(self, request: dict[str, Any]) -> Any:
        """POST a signed callback to ``/wecom/callback``."""
        return self.client.post("/wecom/callback", **request)

    def run_queue(self) -> None:
        """Process what the callbacks queued, as a worker would."""
        while self.queued:
            worker.process(self.queued.pop(0))


def text_xml(user: str, content: str, msg_id: str, created: int | None = None) -> str:
    """A decrypted text message, as WeCom sends it."""
    return (f"<xml><ToUserName><![CDATA[{CORP_ID}]]></ToUserName><FromUserName><![CDATA[{user}]]></FromUserName>"
            f"<CreateTime>{created or int(time.time())}</CreateTime><MsgType><![CDATA[text]]></MsgType>"
            f"<Content><![CDATA[{content}]]></Content><MsgId>{msg_id}</MsgId><AgentID>{AGENT_ID}</AgentID></xml>")


def voice_xml(user: str, media_id: str, msg_id: str) -> str:
    """A decrypted voice message (AMR), as WeCom sends it."""
    return (f"<xml><ToUserName><![CDATA[{CORP_ID}]]></ToUserName><FromUserName><![CDATA[{user}]]></FromUserName>"
            f"<CreateTime>{int(time.time())}</CreateTime><MsgType><![CDATA[voice]]></MsgType>"
            f"<MediaId><![CDATA[{media_id}]]></MediaId><Format><![CDATA[amr]]></Format>"
            f"<MsgId>{msg_id}</MsgId><AgentID>{AGENT_ID}</AgentID></xml>")


@pytest.fixture
def wecom(fake: FakeWeCom, wecom_settings: None, engine: Engine, monkeypatch: pytest.MonkeyPatch) -> Iterator[WeComApp]:
    """The app with the WeCom channel on, against the fake API; queued messages are collected."""
    registry.clear()
    app = WeComApp(TestClient(create_app(run_consumer=False)), fake)
    monkeypatch.setattr(callback, "enqueue", app.queued.append)
    yield app
    app.client.close()
    registry.clear()


def nonce() -> str:
    """A fresh nonce."""
    return base64.b32encode(os.urandom(5)).decode().lower()

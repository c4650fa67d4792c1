"""Web fixtures: a small demo CRM with passwords, the app, and a logged-in TestClient."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import Engine

from assistant.crm.demo import generate_demo
from assistant.db import session_scope
from assistant.views.auth import set_missing_passwords
from channels import registry
from channels.queue import get_huey

PASSWORD = "demo-pass"


def build_web_demo(engine: Engine) -> None:
    """A 40-customer demo whose users have the password ``PASSWORD`` and whose chats were scanned."""
    from assistant.compliance.activities import scan_history

    generate_demo(engine, seed=7, customers=40)
    with session_scope(engine) as s:
        set_missing_passwords(s, PASSWORD)
        scan_history(s)


@pytest.fixture
def demo(engine: Engine, clone_db: Callable[..., Engine]) -> Engine:
    """A small demo company whose users have the password ``PASSWORD`` (seeded once per backend)."""
    clone_db("web_demo40", build_web_demo)
    return engine


@pytest.fixture
def app(demo: Engine):
    from channels.app import create_app

    huey = get_huey()  # the instance the task modules registered with
    huey.immediate = True  # queued uploads run at once in TestClient tests
    registry.clear()
    application = create_app(run_consumer=False)
    yield application
    huey.immediate = False
    registry.clear()


def csrf_of(html: str) -> str:
    return re.search(r'name="csrf-token" content="([^"]+)"', html).group(1)


def login(client: TestClient, user: str, password: str = PASSWORD) -> str:
    """Log in through the form; returns the session's CSRF token."""
    token = csrf_of(client.get("/login").text)
    r = client.post("/login", data={"login": user, "password": password, "csrf_token": token},
                    follow_redirects=False)
    assert r.status_code == 303, r.text
    return csrf_of(client.get("/", follow_redirects=True).text)


@pytest.fixture
def client(app) -> Iterator[TestClient]:
    with TestClient(app) as c:
        yield c


@pytest.fixture
def whisper_model(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The offline Whisper base model (assembled once per session) for transcription tests."""
    from assistant.config import override_settings
    from tests.voice.conftest import shared_base_model

    path = shared_base_model(tmp_path_factory)
    with override_settings(whisper_model=str(path)):
        yield str(path)

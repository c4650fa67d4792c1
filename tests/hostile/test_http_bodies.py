"""Hostile HTTP bodies against the one server: every one gets a 4xx with a reason, none a 5xx.

The property-based run (schemathesis, ``tests/channels/web_ui/test_api_fuzz.py``) explores the
schema; these are the hand-picked bodies a broken client or an attacker sends. The WeCom and
Telegram endpoints have their own (signature, XML, secret) cases under ``tests/channels``.
"""

from __future__ import annotations

import json

import pytest
from fastapi.testclient import TestClient

from tests.channels.web_ui import conftest as web_ui

demo, app, client = web_ui.demo, web_ui.app, web_ui.client  # the web tests' fixtures: demo CRM, app, client


@pytest.fixture
def web(client: TestClient) -> TestClient:
    """A client logged in as rep01 (its CSRF token in ``web.token``)."""
    client.token = web_ui.login(client, "rep01")
    return client


def _token(client: TestClient) -> str:
    return client.token


BODIES = {
    "malformed json": ("application/json", b'{"text": "hi", "conversation": '),
    "json array": ("application/json", b"[1, 2, 3]"),
    "wrong content type": ("text/plain", "王总那边最近怎么样".encode()),
    "nul bytes": ("application/json", json.dumps({"text": "a\u0000b", "conversation": "c1", "client_id": "x"}).encode()),
    "huge question": ("application/json", json.dumps({"text": "问" * 200_000, "conversation": "c1", "client_id": "y"}).encode()),
    "bad client id": ("application/json", json.dumps({"text": "hi", "conversation": "c1", "client_id": "../../etc"}).encode()),
    "not utf-8": ("application/json", b'{"text": "\xff\xfe", "conversation": "c1", "client_id": "z"}'),
}


@pytest.mark.parametrize("name", sorted(BODIES))
def test_bad_bodies_to_the_chat_api_get_4xx(web: TestClient, name: str) -> None:
    content_type, body = BODIES[name]
    response = web.post("/api/ask", content=body, headers={"Content-Type": content_type, "X-CSRF-Token": _token(web)})
    assert 400 <= response.status_code < 500, (name, response.status_code, response.text[:200])
    assert response.text  # a reason, not an empty answer


def test_a_post_without_the_csrf_token_is_refused(web: TestClient) -> None:
    response = web.post("/api/ask", json={"text": "hi", "conversation": "c1", "client_id": "n1"})
    assert response.status_code == 403


def test_uploads_of_the_wrong_kind_or_size_are_refused_before_storing(web: TestClient) -> None:
    from assistant.config import override_settings

    token = _token(web)
    bad = web.post("/api/upload", files={"file": ("x.exe", b"MZ" + b"\x00" * 100)}, headers={"X-CSRF-Token": token})
    assert bad.status_code == 415
    with override_settings(whisper_max_mb=0.001):
        big = web.post("/api/upload", files={"file": ("call.mp3", b"\x00" * 5000)}, headers={"X-CSRF-Token": token})
    assert big.status_code == 413 and "WHISPER_MAX_MB" in big.text

"""One request id follows a WeCom message: webhook → queue task (a real huey consumer) → reply sent."""

from __future__ import annotations

import time

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import Engine

from channels import registry
from channels.app import create_app
from tests.channels.wecom.conftest import WeComApp, text_xml
from tests.channels.wecom.fake_api import FakeWeCom

from .conftest import Lines


@pytest.mark.usefixtures("wecom_settings")
def test_webhook_task_and_reply_share_one_request_id(
    fake: FakeWeCom, demo: Engine, events: Lines
) -> None:
    from channels.consumer import start_consumer

    registry.clear()
    app = WeComApp(TestClient(create_app(run_consumer=False)), fake)
    consumer = start_consumer(1)
    try:
        r = app.post(app.signed(text_xml("rep01", "我本季度的管道", "9301")))
        assert r.status_code == 200
        rid = r.headers["X-Request-ID"]
        deadline = time.monotonic() + 60
        while not events.of("reply_sent") and time.monotonic() < deadline:
            time.sleep(0.05)
    finally:
        consumer.stop(graceful=True)
        app.client.close()
        registry.clear()
    (webhook,) = [ln for ln in events.of("http_request") if ln["route"] == "/wecom/callback"]
    assert webhook["request_id"] == rid and webhook["status"] == 200
    (task,) = [ln for ln in events.of("task") if ln["task"] == "process_inbound"]
    assert task["request_id"] == rid and task["outcome"] == "ok"
    replies = events.of("reply_sent")
    assert replies and {ln["request_id"] for ln in replies} == {rid}
    assert {ln["inbound_id"] for ln in replies} == {task["args"][0]}
    assert fake.texts("rep01") and "管道" in fake.texts("rep01")[0]

"""PostgreSQL restarted under a running server: 503 during the outage, no crash, nothing accepted is lost.

The test starts its own PostgreSQL (``initdb``/``pg_ctl``, loopback, free port), a real
``crm-assistant serve`` on it (Telegram webhook on, replies to a local Bot API stub, the
queue on huey's PostgreSQL storage in the same database), and stops/starts the database.
"""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from sqlalchemy import create_engine, text

from assistant.config import normalise_database_url
from assistant.crm.demo import generate_demo
from assistant.migrations import upgrade_schema
from tests.channels.telegram.bot_api_stub import BotApiStub
from tests.processes import CLI, ROOT, app_env, free_port, http_ok, stop, wait_until
from tests.reliability.pg_cluster import PgCluster, pg_bin

TOKEN, SECRET, REP01_TG = "123456:TEST-token_abc", "webhook-secret_42", 700001
TIMEOUT_S = 180


@pytest.fixture
def cluster() -> Iterator[PgCluster]:
    if pg_bin() is None:
        pytest.skip("initdb/pg_ctl are not installed")
    pg = PgCluster().init()
    pg.start()
    try:
        yield pg
    finally:
        pg.destroy()


def _update(update_id: int, text_: str) -> dict:
    chat = {"id": REP01_TG, "type": "private", "first_name": "Rep"}
    sender = {"id": REP01_TG, "is_bot": False, "first_name": "Rep", "language_code": "zh-hans"}
    return {"update_id": update_id,
            "message": {"message_id": update_id, "date": 1_760_000_000, "chat": chat, "from": sender, "text": text_}}


def test_requests_fail_cleanly_during_a_restart_and_no_accepted_message_is_lost(
    cluster: PgCluster, tmp_path: Path
) -> None:
    admin = create_engine(normalise_database_url(cluster.url()), isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text('CREATE DATABASE "crm"'))
    admin.dispose()
    db = create_engine(normalise_database_url(cluster.url("crm")))
    upgrade_schema(db)
    generate_demo(db, customers=10)
    db.dispose()

    port = free_port()
    base = f"http://127.0.0.1:{port}"
    with BotApiStub(TOKEN) as stub:
        env = app_env(DATABASE_URL=cluster.url("crm"), DATA_DIR=str(tmp_path / "data"), QUEUE_WORKERS="1",
                      TELEGRAM_BOT_TOKEN=TOKEN, TELEGRAM_WEBHOOK_SECRET=SECRET, TELEGRAM_API_BASE=stub.url)
        server = subprocess.Popen([*CLI, "serve", "--port", str(port)], env=env, cwd=ROOT,
                                  stdout=(tmp_path / "server.log").open("wb"), stderr=subprocess.STDOUT)
        client = httpx.Client(base_url=base, timeout=30, headers={"X-Telegram-Bot-Api-Secret-Token": SECRET})
        try:
            wait_until(lambda: http_ok(f"{base}/healthz"), timeout=TIMEOUT_S, what="the server up", proc=server)
            sends = lambda: [c for c in stub.calls if c.method == "sendMessage"]  # noqa: E731

            assert client.post("/telegram/webhook", json=_update(1, "我本季度的管道")).status_code == 200
            wait_until(lambda: len(sends()) >= 1, timeout=TIMEOUT_S, what="the first reply", proc=server)

            cluster.stop()  # the outage
            during = client.post("/telegram/webhook", json=_update(2, "哪些客户快要补货了"))
            assert during.status_code == 503, during.text  # Telegram delivers it again later
            health = client.get("/healthz")
            assert health.status_code == 503 and "database" in health.text
            assert server.poll() is None, "the server must survive the outage"

            cluster.start()
            wait_until(lambda: http_ok(f"{base}/healthz"), timeout=TIMEOUT_S, what="healthy after the restart", proc=server)
            assert client.post("/telegram/webhook", json=_update(2, "哪些客户快要补货了")).status_code == 200
            assert client.post("/telegram/webhook", json=_update(1, "我本季度的管道")).status_code == 200  # a retry

            check = create_engine(normalise_database_url(cluster.url("crm")))

            def both_answered() -> bool:
                with check.connect() as conn:
                    return conn.scalar(text("select count(*) from inbound_messages where status = 'done'")) == 2

            wait_until(both_answered, timeout=TIMEOUT_S, what="both messages answered", proc=server)
            with check.connect() as conn:
                inbound = conn.scalar(text("select count(*) from inbound_messages"))
                parts = conn.scalar(text("select count(*) from reply_parts where sent_at is not null"))
                unsent = conn.scalar(text("select count(*) from reply_parts where sent_at is null"))
            check.dispose()
            assert inbound == 2  # the retried update 1 was recognised, not stored twice
            assert unsent == 0 and len(sends()) == parts  # every reply part sent exactly once
        finally:
            client.close()
            stop(server)

"""``kill -9`` a worker mid-task: another worker runs the message again and its reply is sent once."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

from sqlalchemy import Engine, text

from assistant.config import get_settings
from assistant.inbox import service as inbox
from tests.channels.telegram.bot_api_stub import BotApiStub
from tests.processes import CLI, ROOT, app_env, stop, wait_until

TOKEN, SECRET, REP01_TG = "123456:TEST-token_abc", "webhook-secret_42", "700001"
TIMEOUT_S = 180


def _status(engine: Engine, inbound_id: int) -> tuple[str, int]:
    with engine.connect() as conn:
        row = conn.execute(text("select status, attempts from inbound_messages where id = :i"), {"i": inbound_id}).one()
    return str(row[0]), int(row[1])


def test_a_killed_worker_s_message_runs_again_and_is_answered_once(pg_demo: Engine, tmp_path: Path) -> None:
    inbound_id = inbox.accept(channel="telegram", dedupe_key="9001", chat_id=REP01_TG, sender_id=REP01_TG,
                              kind="text", text="我本季度的管道")
    assert inbound_id is not None
    with BotApiStub(TOKEN) as stub:
        env = app_env(DATABASE_URL=get_settings().database_url, DATA_DIR=str(tmp_path / "data"),
                      TELEGRAM_BOT_TOKEN=TOKEN, TELEGRAM_WEBHOOK_SECRET=SECRET, TELEGRAM_API_BASE=stub.url)
        sends = lambda: [c for c in stub.calls if c.method == "sendMessage"]  # noqa: E731
        doomed = subprocess.Popen([sys.executable, "-m", "tests.reliability.slow_worker"], env=env, cwd=ROOT,
                                  stdout=(tmp_path / "doomed.log").open("wb"), stderr=subprocess.STDOUT)
        survivor = None
        try:
            queued = subprocess.run([*CLI[:-1], f"from channels.tasks import enqueue; enqueue({inbound_id})"],
                                    env=env, cwd=ROOT, timeout=TIMEOUT_S, check=True, capture_output=True)
            assert queued.returncode == 0
            wait_until(lambda: _status(pg_demo, inbound_id) == ("processing", 1), timeout=TIMEOUT_S,
                       what="the first worker claiming the message", proc=doomed)
            os.kill(doomed.pid, signal.SIGKILL)  # mid-task: claimed, reply not recorded
            doomed.wait(30)
            with pg_demo.connect() as conn:
                assert conn.scalar(text("select count(*) from reply_parts")) == 0
            assert sends() == []

            # The lease (5 minutes) of the dead worker runs out; the clock is moved rather than waited for.
            with pg_demo.begin() as conn:
                conn.execute(text("update inbound_messages set lease_until = lease_until - interval '10 minutes'"))
            # `recover` runs before the second worker starts: that worker's scheduler also runs it on every minute
            # boundary, and one falling in between would leave nothing for this call to find.
            recovered = subprocess.run([*CLI[:-1], "from channels.tasks import recover; print(recover.call_local())"],
                                       env=env, cwd=ROOT, timeout=TIMEOUT_S, check=True, capture_output=True, text=True)
            assert recovered.stdout.strip() == "1"  # the periodic `recover`, run now: re-enqueued exactly this one
            survivor = subprocess.Popen([*CLI, "worker", "--workers", "1"], env=env, cwd=ROOT,
                                        stdout=(tmp_path / "survivor.log").open("wb"), stderr=subprocess.STDOUT)
            wait_until(lambda: _status(pg_demo, inbound_id)[0] == "done", timeout=TIMEOUT_S,
                       what="the second worker answering", proc=survivor)
        finally:
            stop(doomed)
            if survivor is not None:
                stop(survivor)
    with pg_demo.connect() as conn:
        parts = conn.execute(text("select seq, sent_at is not null from reply_parts where inbound_id = :i"),
                             {"i": inbound_id}).all()
    assert _status(pg_demo, inbound_id) == ("done", 2)  # ran again
    assert parts and all(sent for _, sent in parts)
    assert len(sends()) == len(parts)  # each part sent once
    assert {c.params.get("chat_id") for c in sends()} == {REP01_TG}

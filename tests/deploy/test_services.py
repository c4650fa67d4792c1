"""The services compose starts, exercised without Docker: huey on a real Redis, a worker process's /metrics."""

from __future__ import annotations

import os
import subprocess
import sys
import urllib.request
import uuid
from pathlib import Path

from huey import RedisHuey
from sqlalchemy import Engine

from assistant.observability.context import bound_request_id, current_request_id
from assistant.observability.tasks import instrument_huey, task_request_id
from channels.consumer import EmbeddedConsumer
from tests.deploy.servers import free_port, redis_server, wait_for_port

ROOT = Path(__file__).resolve().parents[2]


def test_huey_on_redis_runs_a_queued_task_under_its_request_id() -> None:
    with redis_server() as url:
        huey = instrument_huey(RedisHuey(f"crm-test-{uuid.uuid4().hex[:8]}", url=url))

        @huey.task(name="deploy_echo")
        def echo(n: int, request_id: str | None = None) -> list[object]:
            return [n * 2, current_request_id()]

        consumer = EmbeddedConsumer(huey, workers=1, worker_type="thread", periodic=False, max_delay=0.2)
        consumer.start()
        try:
            with bound_request_id("compose-req-1"):
                result = echo(21, request_id=task_request_id())
            assert result.get(blocking=True, timeout=30) == [42, "compose-req-1"]
            assert huey.pending_count() == 0
        finally:
            consumer.stop(graceful=True)
            huey.storage.flush_all()


def test_a_worker_process_on_redis_serves_its_metrics_for_the_health_check(engine: Engine, tmp_path: Path) -> None:
    port = free_port()
    with redis_server() as url:
        env = {**os.environ, "PYTHONPATH": str(ROOT), "REDIS_URL": url, "METRICS_PORT": str(port),
               "DATA_DIR": str(tmp_path / "data"), "DATABASE_URL": str(engine.url), "ENVIRONMENT": "test",
               "LLM_PROVIDER": "offline"}
        env.pop("PROMETHEUS_MULTIPROC_DIR", None)
        proc = subprocess.Popen([sys.executable, "-c", "from assistant.cli import app; app()", "worker", "-w", "1"],
                                env=env, cwd=tmp_path, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        try:
            wait_for_port(port, seconds=120)
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/metrics", timeout=10) as r:  # compose's check
                body = r.read().decode()
            assert r.status == 200 and "crm_task_duration_seconds" in body
        finally:
            proc.terminate()
            try:
                proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait(timeout=10)

"""Load on the web chat: concurrent logged-in users asking questions over HTTP + SSE (offline engine).

A real ``crm-assistant serve`` process (uvicorn, in-process queue consumer, SQLite demo company)
on a free loopback port; ``USERS`` asyncio clients each log in with the demo password and ask
``QUESTIONS`` questions one after another (``POST /api/ask``, then read ``/api/stream/{id}``
until ``done``), as a person typing would. The latency of a question is from the POST to the
``done`` event. The load is bounded in count and time and targets 127.0.0.1 only.
"""

from __future__ import annotations

import asyncio
import os
import re
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

import httpx

USERS, QUESTIONS = 50, 20
QUICK_USERS, QUICK_QUESTIONS = 10, 5
PASSWORD = "bench-password"
LOGINS = [f"rep{i:02d}" for i in range(1, 21)] + ["mgr01", "mgr02", "mgr03"]
ASKS = [
    "我今天应该先联系哪些客户？",
    "我本季度的管道",
    "哪些客户快要补货了",
    "哪些客户有流失风险？",
    "客户嫌贵怎么回？",
    "which of my deals are stuck?",
    "团队下个月能做多少",
    "my German customers",
]
TIME_LIMIT_S = 900


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _prepare(data: Path, customers: int) -> dict[str, str]:
    env = {
        **os.environ,
        "DATA_DIR": str(data),
        "DATABASE_URL": f"sqlite:///{data}/crm.db",
        "DEMO_PASSWORD": PASSWORD,
        "LLM_PROVIDER": "offline",
    }
    cli = [str(Path(sys.executable).with_name("crm-assistant"))]
    subprocess.run([*cli, "init", "--scale", str(customers)], env=env, check=True, capture_output=True)
    subprocess.run([*cli, "kb", "ingest", "--quiet"], env=env, check=True, capture_output=True)
    return env


async def _user(base: str, login: str, n: int, latencies: list[float], errors: list[str]) -> None:
    async with httpx.AsyncClient(base_url=base, timeout=60, follow_redirects=True) as client:
        page = await client.get("/login")
        token = re.search(r'name="csrf-token" content="([^"]+)"', page.text).group(1)
        await client.post("/login", data={"login": login, "password": PASSWORD, "csrf_token": token})
        home = await client.get("/")
        found = re.search(r'name="csrf-token" content="([^"]+)"', home.text)
        if found is None:
            errors.append(f"{login}: login failed")
            return
        csrf = found.group(1)
        chat = f"bench{uuid.uuid4().hex[:8]}"
        for i in range(n):
            started = time.perf_counter()
            body = {"text": ASKS[i % len(ASKS)], "conversation": chat, "client_id": uuid.uuid4().hex}
            asked = await client.post("/api/ask", json=body, headers={"X-CSRF-Token": csrf})
            if asked.status_code != 200:
                errors.append(f"ask {asked.status_code}")
                continue
            done = False
            async with client.stream("GET", asked.json()["stream_url"]) as events:
                async for line in events.aiter_lines():
                    if line.startswith("event: error"):
                        errors.append("stream error event")
                        break
                    if line.startswith("event: done"):
                        done = True
                        break
            if done:
                latencies.append(time.perf_counter() - started)
            elif not errors or errors[-1] != "stream error event":
                errors.append("stream ended without done")


async def _load(base: str, users: int, questions: int) -> tuple[list[float], list[str], float]:
    latencies: list[float] = []
    errors: list[str] = []
    started = time.perf_counter()
    tasks = [_user(base, LOGINS[u % len(LOGINS)], questions, latencies, errors) for u in range(users)]
    await asyncio.wait_for(asyncio.gather(*tasks), timeout=TIME_LIMIT_S)
    return latencies, errors, time.perf_counter() - started


def run(quick: bool = False) -> list[dict]:
    users, questions = (QUICK_USERS, QUICK_QUESTIONS) if quick else (USERS, QUESTIONS)
    with tempfile.TemporaryDirectory() as tmp:
        env = _prepare(Path(tmp) / "data", 60 if quick else 400)
        port = _free_port()
        server = subprocess.Popen(
            [str(Path(sys.executable).with_name("crm-assistant")), "serve", "--port", str(port)],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        base = f"http://127.0.0.1:{port}"
        try:
            for _ in range(300):
                try:
                    if httpx.get(f"{base}/healthz", timeout=1).status_code == 200:
                        break
                except httpx.HTTPError:
                    time.sleep(0.2)
            latencies, errors, wall = asyncio.run(_load(base, users, questions))
        finally:
            server.terminate()
            server.wait(timeout=30)
    asked = users * questions
    q = statistics.quantiles(latencies, n=100) if len(latencies) >= 2 else [0.0] * 99
    label = f"{users} users x {questions} questions"
    return [
        {"name": f"web chat: {label}: questions/s", "value": round(len(latencies) / wall, 2), "unit": "q/s"},
        {"name": f"web chat: {label}: p50 latency", "value": round(q[49] * 1000), "unit": "ms"},
        {"name": f"web chat: {label}: p99 latency", "value": round(q[98] * 1000), "unit": "ms", "target": "< 2000"},
        {"name": f"web chat: {label}: errors", "value": len(errors) + (asked - len(latencies) - len(errors)),
         "unit": "count", "target": "0"},
    ]

"""Helpers of the warm-worker tests: run the CLI in a subprocess against a data folder, wait for a worker."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
TODAY = "2025-06-15"  # the tests' demo company (tests/tools/conftest.py)
LAUNCH = "import sys; sys.argv[0] = 'crm-assistant'; from assistant.cli import app; app()"
HEAVY = ("langchain", "langchain_core", "langgraph", "langsmith", "sqlalchemy", "numpy")
PROBE = """
import sys
sys.argv = ["crm-assistant", *sys.argv[1:]]
code = 0
try:
    from assistant.cli import app
    app()
except SystemExit as exc:
    code = exc.code or 0
print("LOADED", *sorted({m.split(".")[0] for m in sys.modules}), file=sys.stderr)
sys.exit(code)
"""


def env_for(data: Path, **values: str) -> dict[str, str]:
    """The environment of a CLI subprocess on ``data`` with the worker on (the tests' default is off)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LLM_", "OPENAI_", "DATABASE_", "DATA_", "ASK_"))}
    env.update(PYTHONPATH=str(ROOT), DATA_DIR=str(data), DATABASE_URL=f"sqlite:///{data}/crm.db",
               LLM_PROVIDER="offline", ENVIRONMENT="test", ASK_WORKER="on", ASK_WORKER_IDLE_SECONDS="300")  # fmt: skip
    env.update(values)
    return env


def cli(*args: str, env: dict[str, str], probe: bool = False) -> subprocess.CompletedProcess[str]:
    """Run ``crm-assistant ARGS`` in a fresh process (``probe``: print the loaded packages to stderr)."""
    cwd = Path(env["DATA_DIR"]).parent
    code = PROBE if probe else LAUNCH
    return subprocess.run([sys.executable, "-c", code, *args], env=env, cwd=cwd, capture_output=True, text=True,
                          timeout=240, check=False)  # fmt: skip


def loaded(done: subprocess.CompletedProcess[str]) -> set[str]:
    """The top-level packages a :func:`cli` run with ``probe=True`` had imported."""
    line = next(x for x in done.stderr.splitlines() if x.startswith("LOADED "))
    return set(line.split()[1:])


def state(data: Path) -> dict[str, Any] | None:
    """The running worker's ``worker.json`` (pid, key, started), or None."""
    try:
        return json.loads((data / "run" / "worker.json").read_text())
    except (OSError, ValueError):
        return None


def wait_for_worker(env: dict[str, str], *, other_than: int | None = None, timeout: float = 120) -> int:
    """Wait until ``ask-worker status`` reports a worker (not ``other_than``); return its pid."""
    data = Path(env["DATA_DIR"])
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        now = state(data)
        if now and now["pid"] != other_than and cli("ask-worker", "status", env=env).returncode == 0:
            return int(now["pid"])
        time.sleep(0.3)
    log = (data / "run" / "worker.log").read_text() if (data / "run" / "worker.log").exists() else ""
    raise AssertionError(f"no worker came up; log:\n{log[-2000:]}")


def alive(pid: int) -> bool:
    """Whether process ``pid`` exists (and is not a zombie)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    try:
        return Path(f"/proc/{pid}/stat").read_text().split()[2] != "Z"
    except OSError:
        return True


def wait_gone(pid: int, timeout: float = 20) -> bool:
    """Wait until ``pid`` has exited; return whether it did."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and alive(pid):
        time.sleep(0.1)
    return not alive(pid)


def kill_workers(data: Path, env: dict[str, str]) -> None:
    """Stop the data folder's worker politely, then kill whatever ``worker.json`` still names."""
    cli("ask-worker", "stop", env=env)
    now = state(data)
    if now and alive(int(now["pid"])):
        os.kill(int(now["pid"]), signal.SIGKILL)


def audit_rows(data: Path, n: int) -> list[tuple[Any, ...]]:
    """The last ``n`` ``ask`` audit rows, oldest first: (login, role, channel, action, arguments, outcome, detail)."""
    with sqlite3.connect(data / "crm.db") as db:
        rows = db.execute(
            "select login, role, channel, action, arguments, outcome, detail, record_ids from audit_log "
            "where action = 'ask' order by id desc limit ?",
            (n,),
        ).fetchall()
    return [(*r[:4], json.loads(r[4]), r[5], r[6], len(json.loads(r[7] or "[]"))) for r in reversed(rows)]

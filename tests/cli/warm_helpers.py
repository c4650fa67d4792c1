"""Helpers of the warm-worker tests: run the CLI in a subprocess against a data folder, wait for a worker."""

from __future__ import annotations

import fcntl
import json
import os
import re
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
    """Wait until a worker (not ``other_than``) answers ``ask-worker status``; return the pid it reports.

    The pid is the answering worker's, and ``worker.json`` must name it too (the worker has finished
    binding): a SIGKILLed worker leaves its ``worker.json`` behind, and a new worker may bind while
    ``status`` runs, so a ``worker.json`` read before ``status`` can name a dead process.
    """
    data = Path(env["DATA_DIR"])
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        reply = cli("ask-worker", "status", env=env)
        answered = re.search(r"\bpid (\d+)", reply.stdout) if reply.returncode == 0 else None
        now = state(data)
        if answered and now and int(answered[1]) == now["pid"] != other_than:
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


def starting(data: Path) -> bool:
    """Whether a worker holds the data folder's lock (starting, serving or exiting)."""
    try:
        with open(data / "run" / "worker.lock", "a") as f:
            fcntl.flock(f, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return True
    except OSError:
        return False
    return False


def kill_workers(data: Path, env: dict[str, str], timeout: float = 60) -> None:
    """Stop the data folder's worker politely, waiting for one still starting; kill it only if it hangs.

    A worker started by the test's last ``ask`` may still be loading after a first ``stop``: it is
    stopped once it listens, not SIGKILLed (that would leave its socket and ``worker.json`` behind
    for the next test, naming a dead process).
    """
    deadline = time.monotonic() + timeout
    cli("ask-worker", "stop", env=env)
    while starting(data) and time.monotonic() < deadline:
        time.sleep(0.2)
        cli("ask-worker", "stop", env=env)
    now = state(data)
    if starting(data) and now and alive(int(now["pid"])):  # a hung worker (SIGSTOP): the last resort
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

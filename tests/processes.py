"""Helpers for tests that run real processes on loopback: free ports, waiting, the CLI as a subprocess."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CLI = [sys.executable, "-c", "from assistant.cli import app; app()"]  # `crm-assistant` from this tree


def free_port() -> int:
    """A TCP port nobody listens on right now (loopback)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def wait_until(check: Callable[[], bool], *, timeout: float, what: str, proc: subprocess.Popen | None = None) -> None:
    """Poll ``check`` until it is true; fail after ``timeout`` seconds or when ``proc`` exits."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc is not None and proc.poll() is not None:
            raise RuntimeError(f"{what}: the process exited with {proc.returncode}")
        try:
            if check():
                return
        except Exception:
            pass
        time.sleep(0.2)
    raise TimeoutError(f"{what} within {timeout:.0f} s")


def http_ok(url: str, timeout: float = 2.0) -> bool:
    """Whether GET ``url`` answers 2xx."""
    with urllib.request.urlopen(url, timeout=timeout) as r:
        return 200 <= r.status < 300


def app_env(**values: str) -> dict[str, str]:
    """The environment of an app subprocess: this tree on PYTHONPATH, offline, plus ``values``."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("CHROMA_", "DATABASE_URL", "REDIS_URL"))}
    env.update(PYTHONPATH=str(ROOT), LLM_PROVIDER="offline", ENVIRONMENT="test", PYTHONDONTWRITEBYTECODE="1")
    env.update(values)
    return env


def cli(*args: str, env: dict[str, str], timeout: float = 180) -> subprocess.CompletedProcess[str]:
    """Run ``crm-assistant ARGS`` from this tree in a subprocess and return what it printed."""
    return subprocess.run([*CLI, *args], env=env, cwd=ROOT, text=True,
                          capture_output=True, timeout=timeout, check=False)


def stop(proc: subprocess.Popen) -> None:
    """Terminate ``proc`` (kill it after 10 s)."""
    if proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(10)


def fresh_processes(probe: str, data_dir: Path, times: int = 2) -> list[str]:
    """Run ``probe`` (Python source) in ``times`` fresh interpreters in turn, sharing ``data_dir``; their stdout.

    The second run sees what the first left in ``DATA_DIR`` (a cache), nothing else: a clean
    environment, this tree's ``sys.path``.
    """
    env = {"DATA_DIR": str(data_dir), "PATH": "/usr/bin:/bin", "PYTHONPATH": ":".join(sys.path)}
    return [
        subprocess.run([sys.executable, "-c", probe], env=env, capture_output=True, text=True, check=True).stdout
        for _ in range(times)
    ]

"""The ``ask`` command's side of the warm worker: standard library (and Typer) only.

Importing the agent stack (LangGraph, LangChain, SQLAlchemy, numpy) costs more than a second;
a warm worker (:mod:`assistant.cli.warm_worker`) has it loaded already. :func:`ask_worker` hands
the question to the worker of this data folder and replays its output; it returns None — answer
in-process — when no worker listens, the worker's key differs (it then exits), or the connection
fails or times out (a worker killed mid-answer). Never a hang, never a lost question: if a worker
dies after writing its audit row but before answering, the question is answered again here and
the audit log has two rows for it (a duplicate is accepted over a lost answer).

Confirmation: the worker never prompts. When a reply awaits approval (no ``--yes``, no ``--json``)
the worker sends the prompt; this client asks on its terminal and sends the answer back on the same
connection, and the worker finishes the same command run (one audit row, as in-process).

Security: the socket lives in ``DATA_DIR/run`` (folder 0700, socket 0600), so only the OS user
who owns the data folder can connect — the same user who may already run ``ask --as`` anyone.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import fcntl
import json
import os
import shutil
import socket
import subprocess
import sys
from typing import Any

import typer

from assistant.cli import warm_key

CONNECT_TIMEOUT_S = 1.0
ACCEPT_TIMEOUT_S = 5.0  # a worker busy with another question longer than this: answer here
ANSWER_TIMEOUT_S = 300.0  # longest silence while answering (a remote model's retries) before answering here
TERMINAL_ENV = ("TERM", "COLORTERM", "NO_COLOR", "FORCE_COLOR", "COLUMNS", "LINES", "TTY_COMPATIBLE")
SYSPATH_ENV = "CRM_ASK_WORKER_SYSPATH"
EXPECT_ENV = "CRM_ASK_WORKER_KEY"
_refused = False


def _settings() -> tuple[str, str, bool]:
    from assistant.config import get_settings  # pydantic only; the CLI's callback has read them already

    s = get_settings()
    return str(s.data_dir), s.database_url, s.ask_worker_on


def _terminal() -> dict[str, Any]:
    return {
        "stdout_tty": sys.stdout.isatty(),
        "stderr_tty": sys.stderr.isatty(),
        "columns": shutil.get_terminal_size().columns,
        "env": {k: os.environ[k] for k in TERMINAL_ENV if k in os.environ},
    }


def connect(data_dir: str, timeout: float = CONNECT_TIMEOUT_S) -> socket.socket | None:
    """Connect to the data folder's worker; None when none listens (a stale socket file is removed)."""
    path = warm_key.socket_path(data_dir)
    if path is None:
        return None
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    sock.settimeout(timeout)
    try:
        sock.connect(str(path))
    except ConnectionRefusedError:  # a socket file nobody listens on: a worker that died
        sock.close()
        path.unlink(missing_ok=True)
        return None
    except OSError:
        sock.close()
        return None
    return sock


def ask_worker(args: dict[str, Any]) -> int | None:
    """Have the warm worker answer ``ask`` with these arguments; return its exit code, None to answer here."""
    global _refused
    data_dir, database_url, on = _settings()
    if not on:
        return None
    sock = connect(data_dir)
    if sock is None:
        return None
    wire = {**args, "today": args["today"].strftime("%Y-%m-%d") if isinstance(args["today"], dt.datetime) else None}
    buffer = bytearray()
    with sock:
        try:
            warm_key.send(sock, {"op": "ask", "key": warm_key.worker_key(database_url), "args": wire,
                                 "terminal": _terminal()})  # fmt: skip
            sock.settimeout(ACCEPT_TIMEOUT_S)
            first = warm_key.receive(sock, buffer)
            if first is None or first.get("status") != "accepted":
                _refused = bool(first and first.get("status") == "refused")
                return None
            sock.settimeout(ANSWER_TIMEOUT_S)
            while True:
                message = warm_key.receive(sock, buffer)
                if message is None or message.get("status") == "failed":
                    return None
                _replay(message)
                if message.get("status") == "done":
                    return int(message.get("exit", 0))
                _approve(sock, message)
        except (OSError, ValueError):  # timeouts, a reset connection, a torn message
            return None


def _replay(message: dict[str, Any]) -> None:
    for stream, key in ((sys.stdout, "stdout"), (sys.stderr, "stderr")):
        if message.get(key):
            stream.write(message[key])
            stream.flush()


def _approve(sock: socket.socket, message: dict[str, Any]) -> None:
    """Ask this terminal to approve a pending write (as in-process) and tell the worker."""
    try:
        yes = typer.confirm(message["prompt"], default=False)
    except BaseException:  # Ctrl-C, end of input: the worker records the run as cancelled
        with contextlib.suppress(OSError):
            warm_key.send(sock, {"abort": True})
        raise
    warm_key.send(sock, {"yes": yes})


def start_worker() -> None:
    """Start a warm worker in the background for the next ``ask`` (unless off, or one is starting)."""
    global _refused
    try:
        data_dir, database_url, on = _settings()
    except Exception:
        return
    if not on or warm_key.socket_path(data_dir) is None:
        return
    run = warm_key.run_dir(data_dir)
    try:
        run.mkdir(mode=0o700, parents=True, exist_ok=True)
        os.chmod(run, 0o700)
        if not _refused and _lock_held(run / "worker.lock"):
            return  # a worker is starting (or busy, or exiting): no second one
        log = open(run / "worker.log", "ab")
    except OSError:
        return
    env = {**os.environ, SYSPATH_ENV: json.dumps(sys.path), EXPECT_ENV: warm_key.worker_key(database_url)}
    code = "from assistant.cli.warm_worker import main; main()"
    with log:
        try:
            subprocess.Popen(
                [sys.executable, "-c", f"import json, os, sys; sys.path[:] = json.loads(os.environ['{SYSPATH_ENV}']); {code}"],
                cwd=os.getcwd(), env=env, stdin=subprocess.DEVNULL, stdout=log, stderr=log,
                start_new_session=True, close_fds=True,
            )  # fmt: skip
        except OSError:
            pass
    _refused = False


def _lock_held(path: os.PathLike[str]) -> bool:
    try:
        with open(path, "a") as f:
            fcntl.flock(f, fcntl.LOCK_EX | fcntl.LOCK_NB)
            fcntl.flock(f, fcntl.LOCK_UN)
    except BlockingIOError:
        return True
    except OSError:
        return False
    return False

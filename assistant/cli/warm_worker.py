"""The warm ``ask`` worker: a long-lived local process with the agent stack loaded, like dmypy.

``crm-assistant ask`` starts one in the background after answering in-process (see
:mod:`assistant.cli.warm_client`); later questions are answered here in a fraction of the time.
One request at a time, by the very function the in-process command runs
(:func:`assistant.cli.agent.answer_ask`), so output, exit code and audit row are the same.

The worker listens on ``DATA_DIR/run/ask.sock`` (folder 0700, socket 0600: only the same OS
user can connect, and that user may already run ``ask --as`` anyone). It exits after
``ASK_WORKER_IDLE_SECONDS`` without a question, when a request's key differs from its own (the
code, settings, environment or database changed: :func:`assistant.cli.warm_key.worker_key`),
when its socket file is removed or replaced, on ``crm-assistant ask-worker stop`` and on SIGTERM
(after the question it is answering, if any). While one client sits at a confirmation prompt, other
clients wait at most :data:`assistant.cli.warm_client.ACCEPT_TIMEOUT_S` and then answer in-process.
A lock file (``worker.lock``) keeps it to one worker per data folder.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import fcntl
import io
import json
import os
import signal
import socket
import sys
import time
import traceback
from pathlib import Path
from typing import IO, Any

import typer

from assistant.cli import warm_client, warm_key

LOCK_WAIT_S = 10.0  # a worker that was told to exit releases the lock within this
TICK_S = 5.0  # how often an idle worker checks its socket file and idle time
APPROVAL_TIMEOUT_S = 3600.0


class Worker:
    """The worker's state: its key, socket and start time."""

    def __init__(self, data_dir: str, database_url: str, idle_s: float) -> None:
        """Remember the data folder and compute the key (before the stack is loaded)."""
        self.run = warm_key.run_dir(data_dir)
        self.path = warm_key.socket_path(data_dir)
        self.key = warm_key.worker_key(database_url)
        self.idle_s = idle_s
        self.started = time.time()
        self.inode: int | None = None
        self.busy = False
        self.stopping = False

    def terminate(self, *_: object) -> None:
        """SIGTERM: exit now when idle, else once the current question is answered (its audit row written)."""
        self.stopping = True
        if not self.busy:
            raise SystemExit(0)

    def bind(self) -> socket.socket:
        """Listen on a fresh socket (mode 0600) and move it into place atomically."""
        assert self.path is not None
        tmp = self.run / f"ask.{os.getpid()}.sock"
        tmp.unlink(missing_ok=True)
        server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        old = os.umask(0o177)
        try:
            server.bind(str(tmp))
        finally:
            os.umask(old)
        os.chmod(tmp, 0o600)
        server.listen(16)
        os.replace(tmp, self.path)
        self.inode = self.path.stat().st_ino
        state = {"pid": os.getpid(), "key": self.key, "started": self.started}
        (self.run / "worker.json").write_text(json.dumps(state))
        return server

    def owns_socket(self) -> bool:
        """Whether the socket file is still this worker's (not removed, not replaced)."""
        try:
            return self.path is not None and self.path.stat().st_ino == self.inode
        except OSError:
            return False

    def serve(self, server: socket.socket) -> None:
        """Answer requests one at a time until idle, stopped, refused or displaced."""
        last = time.monotonic()
        server.settimeout(min(TICK_S, self.idle_s))
        while True:
            try:
                conn, _ = server.accept()
            except TimeoutError:
                if time.monotonic() - last >= self.idle_s or not self.owns_socket():
                    return
                continue
            self.busy = True
            try:
                with conn:
                    if not self.handle(conn):
                        return
            finally:
                self.busy = False
            if self.stopping:
                return
            last = time.monotonic()

    def handle(self, conn: socket.socket) -> bool:
        """Serve one connection; return False when the worker should exit."""
        buffer = bytearray()
        conn.settimeout(5.0)
        try:
            request = warm_key.receive(conn, buffer)
        except (OSError, ValueError):
            return True
        op = (request or {}).get("op")
        with contextlib.suppress(OSError):
            if op == "status":
                warm_key.send(conn, {"pid": os.getpid(), "key": self.key, "uptime": time.time() - self.started})
            elif op == "stop":
                warm_key.send(conn, {"status": "stopping", "pid": os.getpid()})
                return False
            elif op == "ask" and request is not None:
                if request.get("key") != self.key:
                    warm_key.send(conn, {"status": "refused", "key": self.key})
                    return False
                warm_key.send(conn, {"status": "accepted"})  # a client that gave up: BrokenPipeError, skipped
                answer(conn, buffer, request)
        return True


def answer(conn: socket.socket, buffer: bytearray, request: dict[str, Any]) -> None:
    """Run ``ask`` as the in-process command does, replaying its output and prompts to the client."""
    from assistant.cli import agent, consoles

    args = dict(request["args"])
    if args.get("today"):
        args["today"] = dt.datetime.strptime(args["today"], "%Y-%m-%d")
    out, errs = io.StringIO(), io.StringIO()

    def approve(prompt: str) -> bool:
        conn.settimeout(APPROVAL_TIMEOUT_S)
        try:
            warm_key.send(conn, {"status": "confirm", "prompt": prompt, **_drain(out, errs)})
            reply = warm_key.receive(conn, buffer)
        except (OSError, ValueError):
            reply = None
        if not reply or reply.get("abort"):
            raise typer.Abort
        return bool(reply.get("yes"))

    terminal = request.get("terminal") or {}
    token = agent.confirm_prompt.set(approve)
    saved = consoles.console._console, consoles.err._console
    consoles.console._console = _console(out, terminal, "stdout_tty")
    consoles.err._console = _console(errs, terminal, "stderr_tty")
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(errs):
            try:
                agent.answer_ask(**args)
                code = 0
            except typer.Exit as exc:
                code = exc.exit_code
    except (typer.Abort, KeyboardInterrupt):
        return  # the client gave up at the prompt; the run is recorded as cancelled
    except Exception:
        traceback.print_exc()
        with contextlib.suppress(OSError):
            warm_key.send(conn, {"status": "failed"})
        return
    finally:
        agent.confirm_prompt.reset(token)
        consoles.console._console, consoles.err._console = saved
    warm_key.send(conn, {"status": "done", "exit": code, **_drain(out, errs)})


def _drain(out: io.StringIO, errs: io.StringIO) -> dict[str, str]:
    texts = {"stdout": out.getvalue(), "stderr": errs.getvalue()}
    for buf in (out, errs):
        buf.seek(0)
        buf.truncate()
    return texts


def _console(file: IO[str], terminal: dict[str, Any], tty: str) -> Any:
    """Return a Rich console writing to ``file`` that colours and wraps as the client's terminal would."""
    from rich.console import Console

    is_tty = bool(terminal.get(tty))
    env = terminal.get("env") or {}
    return Console(
        file=file, force_terminal=True if is_tty else None, width=terminal.get("columns") if is_tty else None,
        _environ=env,
    )  # fmt: skip


def _lock(run: Path) -> IO[str] | None:
    f = open(run / "worker.lock", "a")
    deadline = time.monotonic() + LOCK_WAIT_S
    while True:
        try:
            fcntl.flock(f, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return f
        except BlockingIOError:
            if time.monotonic() > deadline:
                f.close()
                return None
            time.sleep(0.05)


def main() -> None:
    """Run a worker for the current settings (started by :func:`assistant.cli.warm_client.start_worker`)."""
    from assistant.config import get_settings

    os.environ.pop(warm_client.SYSPATH_ENV, None)
    expected = os.environ.pop(warm_client.EXPECT_ENV, None)
    s = get_settings()
    worker = Worker(str(s.data_dir), s.database_url, s.ask_worker_idle_seconds)
    if worker.path is None or not s.ask_worker_on:
        return
    if expected is not None and expected != worker.key:
        print(f"worker key {worker.key} differs from the client's {expected}: not starting", file=sys.stderr)
        return
    worker.run.mkdir(mode=0o700, parents=True, exist_ok=True)
    os.chmod(worker.run, 0o700)
    lock = _lock(worker.run)
    if lock is None:
        return
    with lock:
        from assistant.cli.agent import default_assistant, start_up

        with start_up():  # what every question needs: the agent, the database layer, the audit writer
            import assistant.audit
            import assistant.db
            import assistant.identity
            import assistant.migrations  # noqa: F401

            default_assistant()
        server = worker.bind()
        signal.signal(signal.SIGTERM, worker.terminate)
        print(f"{dt.datetime.now():%Y-%m-%d %H:%M:%S} worker {os.getpid()} up, key {worker.key}", flush=True)
        try:
            worker.serve(server)
        finally:
            server.close()
            if worker.owns_socket():
                assert worker.path is not None
                worker.path.unlink(missing_ok=True)
                (worker.run / "worker.json").unlink(missing_ok=True)
            print(f"{dt.datetime.now():%Y-%m-%d %H:%M:%S} worker {os.getpid()} exits", flush=True)

"""``crm-assistant ask-worker status|stop|serve``: look after the warm ``ask`` worker of this data folder."""

from __future__ import annotations

import os
import time

import typer

from assistant.cli import warm_client, warm_key

worker_app = typer.Typer(help="The warm worker that answers `ask` quickly (started by `ask` itself).",
                         no_args_is_help=True)  # fmt: skip


def _query(op: str) -> dict | None:
    from assistant.config import get_settings

    sock = warm_client.connect(str(get_settings().data_dir))
    if sock is None:
        return None
    with sock:
        try:
            sock.settimeout(warm_client.ACCEPT_TIMEOUT_S)
            warm_key.send(sock, {"op": op})
            return warm_key.receive(sock, bytearray())
        except (OSError, ValueError):
            return None


@worker_app.command()
def status() -> None:
    """Say whether a worker is running (pid, key, uptime); exit code 1 when none is."""
    from assistant.config import get_settings

    state = _query("status")
    if state is None:
        typer.echo("no ask worker running")
        raise typer.Exit(1)
    current = warm_key.worker_key(get_settings().database_url)
    fresh = "current" if state["key"] == current else "stale: the next ask replaces it"
    typer.echo(f"ask worker running: pid {state['pid']}, key {state['key']} ({fresh}), up {state['uptime']:.0f} s")


@worker_app.command()
def stop() -> None:
    """Stop the worker (it exits once its current question is answered)."""
    reply = _query("stop")
    if reply is None:
        typer.echo("no ask worker running")
        return
    pid = int(reply["pid"])
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and _alive(pid):
        time.sleep(0.05)
    typer.echo(f"stopped ask worker {pid}")


@worker_app.command(hidden=True)
def serve() -> None:
    """Run a worker in the foreground (normally started in the background by `ask`)."""
    from assistant.cli.warm_worker import main

    main()


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def register(app: typer.Typer) -> None:
    """Add ``ask-worker`` to the root app."""
    app.add_typer(worker_app, name="ask-worker")

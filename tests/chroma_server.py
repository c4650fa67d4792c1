"""A real Chroma server for tests: ``chroma run`` (shipped with the chromadb package) on a free loopback port."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from tests.processes import free_port, http_ok, stop, wait_until

START_TIMEOUT_S = 60


def chroma_command() -> list[str]:
    """The ``chroma`` CLI next to this Python, else its module."""
    exe = Path(sys.executable).parent / "chroma"
    if exe.is_file():
        return [str(exe)]
    found = shutil.which("chroma")
    return [found] if found else [sys.executable, "-c", "from chromadb.cli.cli import app; app()"]


class ChromaServer:
    """``chroma run --path PATH --host 127.0.0.1 --port PORT``, started and stopped by a test."""

    def __init__(self, path: Path) -> None:
        """Keep the server's data in ``path``."""
        self.path = path
        self.host = "127.0.0.1"
        self.port = free_port()
        self.proc: subprocess.Popen | None = None

    @property
    def url(self) -> str:
        """The server's root URL."""
        return f"http://{self.host}:{self.port}"

    def start(self) -> ChromaServer:
        """Start the server and wait for its heartbeat."""
        log = (self.path.parent / f"chroma-{self.port}.log").open("wb")
        self.proc = subprocess.Popen(
            [*chroma_command(), "run", "--path", str(self.path), "--host", self.host, "--port", str(self.port)],
            stdout=log, stderr=subprocess.STDOUT,
        )
        wait_until(lambda: http_ok(f"{self.url}/api/v2/heartbeat"), timeout=START_TIMEOUT_S,
                   what="chroma run answering its heartbeat", proc=self.proc)
        return self

    def stop(self) -> None:
        """Stop the server."""
        if self.proc is not None:
            stop(self.proc)

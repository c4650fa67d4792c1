"""A throwaway PostgreSQL server for tests: ``initdb`` + ``pg_ctl`` on a free loopback port.

PostgreSQL refuses to run as root; when the tests run as root, the commands run as the
``postgres`` user (``su``) in a folder it owns.
"""

from __future__ import annotations

import glob
import os
import shutil
import subprocess
import tempfile
from pathlib import Path

from tests.processes import free_port


def pg_bin() -> Path | None:
    """The folder holding ``initdb`` and ``pg_ctl`` (PATH, else the newest /usr/lib/postgresql/*/bin)."""
    found = shutil.which("pg_ctl")
    if found:
        return Path(found).parent
    candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin/pg_ctl"))
    return Path(candidates[-1]).parent if candidates else None


class PgCluster:
    """One PostgreSQL server in a temporary folder, started, stopped and restarted by a test."""

    def __init__(self) -> None:
        """Pick the binaries, a folder and a port (nothing runs yet)."""
        binaries = pg_bin()
        if binaries is None:
            raise FileNotFoundError("initdb/pg_ctl not found")
        self.bin = binaries
        self.root = Path(tempfile.mkdtemp(prefix="pgcluster-"))
        self.data = self.root / "data"
        self.port = free_port()
        self.as_root = os.geteuid() == 0
        if self.as_root:
            shutil.chown(self.root, "postgres")

    def _run(self, *args: str, timeout: float = 120) -> None:
        cmd = [str(self.bin / args[0]), *args[1:]]
        if self.as_root:
            cmd = ["su", "postgres", "-s", "/bin/sh", "-c", subprocess.list2cmdline(cmd)]
        subprocess.run(cmd, check=True, timeout=timeout, capture_output=True)

    def url(self, database: str = "postgres") -> str:
        """The server's URL for ``database`` (user postgres, trust authentication)."""
        return f"postgresql://postgres@127.0.0.1:{self.port}/{database}"

    def init(self) -> PgCluster:
        """Create the cluster (trust authentication, UTF-8)."""
        self._run("initdb", "-D", str(self.data), "-A", "trust", "-U", "postgres", "-E", "UTF8", "--no-sync")
        return self

    def start(self) -> None:
        """Start the server on 127.0.0.1:PORT and wait until it accepts connections."""
        opts = f"-p {self.port} -h 127.0.0.1 -k {self.root} -c fsync=off"
        self._run("pg_ctl", "-D", str(self.data), "-o", opts, "-l", str(self.root / "log"), "-w", "-t", "60", "start")

    def stop(self) -> None:
        """Stop the server now (fast shutdown: open connections are cut)."""
        self._run("pg_ctl", "-D", str(self.data), "-m", "fast", "-w", "-t", "60", "stop")

    def destroy(self) -> None:
        """Stop the server if it runs and delete its folder."""
        try:
            self._run("pg_ctl", "-D", str(self.data), "-m", "immediate", "-w", "-t", "30", "stop")
        except (subprocess.CalledProcessError, subprocess.TimeoutExpired):
            pass
        shutil.rmtree(self.root, ignore_errors=True)

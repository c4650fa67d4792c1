"""The warm ``ask`` worker as real processes: same answers and audit rows, refusals, crashes, stop/status.

One demo data folder per module (a copy of the session's 60-customer SQLite template); every test
that starts a worker stops it in teardown.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import sqlite3
import stat
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.cli.warm_helpers import (
    HEAVY,
    LAUNCH,
    TODAY,
    alive,
    audit_rows,
    cli,
    env_for,
    kill_workers,
    loaded,
    wait_for_worker,
    wait_gone,
)
from tests.databases import Templates
from tests.tools.conftest import build_demo

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="Unix-domain sockets and fork")
QUESTION = ("rep01", "我本季度的管道")


@pytest.fixture(scope="module")
def data(db_templates: Templates, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A data folder holding a copy of the demo company (built once per session)."""
    folder = tmp_path_factory.mktemp("warm") / "data"
    folder.mkdir()
    shutil.copy(db_templates.sqlite("demo60", build_demo), folder / "crm.db")
    return folder


@pytest.fixture
def env(data: Path) -> Iterator[dict[str, str]]:
    """The CLI environment on the demo folder, worker on; no worker survives the test."""
    environment = env_for(data)
    yield environment
    kill_workers(data, environment)


@pytest.fixture
def warm(env: dict[str, str]) -> int:
    """Start a worker (a first ``ask`` answers in-process and starts one); return its pid."""
    first = cli("ask", "--as", "rep01", "--today", TODAY, "hello", env=env)
    assert first.returncode == 0, first.stderr
    return wait_for_worker(env)


def _ask(env: dict[str, str], *extra: str, login: str = QUESTION[0], question: str = QUESTION[1], **kw: bool):
    return cli("ask", "--as", login, "--today", TODAY, *extra, question, env=env, **kw)


def test_warm_answer_matches_in_process_and_imports_nothing_heavy(env: dict[str, str], warm: int, data: Path) -> None:
    cold = _ask({**env, "ASK_WORKER": "off"})
    hot = _ask(env, probe=True)
    assert hot.returncode == cold.returncode == 0, hot.stderr
    assert hot.stdout == cold.stdout and cold.stdout.strip()
    assert not loaded(hot) & set(HEAVY), sorted(loaded(hot) & set(HEAVY))  # the worker answered
    cold_row, hot_row = audit_rows(data, 2)
    assert cold_row == hot_row  # same actor, action, arguments, outcome, detail and number of records
    assert hot_row[:4] == ("rep01", "rep", "cli", "ask") and hot_row[5] == "ok"


def test_warm_json_and_refusals_match_in_process(env: dict[str, str], warm: int, data: Path) -> None:
    cold, hot = (_ask(e, "--json") for e in ({**env, "ASK_WORKER": "off"}, env))
    assert hot.returncode == cold.returncode == 0
    without_id = [{k: v for k, v in json.loads(r.stdout).items() if k != "conversation_id"} for r in (cold, hot)]
    assert without_id[0] == without_id[1]
    cold, hot = (_ask(e, login="nobody", probe=True) for e in ({**env, "ASK_WORKER": "off"}, env))
    assert hot.returncode == cold.returncode == 2
    assert hot.stdout == cold.stdout
    assert hot.stderr.split("LOADED")[0] == cold.stderr.split("LOADED")[0]
    assert not loaded(hot) & set(HEAVY)
    assert audit_rows(data, 2)[0] == audit_rows(data, 2)[1]
    assert audit_rows(data, 1)[0][5] == "denied"
    assert alive(warm)


def test_socket_and_folder_are_private(warm: int, data: Path) -> None:
    assert stat.S_IMODE((data / "run").stat().st_mode) == 0o700
    sock = data / "run" / "ask.sock"
    assert stat.S_ISSOCK(sock.stat().st_mode)
    assert stat.S_IMODE(sock.stat().st_mode) == 0o600


def test_status_and_stop(env: dict[str, str], warm: int, data: Path) -> None:
    status = cli("ask-worker", "status", env=env)
    assert status.returncode == 0
    assert f"pid {warm}" in status.stdout and "(current)" in status.stdout
    stopped = cli("ask-worker", "stop", env=env)
    assert stopped.returncode == 0 and str(warm) in stopped.stdout
    assert wait_gone(warm)
    assert not (data / "run" / "ask.sock").exists()
    assert cli("ask-worker", "status", env=env).returncode == 1
    assert "no ask worker" in cli("ask-worker", "stop", env=env).stdout


def test_sigterm_stops_an_idle_worker_cleanly(warm: int, data: Path) -> None:
    os.kill(warm, signal.SIGTERM)
    assert wait_gone(warm)
    assert not (data / "run" / "ask.sock").exists() and not (data / "run" / "worker.json").exists()


def test_a_worker_with_another_key_refuses_and_the_client_answers(env: dict[str, str], warm: int) -> None:
    expected = _ask({**env, "ASK_WORKER": "off"}).stdout
    changed = {**env, "TIMEZONE": "Asia/Shanghai"}  # the same value, but the environment differs: another key
    assert "stale" in cli("ask-worker", "status", env=changed).stdout
    done = _ask(changed)
    assert done.returncode == 0 and done.stdout == expected
    assert wait_gone(warm)  # the refusing worker exits; the client started one for its own key
    new = wait_for_worker(changed, other_than=warm)
    assert "(current)" in cli("ask-worker", "status", env=changed).stdout
    assert new != warm


def test_a_replaced_database_is_never_answered_from_the_old_file(env: dict[str, str], warm: int, data: Path) -> None:
    db = data / "crm.db"
    shutil.copy(db, data / "crm.db.new")
    os.replace(data / "crm.db.new", db)  # same content, new inode: a restore
    assert "stale" in cli("ask-worker", "status", env=env).stdout
    done = _ask(env)
    assert done.returncode == 0 and done.stdout.strip()
    assert wait_gone(warm)


def test_a_killed_worker_means_an_in_process_answer(env: dict[str, str], warm: int, data: Path) -> None:
    expected = _ask({**env, "ASK_WORKER": "off"}).stdout
    os.kill(warm, signal.SIGKILL)
    assert wait_gone(warm)
    assert (data / "run" / "ask.sock").exists()  # left behind: nobody listens
    done = _ask(env)
    assert done.returncode == 0 and done.stdout == expected
    assert wait_for_worker(env, other_than=warm) != warm  # the stale socket was replaced


def test_a_hung_worker_means_an_in_process_answer(env: dict[str, str], warm: int) -> None:
    expected = _ask({**env, "ASK_WORKER": "off"}).stdout
    os.kill(warm, signal.SIGSTOP)  # connects, never answers
    try:
        t0 = time.monotonic()
        done = _ask(env)
        assert done.returncode == 0 and done.stdout == expected
        assert time.monotonic() - t0 < 120
    finally:
        os.kill(warm, signal.SIGKILL)
        os.kill(warm, signal.SIGCONT)


def test_ask_worker_off_never_starts_one(data: Path, tmp_path: Path) -> None:
    env = env_for(data, ASK_WORKER="off")
    shutil.rmtree(data / "run", ignore_errors=True)
    done = _ask(env)
    assert done.returncode == 0
    time.sleep(1.0)
    assert not (data / "run").exists()
    assert cli("ask-worker", "status", env=env).returncode == 1
    test_env = {k: v for k, v in env.items() if k != "ASK_WORKER"}  # ENVIRONMENT=test: off by default
    assert _ask(test_env).returncode == 0
    time.sleep(1.0)
    assert not (data / "run").exists()


def _write_question(data: Path) -> str:
    with sqlite3.connect(data / "crm.db") as db:
        (name,) = db.execute(
            "select c.name_zh from customers c join users u on u.id = c.owner_id where u.login = 'rep01' "
            "order by c.id limit 1"
        ).fetchone()
    return f"帮我记一笔：今天给{name}打过电话，对方说下周回复"


def test_yes_approves_through_the_worker(env: dict[str, str], warm: int, data: Path) -> None:
    question = _write_question(data)
    cold = _ask({**env, "ASK_WORKER": "off"}, "--yes", question=question)
    hot = _ask(env, "--yes", question=question, probe=True)
    assert hot.returncode == cold.returncode == 0, hot.stderr
    assert not loaded(hot) & set(HEAVY)
    assert audit_rows(data, 2)[0] == audit_rows(data, 2)[1]


@pytest.mark.parametrize("answer", ["n", "y"])
def test_the_prompt_of_a_pending_write_is_asked_by_the_client(
    env: dict[str, str], warm: int, data: Path, answer: str
) -> None:
    question = _write_question(data)
    runs = [
        subprocess.run([sys.executable, "-c", LAUNCH, "ask", "--as", "rep01", "--today", TODAY, question], env=e,
                       cwd=data.parent, input=f"{answer}\n", capture_output=True, text=True, timeout=240)
        for e in ({**env, "ASK_WORKER": "off"}, env)
    ]  # fmt: skip
    cold, hot = runs
    assert hot.returncode == cold.returncode == 0, hot.stderr
    assert "[y/N]" in cold.stdout
    if answer == "n":
        assert hot.stdout == cold.stdout
    else:
        assert hot.stdout.split("[y/N]")[0] == cold.stdout.split("[y/N]")[0]
    assert audit_rows(data, 2)[0] == audit_rows(data, 2)[1]
    assert alive(warm)  # the worker answered (it would have been replaced otherwise)

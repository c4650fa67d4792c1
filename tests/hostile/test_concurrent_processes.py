"""Two processes writing in one conversation at once: every reply cites its own row, none is lost or doubled."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from sqlalchemy import Engine, select

from assistant.config import get_settings
from assistant.crm.models import Activity
from assistant.db import session_scope
from tests.tools.conftest import customer_of

ROOT = Path(__file__).parents[2]


def test_two_processes_in_one_conversation(demo: Engine) -> None:
    name = customer_of(demo, "rep01").display_name
    with session_scope(demo) as session:
        before = set(session.scalars(select(Activity.id)))
    s = get_settings()
    env = {
        **os.environ,
        "DATABASE_URL": s.database_url,
        "DATA_DIR": str(s.data_dir),
        "LLM_PROVIDER": "offline",
    }
    workers = [
        subprocess.Popen(
            [sys.executable, "-m", "tests.hostile.concurrent_worker", tag, "2", name],
            cwd=ROOT,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for tag in ("p1", "p2")
    ]
    outputs = [w.communicate(timeout=120) for w in workers]
    assert all(w.returncode == 0 for w in workers), [err[-2000:] for _, err in outputs]
    replies = [json.loads(line) for out, _ in outputs for line in out.splitlines() if line.strip()]
    with session_scope(demo) as session:
        rows = {a.id: a.content for a in session.scalars(select(Activity)) if a.id not in before}
    assert len(replies) == 4 and len(rows) == 4  # every turn succeeded, one row each
    for r in replies:
        assert rows[r["activity_id"]] == r["content"]  # the reply cites the row it wrote
        assert f"[{r['activity_id']}]" in r["answer"]

"""The audit writer: actors, masked secrets, cut text, no crash and no file without a database."""

from __future__ import annotations

import getpass
from pathlib import Path

from sqlalchemy import Engine, select

from assistant.audit import MAX_TEXT, claimed_actor, shell_actor, user_actor, write_audit
from assistant.crm.models import AuditLog, User
from assistant.db import session_scope


def test_rows_mask_secrets_cut_text_and_name_the_actor(engine: Engine) -> None:
    with session_scope(engine) as s:
        user = User(login="rep01", display_name="张伟", role="rep")
        s.add(user)
        s.flush()
        actor = user_actor(user)
    write_audit(actor, "demo", {"api_key": "sk-real", "note": "长" * 2000, "empty": None}, outcome="ok")
    write_audit(claimed_actor("  Mallory  "), "ask", {}, outcome="denied", detail="no active user")
    write_audit(shell_actor(), "import", {"path": Path("/tmp/x.csv")}, outcome="error")
    with session_scope(engine) as s:
        rows = list(s.scalars(select(AuditLog).order_by(AuditLog.id)))
        first, claimed, shell = ((r.login, r.role, r.user_id, r.outcome, r.arguments) for r in rows)
    assert first[:4] == ("rep01", "rep", actor.user_id, "ok")
    assert first[4]["api_key"] == "***" and "empty" not in first[4]
    assert len(first[4]["note"]) < MAX_TEXT + 20 and first[4]["note"].endswith("(2000 chars)")
    assert claimed[:4] == ("Mallory", None, None, "denied")
    assert shell[:4] == (getpass.getuser(), "shell", None, "error") and shell[4] == {"path": "/tmp/x.csv"}


def test_no_database_no_row_no_file(tmp_path: Path) -> None:
    write_audit(shell_actor(), "lexicon.import", {}, outcome="ok")
    assert not (tmp_path / "data" / "crm.db").exists()

"""Admin edits of the library: add or replace one script file and index it at once.

Only users with the ``admin`` role may edit. The new text is validated before anything is
written; the file is replaced atomically and restored if indexing fails, and every edit
is recorded in the audit log.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import Literal

from sqlalchemy.orm import Session

from assistant.audit import audit_row, user_actor
from assistant.crm.models import User
from knowledge.ingest import library_dir
from knowledge.script import Script, ScriptError, load_library, parse_script
from knowledge.store import ScriptStore, open_store


def _write_atomic(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-", suffix=".md")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def save_script(
    session: Session,
    *,
    actor_id: int,
    text: str,
    mode: Literal["add", "edit"],
    directory: Path | None = None,
    store: ScriptStore | None = None,
) -> Script:
    """Add a new script or replace an existing one (by its front-matter ``id``), then index it.

    Args:
        session: A CRM session (to check the actor and write the audit log).
        actor_id: The user making the change; must be an active admin.
        text: The whole script file (front matter and body).
        mode: ``"add"`` requires a new id; ``"edit"`` requires an existing one.
        directory: The library folder; default the configured one.
        store: The script store; default the configured one.

    Raises:
        PermissionError: The actor is not an active admin.
        ScriptError: The text is invalid, or the id exists (add) / does not exist (edit).
    """
    actor = session.get(User, actor_id)
    if actor is None or actor.role != "admin" or not actor.active:
        raise PermissionError("only an active admin may add or edit scripts")
    directory = directory or library_dir()
    script = parse_script(text, source="<new script>")
    existing = {s.id: s for s in load_library(directory)} if directory.is_dir() else {}
    if mode == "add" and script.id in existing:
        raise ScriptError(
            f"a script with id {script.id!r} already exists ({existing[script.id].source}); use edit"
        )
    if mode == "edit" and script.id not in existing:
        raise ScriptError(f"no script with id {script.id!r} in {directory}; use add")
    path = (
        Path(existing[script.id].source)
        if mode == "edit"
        else directory / script.scenario / f"{script.id}.md"
    )
    if mode == "add" and path.exists():
        raise ScriptError(f"{path} already exists")
    previous = path.read_text(encoding="utf-8") if path.exists() else None
    saved = parse_script(script.to_markdown(), source=str(path))
    _write_atomic(path, saved.to_markdown())
    try:
        (store or open_store()).upsert([saved])
    except BaseException:
        if previous is None:
            path.unlink(missing_ok=True)
        else:
            _write_atomic(path, previous)
        raise
    session.add(
        audit_row(
            user_actor(actor),
            f"kb.{mode}",
            {"script_id": saved.id, "path": str(path)},
            outcome="ok",
            record_ids=[saved.id],
        )
    )
    session.flush()
    return saved

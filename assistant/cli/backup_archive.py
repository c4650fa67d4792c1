"""Back up and restore the embedded (SQLite) installation as one ``tar.gz`` with a manifest.

What goes in: the CRM database and the agent's conversation checkpoints, each copied with
SQLite's online backup API (a consistent snapshot while the server keeps writing); the
embedded Chroma store (its SQLite file through the same API, the rest copied); and every other
item of ``DATA_DIR`` (the compliance lexicon, uploaded media). Left out: what is derived and
rebuilt on use (``models/``, ``cache/``) and the queue file (accepted messages live in the
database and are re-queued by the periodic recovery). ``manifest.json`` lists every file with
its size and sha256, the schema revision and the migration head of the program that wrote it.

Restore never leaves a half-restored state: it unpacks into a sibling of ``DATA_DIR``, checks
the manifest, every checksum, each database's integrity and its schema revision, and only then
swaps the directories (the previous data is kept beside it).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import shutil
import sqlite3
import tarfile
import tempfile
import uuid
from dataclasses import dataclass
from pathlib import Path

FORMAT = "crm-assistant-backup"
VERSION = 1
DERIVED = {"models", "cache"}  # rebuilt from the pinned packages / recomputed on use
SKIPPED_FILES = {"queue.db", "queue.db-wal", "queue.db-shm"}


class BackupError(RuntimeError):
    """A backup or restore cannot be done; the message says why in plain words (zh — en)."""


@dataclass(frozen=True)
class Layout:
    """Where the installation keeps what is backed up."""

    data_dir: Path
    database: Path  # the SQLite file of DATABASE_URL
    chroma_embedded: bool  # False: CHROMA_HOST names a server, whose volume is backed up on its own


def sha256_file(path: Path) -> str:
    """Return the hex sha256 of a file."""
    h = hashlib.sha256()
    with path.open("rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def sqlite_copy(source: Path, target: Path) -> None:
    """Copy an SQLite database consistently with the online backup API (writers may keep writing)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True, timeout=30)
    dst = sqlite3.connect(target)
    try:
        src.backup(dst, pages=1024, sleep=0.01)
        dst.execute("PRAGMA journal_mode=DELETE")  # one self-contained file, no -wal beside it
    finally:
        dst.close()
        src.close()


def schema_revision(database: Path) -> str | None:
    """Return the Alembic revision recorded in an SQLite database (None: no schema)."""
    conn = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
    try:
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.DatabaseError:
        return None
    finally:
        conn.close()
    return str(row[0]) if row else None


def _is_sqlite(path: Path) -> bool:
    with path.open("rb") as f:
        return f.read(16) == b"SQLite format 3\x00"


def _stage(layout: Layout, stage: Path) -> list[str]:
    """Copy everything to back up into ``stage``; returns notes for the operator."""
    notes: list[str] = []
    if not layout.database.is_file():
        raise BackupError(f"没有数据库文件 — no database at {layout.database} (run `crm-assistant init`)")
    sqlite_copy(layout.database, stage / "database" / "crm.db")
    data = stage / "data"
    data.mkdir()
    if not layout.data_dir.is_dir():
        return notes
    skip = {layout.database.resolve(), *(layout.database.resolve().with_name(layout.database.name + s)
                                         for s in ("-wal", "-shm", "-journal"))}
    for item in sorted(layout.data_dir.rglob("*")):
        rel = item.relative_to(layout.data_dir)
        if rel.parts[0] in DERIVED or item.resolve() in skip or item.name in SKIPPED_FILES:
            continue
        if rel.parts[0] == "chroma" and not layout.chroma_embedded:
            continue
        if item.is_symlink() or not item.is_file() or item.name.endswith(("-wal", "-shm", "-journal", ".lock")):
            continue
        target = data / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        if _is_sqlite(item):
            sqlite_copy(item, target)
        else:
            shutil.copy2(item, target)
    if not layout.chroma_embedded:
        notes.append("Chroma 服务器未包含 — the Chroma server is not included: back up its volume, "
                     "or rebuild it with `crm-assistant kb ingest`")
    return notes


def create_backup(layout: Layout, archive: Path, *, head: str | None) -> dict[str, object]:
    """Write a backup of ``layout`` to ``archive`` (tar.gz); returns its manifest."""
    archive = archive.resolve()
    if archive.is_dir():
        raise BackupError(f"目标是文件夹 — {archive} is a folder: name the archive file to write (crm.tar.gz)")
    archive.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix=".backup-", dir=archive.parent) as tmp:
        stage = Path(tmp) / "stage"
        stage.mkdir()
        notes = _stage(layout, stage)
        files = {
            str(p.relative_to(stage)): {"size": p.stat().st_size, "sha256": sha256_file(p)}
            for p in sorted(stage.rglob("*")) if p.is_file()
        }
        manifest: dict[str, object] = {
            "format": FORMAT,
            "version": VERSION,
            "created_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
            "schema_revision": schema_revision(stage / "database" / "crm.db"),
            "migration_head": head,
            "chroma": "embedded" if layout.chroma_embedded else "server (not included)",
            "files": files,
            "notes": notes,
        }
        (stage / "manifest.json").write_text(json.dumps(manifest, ensure_ascii=False, indent=2), "utf-8")
        partial = archive.with_name(archive.name + f".{uuid.uuid4().hex[:8]}.partial")
        with tarfile.open(partial, "w:gz") as tar:
            tar.add(stage / "manifest.json", arcname="manifest.json")
            for name in files:
                tar.add(stage / name, arcname=name)
        os.replace(partial, archive)  # a crash mid-write never leaves a truncated FILE
    return manifest

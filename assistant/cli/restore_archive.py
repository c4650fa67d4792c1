"""Restore a backup written by :mod:`assistant.cli.backup_archive`, all or nothing.

The archive is unpacked next to ``DATA_DIR`` (same file system, so the final step is a rename),
then checked: the manifest's format, every file against its size and sha256 (no file missing, none
extra), the database's integrity and its schema revision (one this program's migrations know).
Only then is the new directory swapped in, by renames only (undone if one fails); the previous
one is kept as ``<DATA_DIR>.before-restore-<time>`` (a database kept outside ``DATA_DIR`` as
``<database>.before-restore-<time>``). Any failure leaves the installation as it was.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import sqlite3
import tarfile
import uuid
import zlib
from collections.abc import Callable
from pathlib import Path

from assistant.cli.backup_archive import (
    DERIVED,
    FORMAT,
    VERSION,
    BackupError,
    Layout,
    schema_revision,
    sha256_file,
)


def _unpack(archive: Path, into: Path) -> dict[str, object]:
    if not archive.is_file():
        raise BackupError(f"找不到备份文件 — no such file: {archive}")
    try:
        with tarfile.open(archive, "r:gz") as tar:
            tar.extractall(into, filter="data")  # refuses absolute paths, "..", links out of the tree
    except (tarfile.TarError, EOFError, zlib.error, OSError) as exc:
        raise BackupError(f"备份文件已损坏或不是备份 — {archive.name} is not a readable backup archive "
                          f"({type(exc).__name__}: {exc})") from None
    try:
        manifest = json.loads((into / "manifest.json").read_text("utf-8"))
    except (OSError, ValueError):
        raise BackupError(f"备份缺少清单 — {archive.name} has no readable manifest.json; "
                          "it was not written by `crm-assistant backup`") from None
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise BackupError(f"不是销售助手的备份 — {archive.name} is not a crm-assistant backup")
    if manifest.get("version") != VERSION:
        raise BackupError(f"备份格式版本不符 — backup format {manifest.get('version')}, this program reads {VERSION}")
    return manifest


def _verify(manifest: dict[str, object], root: Path) -> None:
    files = manifest.get("files")
    if not isinstance(files, dict) or "database/crm.db" not in files:
        raise BackupError("备份清单不完整 — the manifest lists no database")
    present = {str(p.relative_to(root)) for p in root.rglob("*") if p.is_file()} - {"manifest.json"}
    missing, extra = set(files) - present, present - set(files)
    if missing or extra:
        which = ", ".join(sorted(missing | extra)[:5])
        raise BackupError(f"备份内容与清单不符 — the archive does not match its manifest ({which})")
    for name, meta in files.items():
        path = root / name
        if path.stat().st_size != meta.get("size") or sha256_file(path) != meta.get("sha256"):
            raise BackupError(f"备份校验失败 — {name} does not match its checksum: the archive is corrupt")


def _check_database(db: Path, manifest: dict[str, object], is_known: Callable[[str], bool]) -> None:
    conn = sqlite3.connect(db)
    try:
        ok = conn.execute("PRAGMA integrity_check").fetchone()
    except sqlite3.DatabaseError as exc:
        raise BackupError(f"备份中的数据库已损坏 — the database in the backup is damaged ({exc})") from None
    finally:
        conn.close()
    if not ok or ok[0] != "ok":
        raise BackupError("备份中的数据库已损坏 — the database in the backup fails its integrity check")
    revision = schema_revision(db)
    if revision != manifest.get("schema_revision"):
        raise BackupError("备份清单与数据库不符 — the schema revision in the manifest and in the database differ")
    if revision is not None and not is_known(revision):
        raise BackupError(f"备份来自更新的版本 — the backup's schema revision {revision} is unknown to this "
                          "program (written by a newer version); upgrade the program first")


class _Swap:
    """Renames done so far, undone in reverse order if a later step fails (all or nothing)."""

    def __init__(self) -> None:
        self.done: list[tuple[Path, Path]] = []

    def move(self, src: Path, dst: Path) -> None:
        """Rename ``src`` to ``dst`` (same file system: atomic) and remember how to undo it."""
        if dst.exists():
            raise BackupError(f"恢复目标已存在 — {dst} already exists; nothing was changed")
        os.rename(src, dst)
        self.done.append((src, dst))

    def undo(self) -> None:
        """Put everything back where it was, newest rename first.

        Raises:
            BackupError: a rename could not be undone; the message says where each piece is.
        """
        stuck: list[str] = []
        for src, dst in reversed(self.done):
            try:
                os.rename(dst, src)
            except OSError as exc:
                stuck.append(f"{src} is at {dst} ({exc})")
        self.done.clear()
        if stuck:
            raise BackupError(
                "恢复失败且无法完全回滚 — the restore failed and could not be fully undone; "
                "move these back by hand: " + "; ".join(stuck)
            )


def _sidecars(database: Path) -> list[Path]:
    """Return the database file and those of its SQLite -wal/-shm companions that exist."""
    return [p for p in (database.with_name(database.name + s) for s in ("", "-wal", "-shm")) if p.exists()]


def restore_backup(
    layout: Layout, archive: Path, *, is_known: Callable[[str], bool], head: str | None
) -> dict[str, object]:
    """Replace the installation of ``layout`` with the backup in ``archive``.

    Everything new is first staged on the file system it goes to (the data folder next to
    ``DATA_DIR``, a database kept outside it next to that database); then the swap is only
    renames: the derived folders (``cache``, ``models``, a server's ``chroma``) move into the new
    data folder, the old folder and database step aside, the new ones step in. If any rename
    fails, the ones done are undone and the installation is as it was.

    Returns:
        ``{"schema_revision", "files", "previous", "previous_database", "needs_upgrade"}``;
        ``previous`` is where the replaced data was kept, ``previous_database`` where a database
        kept outside ``DATA_DIR`` was (None when it lives inside).

    Raises:
        BackupError: the archive is unreadable, not a backup, corrupt or from a newer schema, or
            a step of the swap failed (after putting the original back).
    """
    data_dir = layout.data_dir.resolve()
    database = layout.database.resolve()
    data_dir.parent.mkdir(parents=True, exist_ok=True)
    staging = data_dir.parent / f".restore-{uuid.uuid4().hex[:10]}"
    staging.mkdir()
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
    previous = data_dir.with_name(f"{data_dir.name}.before-restore-{stamp}")
    inside = database.is_relative_to(data_dir)
    new_db = database.with_name(f".{database.name}.restore-{uuid.uuid4().hex[:10]}")
    old_db = database.with_name(f"{database.name}.before-restore-{stamp}")
    swap = _Swap()
    try:
        manifest = _unpack(archive.resolve(), staging)
        _verify(manifest, staging)
        _check_database(staging / "database" / "crm.db", manifest, is_known)
        new_data = staging / "data"
        new_data.mkdir(exist_ok=True)
        if inside:
            target = new_data / database.relative_to(data_dir)
            target.parent.mkdir(parents=True, exist_ok=True)
            os.replace(staging / "database" / "crm.db", target)
        else:  # staged beside the database: putting it in place is then a rename
            try:
                database.parent.mkdir(parents=True, exist_ok=True)
                shutil.copy2(staging / "database" / "crm.db", new_db)
            except OSError as exc:
                raise BackupError(f"无法写入数据库目录，未做任何改动 — could not stage the database next to "
                                  f"{database} ({exc}); nothing was changed") from None
        try:
            if data_dir.exists():
                carried = DERIVED | ({"chroma"} if manifest.get("chroma") != "embedded" else set())
                for name in sorted(carried):
                    if (data_dir / name).exists() and not (new_data / name).exists():
                        swap.move(data_dir / name, new_data / name)
                swap.move(data_dir, previous)
            swap.move(new_data, data_dir)
            if not inside:
                for old in _sidecars(database):
                    swap.move(old, old_db.with_name(old_db.name + old.name.removeprefix(database.name)))
                swap.move(new_db, database)
        except (OSError, BackupError) as exc:
            swap.undo()
            raise BackupError(
                f"恢复失败，原数据未改动 — the restore failed and the original data was put back "
                f"({type(exc).__name__}: {exc})"
            ) from None
    finally:
        shutil.rmtree(staging, ignore_errors=True)
        new_db.unlink(missing_ok=True)
    revision = manifest.get("schema_revision")
    files = manifest.get("files")
    return {
        "schema_revision": revision,
        "files": len(files) if isinstance(files, dict) else 0,
        "previous": str(previous) if previous.exists() else None,
        "previous_database": None if inside or not old_db.exists() else str(old_db),
        "needs_upgrade": revision is not None and revision != head,
    }

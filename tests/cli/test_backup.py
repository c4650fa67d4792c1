"""``backup`` / ``restore`` on the SQLite default, and pg_dump/pg_restore on PostgreSQL."""

from __future__ import annotations

import io
import json
import os
import shutil
import sqlite3
import subprocess
import tarfile
import threading
from pathlib import Path

import pytest
from sqlalchemy import Engine, func, select, text
from typer.testing import CliRunner

from assistant.cli import app
from assistant.cli.backup_archive import sha256_file
from assistant.config import get_settings, override_settings
from assistant.crm.demo import generate_demo
from assistant.crm.models import Customer
from assistant.db import session_scope
from tests.conftest import throwaway_pg

runner = CliRunner()


# The SQLite backup (the online backup API); PostgreSQL is pg_dump/pg_restore (the last two tests).
SQLITE_ONLY = pytest.mark.parametrize("db_backend", ["sqlite"], indirect=True)


def _customers(engine: Engine) -> int:
    engine.dispose()  # the file may have been replaced under the pool
    with session_scope(engine) as s:
        return s.scalar(select(func.count()).select_from(Customer)) or 0


def _content(path: Path) -> bytes:
    if path.suffix in {".db", ".sqlite"}:  # pages move when the WAL is checkpointed: compare the rows
        with sqlite3.connect(path) as conn:
            rows = [ln for ln in conn.iterdump() if not ln.startswith('INSERT INTO "audit_log"')]
            return "\n".join(rows).encode()  # the refused restore's own audit row is expected
    return path.read_bytes()


def _listing(folder: Path) -> dict[str, bytes]:
    """Every file's content (SQLite's -wal/-shm come and go with connections)."""
    return {str(p.relative_to(folder)): _content(p) for p in sorted(folder.rglob("*"))
            if p.is_file() and not p.name.endswith(("-wal", "-shm", ".lock"))}


def _run(*args: str) -> tuple[int, str]:
    result = runner.invoke(app, list(args))
    return result.exit_code, result.output


@pytest.fixture
def installation(engine: Engine) -> Engine:
    """A small company, an extra lexicon file, a checkpoints file and derived model files in DATA_DIR."""
    generate_demo(engine, customers=12)
    data = get_settings().data_dir
    (data / "compliance" / "lexicon").mkdir(parents=True)
    (data / "compliance" / "lexicon" / "local.yaml").write_text("terms: [保本]\n", "utf-8")
    with sqlite3.connect(data / "checkpoints.sqlite") as conn:
        conn.execute("CREATE TABLE checkpoints (thread TEXT, n INT)")
        conn.execute("INSERT INTO checkpoints VALUES ('wecom:rep01', 1)")
    (data / "models" / "whisper-base").mkdir(parents=True)
    (data / "models" / "whisper-base" / "model.bin").write_bytes(b"derived")
    return engine


def _repack(archive: Path, out: Path, change: dict[str, bytes], *, fix_manifest: bool) -> None:
    """Rewrite ``archive`` with some members replaced (and the manifest's checksums updated or not)."""
    members: dict[str, bytes] = {}
    with tarfile.open(archive, "r:gz") as tar:
        for m in tar.getmembers():
            f = tar.extractfile(m)
            if f is not None:
                members[m.name] = f.read()
    members.update(change)
    if fix_manifest:
        manifest = json.loads(members["manifest.json"])
        for name, body in change.items():
            if name != "manifest.json":
                tmp = out.with_suffix(".member")
                tmp.write_bytes(body)
                manifest["files"][name] = {"size": len(body), "sha256": sha256_file(tmp)}
        members["manifest.json"] = json.dumps(manifest).encode()
    with tarfile.open(out, "w:gz") as tar:
        for name, body in members.items():
            info = tarfile.TarInfo(name)
            info.size = len(body)
            tar.addfile(info, io.BytesIO(body))


@SQLITE_ONLY
def test_backup_then_restore_brings_everything_back(installation: Engine, tmp_path: Path) -> None:
    data = get_settings().data_dir
    archive = tmp_path / "backups" / "crm.tar.gz"
    code, out = _run("backup", str(archive))
    assert code == 0 and "backup written" in out, out
    with tarfile.open(archive) as tar:
        names = set(tar.getnames())
        member = tar.extractfile("manifest.json")
        assert member is not None
        manifest = json.loads(member.read())
    assert {"database/crm.db", "data/checkpoints.sqlite", "data/compliance/lexicon/local.yaml"} <= names
    assert not any(n.startswith("data/models") for n in names)  # derived: rebuilt from the packages
    assert manifest["schema_revision"] == manifest["migration_head"] and manifest["chroma"] == "embedded"

    with session_scope(installation) as s:  # damage after the backup
        s.execute(text("DELETE FROM customers WHERE id > 3"))
    (data / "compliance" / "lexicon" / "local.yaml").write_text("terms: [changed]\n", "utf-8")
    assert _customers(installation) == 3

    code, out = _run("restore", "--yes", str(archive))
    assert code == 0 and "restored" in out, out
    assert _customers(installation) == 12
    assert (data / "compliance" / "lexicon" / "local.yaml").read_text("utf-8") == "terms: [保本]\n"
    with sqlite3.connect(data / "checkpoints.sqlite") as conn:
        assert conn.execute("SELECT thread FROM checkpoints").fetchall() == [("wecom:rep01",)]
    assert (data / "models" / "whisper-base" / "model.bin").read_bytes() == b"derived"  # kept, not re-made
    (previous,) = data.parent.glob("data.before-restore-*")
    assert (previous / "compliance" / "lexicon" / "local.yaml").read_text("utf-8") == "terms: [changed]\n"
    assert not list(data.parent.glob(".restore-*"))


@SQLITE_ONLY
def test_a_backup_taken_while_a_writer_commits_is_consistent(engine: Engine, tmp_path: Path) -> None:
    db = Path(get_settings().data_dir) / "crm.db"
    with sqlite3.connect(db) as conn:
        conn.execute("CREATE TABLE bulk (id INTEGER PRIMARY KEY, batch INT NOT NULL)")
    stop = threading.Event()
    committed: list[int] = []

    def write() -> None:
        conn = sqlite3.connect(db, timeout=30)
        batch = 0
        while not stop.is_set():
            with conn:  # ten rows per transaction: a consistent copy holds whole batches only
                conn.executemany("INSERT INTO bulk (batch) VALUES (?)", [(batch,)] * 10)
            committed.append(batch)
            batch += 1
        conn.close()

    writer = threading.Thread(target=write)
    writer.start()
    try:
        while len(committed) < 20:
            stop.wait(0.01)
        code, out = _run("backup", str(tmp_path / "live.tar.gz"))
    finally:
        stop.set()
        writer.join()
    assert code == 0, out
    with tarfile.open(tmp_path / "live.tar.gz") as tar:
        tar.extract("database/crm.db", tmp_path / "x", filter="data")
    with sqlite3.connect(tmp_path / "x" / "database" / "crm.db") as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        rows, batches = conn.execute("SELECT count(*), count(DISTINCT batch) FROM bulk").fetchone()
    assert rows == batches * 10 and 20 <= batches <= len(committed)


@SQLITE_ONLY
def test_restore_refuses_a_corrupt_archive_and_leaves_the_data_alone(installation: Engine, tmp_path: Path) -> None:
    good = tmp_path / "good.tar.gz"
    assert _run("backup", str(good))[0] == 0
    bad = tmp_path / "bad.tar.gz"
    _repack(good, bad, {"data/compliance/lexicon/local.yaml": b"terms: [tampered]\n"}, fix_manifest=False)
    before = _listing(get_settings().data_dir)
    code, out = _run("restore", "--yes", str(bad))
    assert code == 1 and "does not match its checksum" in out
    assert _listing(get_settings().data_dir) == before
    with session_scope(installation) as s:
        assert s.scalar(text("SELECT outcome FROM audit_log WHERE action = 'restore'")) == "error"
    assert not list(get_settings().data_dir.parent.glob(".restore-*"))
    assert not list(get_settings().data_dir.parent.glob("data.before-restore-*"))
    assert _customers(installation) == 12


@pytest.mark.parametrize(
    ("content", "message"),
    [(b"not a tarball", "not a readable backup archive"), (None, "no readable manifest")],
)
@SQLITE_ONLY
def test_restore_refuses_what_is_not_a_backup(engine: Engine, tmp_path: Path, content: bytes | None,
                                              message: str) -> None:
    path = tmp_path / "x.tar.gz"
    if content is None:
        with tarfile.open(path, "w:gz") as tar:
            info = tarfile.TarInfo("hello.txt")
            info.size = 2
            tar.addfile(info, io.BytesIO(b"hi"))
    else:
        path.write_bytes(content)
    code, out = _run("restore", "--yes", str(path))
    assert code == 1 and message in out


@SQLITE_ONLY
def test_restore_refuses_a_backup_from_a_newer_schema(installation: Engine, tmp_path: Path) -> None:
    good = tmp_path / "good.tar.gz"
    assert _run("backup", str(good))[0] == 0
    with tarfile.open(good) as tar:
        tar.extract("database/crm.db", tmp_path / "x", filter="data")
    db = tmp_path / "x" / "database" / "crm.db"
    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '0099_future'")
    newer = tmp_path / "newer.tar.gz"
    _repack(good, tmp_path / "step.tar.gz", {"database/crm.db": db.read_bytes()}, fix_manifest=True)
    with tarfile.open(tmp_path / "step.tar.gz") as tar:
        member = tar.extractfile("manifest.json")
        assert member is not None
        manifest = json.loads(member.read())
    manifest["schema_revision"] = "0099_future"
    _repack(tmp_path / "step.tar.gz", newer, {"manifest.json": json.dumps(manifest).encode()}, fix_manifest=False)
    code, out = _run("restore", "--yes", str(newer))
    assert code == 1 and "written by a newer version" in out
    assert _customers(installation) == 12


def test_backup_on_postgresql_points_to_pg_dump(tmp_path: Path) -> None:
    with override_settings(database_url="postgresql://crm@127.0.0.1:5432/crm"):
        code, out = _run("backup", str(tmp_path / "x.tar.gz"))
    assert code == 1 and "pg_dump" in out and not (tmp_path / "x.tar.gz").exists()


def test_pg_dump_and_pg_restore_round_trip() -> None:
    if not os.environ.get("TEST_DATABASE_URL"):
        pytest.skip("TEST_DATABASE_URL is not set")
    assert shutil.which("pg_dump") and shutil.which("pg_restore"), "install the PostgreSQL client (pg_dump)"
    with throwaway_pg("bk") as source, throwaway_pg("rs") as target:
        generate_demo(source, customers=8)
        src_url = source.url.set(drivername="postgresql").render_as_string(hide_password=False)
        dst_url = target.url.set(drivername="postgresql").render_as_string(hide_password=False)
        dump = subprocess.run(["pg_dump", "--format=custom", "--no-owner", src_url],
                              check=True, capture_output=True, timeout=120).stdout
        target.dispose()
        subprocess.run(["pg_restore", "--clean", "--if-exists", "--no-owner", "--exit-on-error", "-d", dst_url],
                       input=dump, check=True, capture_output=True, timeout=120)
        with session_scope(target) as s:
            assert s.scalar(select(func.count()).select_from(Customer)) == 8
            assert s.scalar(text("SELECT version_num FROM alembic_version")) is not None

"""``restore``'s swap is all or nothing: renames only, undone when one fails; derived folders move."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest

from assistant.cli.backup_archive import BackupError, Layout, create_backup
from assistant.cli.restore_archive import restore_backup


def _db(path: Path, value: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE t (v TEXT)")
        conn.execute("INSERT INTO t VALUES (?)", (value,))
    conn.close()


def _value(path: Path) -> str:
    conn = sqlite3.connect(path)
    try:
        return str(conn.execute("SELECT v FROM t").fetchone()[0])
    finally:
        conn.close()


def _installation(root: Path, *, outside: bool) -> tuple[Layout, Path]:
    """A data folder (a lexicon file, derived models/ and cache/), its database, and a backup of it."""
    data = root / "data"
    database = root / "db" / "crm.db" if outside else data / "crm.db"
    (data / "compliance").mkdir(parents=True)
    (data / "compliance" / "local.yaml").write_text("backed-up", "utf-8")
    _db(database, "backed-up")
    layout = Layout(data_dir=data, database=database, chroma_embedded=True)
    archive = root / "crm.tar.gz"
    create_backup(layout, archive, head=None)
    (data / "compliance" / "local.yaml").write_text("current", "utf-8")  # changed after the backup
    database.unlink()
    _db(database, "current")
    for derived in ("models", "cache"):
        (data / derived).mkdir()
        (data / derived / "blob.bin").write_bytes(derived.encode())
    return layout, archive


def _restore(layout: Layout, archive: Path) -> dict[str, object]:
    return restore_backup(layout, archive, is_known=lambda _: True, head=None)


def _fail_renames_onto(monkeypatch: pytest.MonkeyPatch, target: Path) -> None:
    """Make the first rename or replace whose destination is ``target`` fail (as a busy mount would)."""
    failed: list[str] = []
    for name in ("rename", "replace"):
        real = getattr(os, name)

        def failing(src: object, dst: object, *, _real=real, **kw: object) -> None:  # type: ignore[no-untyped-def]
            if not failed and Path(str(dst)).resolve() == target.resolve():
                failed.append(str(src))
                raise OSError(16, "Device or resource busy", str(dst))
            _real(src, dst, **kw)

        monkeypatch.setattr(os, name, failing)


def _assert_untouched(layout: Layout, root: Path) -> None:
    data = layout.data_dir
    assert (data / "compliance" / "local.yaml").read_text("utf-8") == "current"
    assert _value(layout.database) == "current"
    assert (data / "models" / "blob.bin").read_bytes() == b"models"
    assert (data / "cache" / "blob.bin").read_bytes() == b"cache"
    leftovers = [p.name for p in root.rglob("*") if "restore" in p.name]
    assert leftovers == [], leftovers


def test_a_failing_move_of_an_outside_database_puts_everything_back(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    layout, archive = _installation(tmp_path, outside=True)
    _fail_renames_onto(monkeypatch, layout.database)
    with pytest.raises(BackupError, match="original data was put back"):
        _restore(layout, archive)
    monkeypatch.undo()
    _assert_untouched(layout, tmp_path)


def test_a_failing_swap_of_the_data_folder_puts_everything_back(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    layout, archive = _installation(tmp_path, outside=False)
    _fail_renames_onto(monkeypatch, layout.data_dir)
    with pytest.raises(BackupError, match="original data was put back"):
        _restore(layout, archive)
    monkeypatch.undo()
    _assert_untouched(layout, tmp_path)


@pytest.mark.parametrize("outside", [False, True])
def test_restore_moves_the_derived_folders_and_keeps_the_previous_data(tmp_path: Path, outside: bool) -> None:
    layout, archive = _installation(tmp_path, outside=outside)
    models_inode = (layout.data_dir / "models" / "blob.bin").stat().st_ino
    result = _restore(layout, archive)
    data = layout.data_dir
    assert (data / "compliance" / "local.yaml").read_text("utf-8") == "backed-up"
    assert _value(layout.database) == "backed-up"
    assert (data / "models" / "blob.bin").stat().st_ino == models_inode
    assert (data / "cache" / "blob.bin").read_bytes() == b"cache"
    previous = Path(str(result["previous"]))
    assert (previous / "compliance" / "local.yaml").read_text("utf-8") == "current"
    assert not (previous / "models").exists() and not (previous / "cache").exists()  # moved, not linked
    kept = Path(str(result["previous_database"])) if outside else previous / "crm.db"
    assert _value(kept) == "current"
    assert not list(tmp_path.glob(".restore-*")) and not list(
        layout.database.parent.glob(".crm.db.restore-*")
    )


def test_an_undo_that_also_fails_says_where_each_piece_is(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    layout, archive = _installation(tmp_path, outside=True)

    def always_busy(src: object, dst: object, **_: object) -> None:
        if Path(str(dst)).resolve() == layout.database.resolve():
            raise OSError(16, "Device or resource busy", str(dst))
        real_rename(src, dst)

    real_rename = os.rename
    monkeypatch.setattr(os, "rename", always_busy)
    with pytest.raises(BackupError, match="move these back by hand") as failure:
        _restore(layout, archive)
    monkeypatch.undo()
    assert f"{layout.database} is at {layout.database}.before-restore-" in str(failure.value)
    assert (layout.data_dir / "compliance" / "local.yaml").read_text(
        "utf-8"
    ) == "current"  # the rest went back


def test_a_database_that_cannot_be_staged_changes_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    layout, archive = _installation(tmp_path, outside=True)

    def disk_full(*_: object, **__: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("assistant.cli.restore_archive.shutil.copy2", disk_full)
    with pytest.raises(BackupError, match="nothing was changed"):
        _restore(layout, archive)
    monkeypatch.undo()
    _assert_untouched(layout, tmp_path)

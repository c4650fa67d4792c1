"""``crm-assistant backup FILE`` and ``crm-assistant restore FILE`` (the embedded SQLite installation).

PostgreSQL installations use ``pg_dump``/``pg_restore`` instead (see the README's "Backup and
restore"); these commands say so rather than copy half of one. Heavy imports stay inside the commands.
"""

from __future__ import annotations

from pathlib import Path

import typer

from assistant.cli import auditing
from assistant.cli.backup_archive import BackupError, Layout  # the standard library only: cheap to import


def _layout() -> Layout:
    from assistant.config import get_settings
    from assistant.db import get_engine

    s = get_settings()
    if not s.is_sqlite:
        raise BackupError("数据库是 PostgreSQL — DATABASE_URL is PostgreSQL: back it up with pg_dump and "
                          "restore with pg_restore (README, \"Backup and restore\")")
    database = get_engine().url.database
    if not database or database == ":memory:":
        raise BackupError("数据库在内存中 — DATABASE_URL is an in-memory database: nothing to back up")
    return Layout(data_dir=Path(s.data_dir), database=Path(database), chroma_embedded=not s.chroma_host)


def _head() -> str | None:
    from alembic.script import ScriptDirectory

    from assistant.migrations import alembic_config

    return ScriptDirectory.from_config(alembic_config("sqlite://")).get_current_head()


def _is_known(revision: str) -> bool:
    from alembic.script import ScriptDirectory
    from alembic.util import CommandError

    from assistant.migrations import alembic_config

    try:
        return ScriptDirectory.from_config(alembic_config("sqlite://")).get_revision(revision) is not None
    except CommandError:
        return False


def _fail(message: str) -> typer.Exit:
    auditing.note("error", message)
    typer.secho(message, fg=typer.colors.RED, err=True)
    return typer.Exit(1)


def register(app: typer.Typer) -> None:
    """Add the ``backup`` and ``restore`` commands."""

    @app.command()
    @auditing.audited("backup")
    def backup(file: Path = typer.Argument(..., help="The archive to write (tar.gz).")) -> None:
        """Back up the database, the script store and DATA_DIR into one archive (safe while serving)."""
        from assistant.cli.backup_archive import create_backup

        try:
            manifest = create_backup(_layout(), file, head=_head())
        except BackupError as exc:
            raise _fail(str(exc)) from None
        files = manifest["files"]
        size = sum(m["size"] for m in files.values()) if isinstance(files, dict) else 0
        typer.echo(f"备份完成 — backup written: {file} ({len(files)} files, {size / 1e6:.1f} MB, "
                   f"schema {manifest['schema_revision']})")
        for note in manifest.get("notes") or []:
            typer.secho(f"注意 — {note}", fg=typer.colors.YELLOW)

    @app.command()
    @auditing.audited("restore")
    def restore(
        file: Path = typer.Argument(..., help="An archive written by `crm-assistant backup`."),
        yes: bool = typer.Option(False, "--yes", "-y", help="Do not ask for confirmation."),
    ) -> None:
        """Replace the data with a backup (stop the server and workers first); all or nothing."""
        from assistant.cli.restore_archive import restore_backup

        try:
            layout = _layout()
            if not yes:
                typer.confirm(f"用备份替换 {layout.data_dir} 中的数据? — replace the data in {layout.data_dir} "
                              f"with {file.name}?", abort=True)
            from assistant.db import get_engine

            get_engine().dispose()  # no pooled connection of ours may point at the replaced file
            result = restore_backup(layout, file, is_known=_is_known, head=_head())
        except BackupError as exc:
            raise _fail(str(exc)) from None
        typer.echo(f"恢复完成 — restored {result['files']} files (schema {result['schema_revision']}); "
                   f"previous data kept in {result['previous']}")
        if result["previous_database"]:
            typer.echo(f"旧数据库 — the previous database was kept as {result['previous_database']}")
        if result["needs_upgrade"]:
            typer.secho("架构较旧 — the backup's schema is older: run `crm-assistant init --no-demo` to upgrade it",
                        fg=typer.colors.YELLOW)

"""Ingest a directory of script files into the store, idempotently.

Every file is validated first; if any is invalid nothing is changed. Then scripts whose
content hash differs from the stored one are (re-)embedded, unchanged ones are skipped,
and scripts no longer in the directory are removed.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from assistant.config import get_settings
from knowledge.script import PACKAGED_SCRIPTS_DIR, load_library
from knowledge.store import ScriptStore

BATCH = 64


@dataclass
class IngestReport:
    """What an ingest run changed."""

    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    unchanged: int = 0

    @property
    def changed(self) -> bool:
        """Whether anything was written."""
        return bool(self.added or self.updated or self.removed)

    def summary(self) -> str:
        """One line for humans."""
        return (
            f"{len(self.added)} added, {len(self.updated)} updated, {len(self.removed)} removed, "
            f"{self.unchanged} unchanged"
        )


def library_dir() -> Path:
    """Return the configured script directory (``SCRIPTS_DIR``), else the packaged ``knowledge/scripts``."""
    return Path(get_settings().scripts_dir or PACKAGED_SCRIPTS_DIR)


def ingest(store: ScriptStore, directory: Path | None = None, *, prune: bool = True) -> IngestReport:
    """Bring the store in line with the script files of ``directory``.

    Args:
        store: The target store.
        directory: The library folder; default :func:`library_dir`.
        prune: Remove stored scripts that are not in the directory (default True).

    Raises:
        ScriptError: Some files are invalid (all are listed); the store is unchanged.
    """
    scripts = load_library(directory or library_dir())
    stored = store.hashes()
    report = IngestReport()
    todo = []
    for script in scripts:
        old = stored.get(script.id)
        if old == script.content_hash:
            report.unchanged += 1
            continue
        (report.updated if old is not None else report.added).append(script.id)
        todo.append(script)
    for i in range(0, len(todo), BATCH):
        store.upsert(todo[i : i + BATCH])
    if prune:
        wanted = {s.id for s in scripts}
        report.removed = sorted(i for i in stored if i not in wanted)
        store.delete(report.removed)
    return report

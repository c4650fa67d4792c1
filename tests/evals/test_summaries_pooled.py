"""Tests for the pooled summaries dev scorer: only sets scored once are ever read."""

from __future__ import annotations

from pathlib import Path

import pytest

from evals import summaries_pooled


def _write(root: Path, name: str, readme: str | None) -> None:
    (root / f"{name}.jsonl").write_text("", encoding="utf-8")
    if readme is not None:
        (root / f"{name}.README.md").write_text(readme, encoding="utf-8")


def test_only_sets_with_a_scored_once_section_are_spent(tmp_path: Path) -> None:
    _write(tmp_path, "summaries_blind", "# one\n\n## Scored once: SPENT\n")
    _write(tmp_path, "summaries_blind10", "# ten\n\n## Scored once on 2026-12-04 — SPENT\n")
    _write(tmp_path, "summaries_blind2", "# two\n\n## Scored once on 2026-12-04 — SPENT\n")
    _write(tmp_path, "summaries_blind11", "# eleven\n**Status: NOT YET SCORED.**\n## Scored: NOT YET\n")
    _write(tmp_path, "summaries_blind12", None)
    assert summaries_pooled.spent_sets(tmp_path) == [
        "summaries_blind",
        "summaries_blind2",
        "summaries_blind10",
    ]


def test_the_repository_sets_read_are_all_scored() -> None:
    names = summaries_pooled.spent_sets()
    assert "summaries_blind14" in names
    for name in names:
        text = (summaries_pooled.DATASETS / f"{name}.README.md").read_text(encoding="utf-8")
        assert "## Scored once" in text


def test_naming_an_unscored_set_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _write(tmp_path, "summaries_blind99", "# new\n**Status: NOT YET SCORED.**\n")
    monkeypatch.setattr(summaries_pooled, "DATASETS", tmp_path)
    with pytest.raises(SystemExit) as exc:
        summaries_pooled.main(["--sets", "summaries_blind99"])
    assert exc.value.code == 2

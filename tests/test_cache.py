"""Derived data under DATA_DIR/cache: built once, read back, rebuilt when an input changes."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.cache import cache_dir, cached_text
from assistant.compliance import normalize
from assistant.yaml_loader import safe_load


def test_cached_text_builds_once_and_rebuilds_when_an_input_changes(tmp_path: Path) -> None:
    source = tmp_path / "source.py"
    source.write_text("v1", encoding="utf-8")
    built: list[str] = []

    def build() -> str:
        built.append("x")
        return "表\x00\n" * 3

    assert cached_text("probe", [source, "a"], build) == "表\x00\n" * 3
    assert cached_text("probe", [source, "a"], build) == "表\x00\n" * 3
    assert len(built) == 1 and len(list(cache_dir().glob("probe-*.txt"))) == 1
    source.write_text("v2", encoding="utf-8")
    cached_text("probe", [source, "a"], build)
    cached_text("probe", [source, "b"], build)
    assert len(built) == 3


def test_an_unwritable_cache_only_means_building(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("", encoding="utf-8")
    monkeypatch.setattr("assistant.cache.cache_dir", lambda: blocker / "cache")  # a file where a folder goes
    assert cached_text("probe", ["a"], lambda: "ok") == "ok"


def test_compliance_tables_read_back_equal_a_fresh_build() -> None:
    normalize.match_table.cache_clear()
    first = normalize.match_table()
    assert list(cache_dir().glob("compliance-match_table-*.txt"))
    normalize.match_table.cache_clear()
    assert normalize.match_table() == first == normalize._build_table(normalize._match_one, normalize.IGNORED)


def test_yaml_loader_parses_like_safe_load() -> None:
    import yaml

    text = "a: [1, 2.5, 是]\nb: {c: null, d: true}\nwhen: 2026-11-30\n"
    assert safe_load(text) == yaml.safe_load(text)
    with pytest.raises(yaml.YAMLError):
        safe_load("a: [1, 2")
    with pytest.raises(yaml.YAMLError):
        safe_load("!!python/object:os.system {}")

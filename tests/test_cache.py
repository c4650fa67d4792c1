"""Derived data under DATA_DIR/cache: built once, read back, rebuilt when an input changes."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import IO

import numpy as np
import pytest

from assistant.cache import cache_dir, cached_text, load_arrays, save_arrays, write_atomic
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


def test_write_atomic_leaves_the_old_file_and_no_staging_file_when_a_write_fails(tmp_path: Path) -> None:
    target = tmp_path / "cache" / "thing.bin"
    assert write_atomic(target, lambda f: f.write(b"old"))

    def half(f: IO[bytes]) -> None:
        f.write(b"ne")
        raise OSError(28, "No space left on device")

    assert not write_atomic(target, half)
    assert target.read_bytes() == b"old"
    assert [p.name for p in target.parent.iterdir()] == ["thing.bin"]


def test_a_truncated_array_file_is_a_miss_and_is_removed(tmp_path: Path) -> None:
    path = tmp_path / "arrays.npz"
    assert save_arrays(path, {"a": np.arange(1000, dtype=np.float32), "b": np.array(["x", "y"])})
    back = load_arrays(path, ["a", "b"])
    assert back is not None and back["a"].sum() == 499500 and back["b"].tolist() == ["x", "y"]
    assert load_arrays(path, ["missing"]) is None and not path.exists()  # a file without the key is stale
    save_arrays(path, {"a": np.arange(1000, dtype=np.float32)})
    path.write_bytes(path.read_bytes()[:1500])  # what a crash mid-write used to leave
    assert load_arrays(path, ["a"]) is None and not path.exists()
    assert load_arrays(path, ["a"]) is None  # a plain miss


def test_concurrent_writers_never_expose_a_partial_file(tmp_path: Path) -> None:
    path = tmp_path / "shared.npz"
    big = {"v": np.ones((200, 256), dtype=np.float32)}
    seen: list[bool] = []

    def writer() -> None:
        for _ in range(20):
            save_arrays(path, big)

    def reader() -> None:
        for _ in range(200):
            got = load_arrays(path, ["v"]) if path.exists() else big
            seen.append(got is not None and got["v"].shape == (200, 256))

    threads = [threading.Thread(target=writer) for _ in range(2)] + [threading.Thread(target=reader)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert seen and all(seen)
    assert [p.name for p in tmp_path.iterdir()] == ["shared.npz"]

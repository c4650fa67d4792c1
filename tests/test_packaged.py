"""Model files shipped in the package: their key beside them, their arrays read and never deleted."""

from __future__ import annotations

import logging
import re
from pathlib import Path

import numpy as np
import pytest

from assistant.packaged import load_packaged_arrays, packaged_key, write_packaged

ROOT = Path(__file__).resolve().parents[1]


def test_the_key_is_read_from_the_file_beside_the_model(tmp_path: Path) -> None:
    model = tmp_path / "model.npz"
    assert packaged_key(model) is None  # no key file: no packaged model
    model.with_suffix(".key").write_text("ab12cd\n", encoding="utf-8")
    assert packaged_key(model) == "ab12cd"


def test_arrays_are_read_whole(tmp_path: Path) -> None:
    model = tmp_path / "model.npz"
    np.savez(model, w=np.arange(3), b=np.ones(2))
    arrays = load_packaged_arrays(model, ["w", "b"]) or pytest.fail("not read")
    assert arrays["w"].tolist() == [0, 1, 2] and arrays["b"].tolist() == [1.0, 1.0]
    assert load_packaged_arrays(tmp_path / "absent.npz", ["w"]) is None


@pytest.mark.parametrize("damage", ["truncate", "missing key"])
def test_an_unreadable_packaged_file_is_reported_and_kept(
    tmp_path: Path, caplog: pytest.LogCaptureFixture, damage: str
) -> None:
    model = tmp_path / "model.npz"
    np.savez(model, w=np.arange(300))
    if damage == "truncate":
        model.write_bytes(model.read_bytes()[:120])
    before = model.read_bytes()
    keys = ["w"] if damage == "truncate" else ["w", "b"]
    with caplog.at_level(logging.WARNING):
        assert load_packaged_arrays(model, keys) is None
    assert model.read_bytes() == before  # shipped in the repository: never deleted or rewritten
    assert any(str(model) in r.getMessage() for r in caplog.records)


def test_no_other_module_reads_a_key_file_itself() -> None:
    readers = [
        str(p.relative_to(ROOT))
        for p in (ROOT / "assistant").rglob("*.py")
        if re.search(r"with_suffix\(\"\.key\"\)\.read_text", p.read_text(encoding="utf-8"))
        and p.name != "packaged.py"
    ]
    assert readers == []


def test_a_packaged_model_is_written_with_its_key_after_it(tmp_path: Path) -> None:
    model = tmp_path / "model.npz"
    assert write_packaged(model, lambda f: np.savez(f, w=np.arange(3)), "k1") == model
    assert packaged_key(model) == "k1"
    assert (load_packaged_arrays(model, ["w"]) or pytest.fail("not read"))["w"].tolist() == [0, 1, 2]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["model.key", "model.npz"]  # no temporary file left


def test_a_write_that_fails_keeps_the_old_model_and_no_key_matches(tmp_path: Path) -> None:
    model = tmp_path / "model.npz"
    write_packaged(model, lambda f: np.savez(f, w=np.arange(3)), "k1")
    before = model.read_bytes()

    def torn(f: object) -> None:
        raise OSError("disk full")

    with pytest.raises(OSError, match="disk full"):
        write_packaged(model, torn, "k2")
    assert model.read_bytes() == before  # the old weights are untouched
    assert packaged_key(model) is None  # and no key claims them for the new data: the caller refits
    assert sorted(p.name for p in tmp_path.iterdir()) == ["model.npz"]


def test_no_other_module_writes_a_key_file_itself() -> None:
    writers = [
        str(p.relative_to(ROOT))
        for root in ("assistant", "evals")
        for p in (ROOT / root).rglob("*.py")
        if re.search(r"with_suffix\(\"\.key\"\)\.write_text", p.read_text(encoding="utf-8"))
        and p.name != "packaged.py"
    ]
    assert writers == []

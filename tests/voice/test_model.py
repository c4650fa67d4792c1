"""Assembling the offline Whisper model: checksum, atomic placement, idempotence, model resolution."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from assistant.config import override_settings
from assistant.voice.model import (
    BASE_MODEL_SHA256,
    ModelAssemblyError,
    assemble_model,
    base_model_parts,
    resolve_model,
)


def _parts(tmp_path: Path) -> tuple[list[Path], Path, str]:
    side = tmp_path / "side"
    side.mkdir()
    for name in ("config.json", "tokenizer.json", "vocabulary.txt"):
        (side / name).write_text(name)
    a, b = tmp_path / "model.bin.part1", tmp_path / "model.bin.part2"
    a.write_bytes(b"first half|")
    b.write_bytes(b"second half")
    return [a, b], side, hashlib.sha256(b"first half|second half").hexdigest()


def test_assemble_joins_parts_and_copies_side_files(tmp_path: Path) -> None:
    parts, side, sha = _parts(tmp_path)
    target = assemble_model(tmp_path / "models" / "m", parts, side, expected_sha256=sha)
    assert (target / "model.bin").read_bytes() == b"first half|second half"
    assert (target / "tokenizer.json").read_text() == "tokenizer.json"
    assert [p.name for p in (tmp_path / "models").iterdir()] == ["m"]  # no temp dir left behind


def test_assemble_is_done_once(tmp_path: Path) -> None:
    parts, side, sha = _parts(tmp_path)
    target = assemble_model(tmp_path / "m", parts, side, expected_sha256=sha)
    stamp = (target / "model.bin").stat().st_mtime_ns
    parts[0].unlink()  # the second call must not even need the parts
    assert assemble_model(tmp_path / "m", parts, side, expected_sha256=sha) == target
    assert (target / "model.bin").stat().st_mtime_ns == stamp


def test_checksum_mismatch_leaves_nothing(tmp_path: Path) -> None:
    parts, side, _ = _parts(tmp_path)
    with pytest.raises(ModelAssemblyError, match="sha256"):
        assemble_model(tmp_path / "models" / "m", parts, side, expected_sha256="0" * 64)
    assert list((tmp_path / "models").iterdir()) == []


def test_missing_part_is_reported(tmp_path: Path) -> None:
    parts, side, sha = _parts(tmp_path)
    parts[1].unlink()
    with pytest.raises(ModelAssemblyError, match="missing"):
        assemble_model(tmp_path / "m", parts, side, expected_sha256=sha)


def test_installed_packages_hold_the_base_model() -> None:
    parts, side = base_model_parts()
    assert all(p.is_file() for p in parts)
    assert sum(p.stat().st_size for p in parts) > 100_000_000
    assert (side / "config.json").is_file()
    assert len(BASE_MODEL_SHA256) == 64


@pytest.mark.slow
def test_resolve_model_uses_a_local_directory(base_model_dir: Path, tmp_path: Path) -> None:
    assert resolve_model(str(base_model_dir)) == str(base_model_dir)
    empty = tmp_path / "empty-model"
    empty.mkdir()
    with pytest.raises(ModelAssemblyError, match="model.bin"):
        resolve_model(str(empty))
    with pytest.raises(ModelAssemblyError, match="neither"):
        resolve_model("/no/such/model/dir")


@pytest.mark.slow
def test_resolve_base_assembles_into_the_data_dir(base_model_dir: Path, tmp_path: Path) -> None:
    data = tmp_path / "data"
    with override_settings(data_dir=data, whisper_model="base"):
        resolved = Path(resolve_model())
    assert resolved == data / "models" / "whisper-base"
    assert (resolved / "model.bin").stat().st_size == (base_model_dir / "model.bin").stat().st_size

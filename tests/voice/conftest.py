"""Voice fixtures: the committed audio files and the offline Whisper model assembled once per session."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from assistant.config import override_settings
from assistant.voice.model import ensure_base_model

AUDIO = Path(__file__).resolve().parent.parent / "fixtures" / "audio"


_assembled: list[Path] = []


def shared_base_model(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Assemble (and checksum) the offline base model once per test session, for every test folder."""
    if not _assembled:
        _assembled.append(ensure_base_model(tmp_path_factory.mktemp("whisper-data")))
    return _assembled[0]


@pytest.fixture(scope="session")
def base_model_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The offline base model, assembled once for the whole test session."""
    return shared_base_model(tmp_path_factory)


@pytest.fixture
def whisper(base_model_dir: Path) -> Iterator[str]:
    """Point WHISPER_MODEL at the assembled model for one test."""
    with override_settings(whisper_model=str(base_model_dir)):
        yield str(base_model_dir)

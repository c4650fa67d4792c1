"""Audio probing and decoding: accepted formats, clear errors for bad files and limits."""

from __future__ import annotations

import wave
from pathlib import Path

import numpy as np
import pytest

from assistant.voice.audio import (
    SAMPLE_RATE,
    AudioError,
    AudioTooLargeError,
    CorruptAudioError,
    UnsupportedAudioError,
    decode,
    iter_blocks,
    probe,
)

from .conftest import AUDIO


def write_wav(path: Path, samples: np.ndarray, rate: int = SAMPLE_RATE) -> Path:
    """Write mono 16-bit PCM."""
    with wave.open(str(path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(rate)
        w.writeframes((np.clip(samples, -1, 1) * 32767).astype("<i2").tobytes())
    return path


@pytest.mark.parametrize(
    ("name", "codec", "seconds"),
    [
        ("zh_meeting.mp3", "mp3", 8.4),
        ("zh_meeting.amr", "amr", 8.4),
        ("en_price.ogg", "opus", 5.3),
        ("en_price.m4a", "aac", 5.4),
    ],
)
def test_probe_accepts_the_fixture_formats(name: str, codec: str, seconds: float) -> None:
    info = probe(AUDIO / name)
    assert codec in info.codec
    assert info.duration_s == pytest.approx(seconds, abs=0.3)
    assert info.size_bytes < 40_000  # fixtures stay a few KB


def test_decode_gives_16k_mono_float(tmp_path: Path) -> None:
    tone = np.sin(np.linspace(0, 2 * np.pi * 880, 8000 * 2)).astype(np.float32) * 0.5  # 2 s at 8 kHz
    audio = decode(write_wav(tmp_path / "tone.wav", tone, rate=8000))
    assert audio.dtype == np.float32
    assert audio.size == pytest.approx(2 * SAMPLE_RATE, rel=0.01)
    assert 0.3 < float(np.abs(audio).max()) <= 0.51


def test_blocks_cover_the_file_without_loss(tmp_path: Path) -> None:
    path = write_wav(tmp_path / "noise.wav", np.random.default_rng(1).uniform(-0.1, 0.1, SAMPLE_RATE * 5))
    sizes = [b.size for b in iter_blocks(path, 2.0)]
    assert sizes[:2] == [2 * SAMPLE_RATE, 2 * SAMPLE_RATE]
    assert sum(sizes) == 5 * SAMPLE_RATE


def test_unsupported_type_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("客户：价格太贵了")
    with pytest.raises(UnsupportedAudioError, match="unsupported file type .txt"):
        probe(path)


def test_corrupt_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "broken.mp3"
    path.write_bytes(b"ID3" + bytes(range(256)) * 20)
    with pytest.raises(CorruptAudioError, match="broken.mp3"):
        probe(path)


def test_truncated_amr_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "voice.amr"
    path.write_bytes((AUDIO / "zh_meeting.amr").read_bytes()[:5])  # the magic header only
    with pytest.raises(CorruptAudioError):
        probe(path)


def test_empty_and_missing_files(tmp_path: Path) -> None:
    (tmp_path / "empty.wav").write_bytes(b"")
    with pytest.raises(CorruptAudioError, match="empty"):
        probe(tmp_path / "empty.wav")
    with pytest.raises(AudioError, match="not found"):
        probe(tmp_path / "nope.wav")


def test_size_and_duration_limits(tmp_path: Path) -> None:
    with pytest.raises(AudioTooLargeError, match="limit is 0.01 MB"):
        probe(AUDIO / "en_price.m4a", max_mb=0.01)
    with pytest.raises(AudioTooLargeError, match="limit is 0.05 minutes"):
        probe(AUDIO / "en_price.ogg", max_minutes=0.05)

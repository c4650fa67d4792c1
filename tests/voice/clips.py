"""Short test clips derived offline from the committed fixtures (real speech, cut and mixed with numpy)."""

from __future__ import annotations

import wave
from pathlib import Path

import numpy as np

from assistant.voice.audio import SAMPLE_RATE, decode

from .conftest import AUDIO

EN_CUT_S = 1.95  # the pause after "The price is too high." in en_price.ogg


def write_stereo(path: Path, left: np.ndarray, right: np.ndarray) -> Path:
    """Write 16-bit stereo PCM (left and right padded to the same length)."""
    n = max(left.size, right.size)
    both = np.zeros((n, 2), dtype=np.float32)
    both[: left.size, 0], both[: right.size, 1] = left, right
    with wave.open(str(path), "wb") as w:
        w.setnchannels(2)
        w.setsampwidth(2)
        w.setframerate(SAMPLE_RATE)
        w.writeframes((np.clip(both, -1, 1) * 32767).astype("<i2").tobytes())
    return path


def write_mono(path: Path, samples: np.ndarray) -> Path:
    """Write 16-bit mono PCM."""
    with wave.open(str(path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(SAMPLE_RATE)
        w.writeframes((np.clip(samples, -1, 1) * 32767).astype("<i2").tobytes())
    return path


def two_sided_call(path: Path, gap_s: float = 1.0) -> Path:
    """A stereo call: "The price is too high." on the left, then "We will send the samples…" on the right."""
    audio = decode(AUDIO / "en_price.ogg")
    cut = int(EN_CUT_S * SAMPLE_RATE)
    first, second = audio[:cut], audio[cut:]
    pad = np.zeros(int(gap_s * SAMPLE_RATE), dtype=np.float32)
    left = np.concatenate([first, pad, np.zeros_like(second)])
    right = np.concatenate([np.zeros_like(first), pad, second])
    return write_stereo(path, left, right)


def noisy(path: Path, level: float = 0.3) -> Path:
    """en_price.ogg under white noise at ``level`` of its peak: Whisper is unsure of what it hears."""
    audio = decode(AUDIO / "en_price.ogg")
    noise = np.random.default_rng(1).normal(0, level * np.abs(audio).max(), audio.size)
    return write_mono(path, audio + noise.astype(np.float32))


def with_pause(path: Path, pause_s: float = 3.0) -> Path:
    """en_price.ogg with a long pause between its two sentences (two turns)."""
    audio = decode(AUDIO / "en_price.ogg")
    cut = int(EN_CUT_S * SAMPLE_RATE)
    pad = np.zeros(int(pause_s * SAMPLE_RATE), dtype=np.float32)
    return write_mono(path, np.concatenate([audio[:cut], pad, audio[cut:]]))

"""Audio files: check the format, size and duration, and decode to 16 kHz mono through PyAV.

Accepted: WAV, MP3, M4A/AAC, Ogg (Vorbis/Opus), Opus, AMR (WeCom voice messages), FLAC and
WebM. Anything else, a file PyAV cannot decode, or one over ``WHISPER_MAX_MB`` /
``WHISPER_MAX_MINUTES`` is refused with an :class:`AudioError` that says what is wrong.
Decoding streams in blocks so long recordings never sit in memory as one array.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from assistant.config import get_settings

SAMPLE_RATE = 16000
SUPPORTED_EXTENSIONS = {
    ".wav": "WAV",
    ".mp3": "MP3",
    ".m4a": "M4A",
    ".aac": "AAC",
    ".mp4": "M4A",
    ".ogg": "Ogg",
    ".oga": "Ogg",
    ".opus": "Opus",
    ".amr": "AMR",
    ".flac": "FLAC",
    ".webm": "WebM",
}
_CONTAINERS = {
    "wav",
    "mp3",
    "mov",
    "mp4",
    "m4a",
    "3gp",
    "3g2",
    "mj2",
    "aac",
    "adts",
    "ogg",
    "amr",
    "flac",
    "webm",
    "matroska",
}


class AudioError(ValueError):
    """An audio file cannot be transcribed; the message says why, for the user."""


class UnsupportedAudioError(AudioError):
    """The file type is not one we accept."""


class CorruptAudioError(AudioError):
    """The file claims to be audio but cannot be decoded."""


class AudioTooLargeError(AudioError):
    """The file is over the configured size or duration limit."""


@dataclass(frozen=True)
class AudioInfo:
    """What a probe learned about an audio file."""

    path: Path
    format: str
    codec: str
    duration_s: float
    size_bytes: int
    sample_rate: int
    channels: int


def is_audio_path(path: str | Path) -> bool:
    """Whether ``path`` has the extension of an accepted audio format."""
    return Path(path).suffix.lower() in SUPPORTED_EXTENSIONS


def probe(path: str | Path, *, max_mb: float | None = None, max_minutes: float | None = None) -> AudioInfo:
    """Check that ``path`` is an accepted, decodable audio file within the limits.

    Args:
        path: The audio file.
        max_mb: Size limit in MB (default ``WHISPER_MAX_MB``).
        max_minutes: Duration limit in minutes (default ``WHISPER_MAX_MINUTES``).

    Raises:
        AudioError: unsupported type, corrupt or empty file, or over a limit (with the numbers).
    """
    import av

    settings = get_settings()
    max_mb = settings.whisper_max_mb if max_mb is None else max_mb
    max_minutes = settings.whisper_max_minutes if max_minutes is None else max_minutes
    path = Path(path)
    if not path.is_file():
        raise AudioError(f"audio file not found: {path}")
    ext = path.suffix.lower()
    if ext not in SUPPORTED_EXTENSIONS:
        kinds = ", ".join(sorted(set(SUPPORTED_EXTENSIONS.values())))
        raise UnsupportedAudioError(
            f"{path.name}: unsupported file type {ext or '(none)'}; send one of {kinds}"
        )
    size = path.stat().st_size
    if size == 0:
        raise CorruptAudioError(f"{path.name} is empty")
    if size > max_mb * 1024 * 1024:
        raise AudioTooLargeError(f"{path.name} is {size / 1048576:.1f} MB; the limit is {max_mb:g} MB")
    try:
        with av.open(str(path)) as container:
            fmt = container.format.name
            if not set(fmt.split(",")) & _CONTAINERS:
                raise UnsupportedAudioError(f"{path.name}: {fmt} is not an audio format we accept")
            if not container.streams.audio:
                raise CorruptAudioError(f"{path.name} contains no audio stream")
            stream = container.streams.audio[0]
            duration = _duration(container, stream)
            info = AudioInfo(
                path=path,
                format=fmt,
                codec=stream.codec_context.name,
                duration_s=duration,
                size_bytes=size,
                sample_rate=stream.codec_context.sample_rate or 0,
                channels=stream.codec_context.channels or 0,
            )
    except AudioError:
        raise
    except (av.error.FFmpegError, ValueError, UnicodeDecodeError) as exc:
        raise CorruptAudioError(
            f"{path.name} is not a readable {SUPPORTED_EXTENSIONS[ext]} file ({exc})"
        ) from exc
    if info.duration_s <= 0:
        raise CorruptAudioError(f"{path.name} contains no decodable audio")
    if info.duration_s > max_minutes * 60:
        raise AudioTooLargeError(
            f"{path.name} lasts {info.duration_s / 60:.1f} minutes; the limit is {max_minutes:g} minutes"
        )
    return info


def _duration(container, stream) -> float:  # PyAV objects
    """Container or stream duration; decode to measure when the header has none (AMR, some Ogg)."""
    import av

    if container.duration:
        return container.duration / av.time_base
    if stream.duration and stream.time_base:
        return float(stream.duration * stream.time_base)
    samples = 0
    rate = stream.codec_context.sample_rate or 1
    for frame in container.decode(stream):
        samples += frame.samples
    return samples / rate


def iter_blocks(path: str | Path, block_seconds: float) -> Iterator[np.ndarray]:
    """Decode ``path`` to 16 kHz mono float32 and yield blocks of about ``block_seconds``.

    Raises:
        CorruptAudioError: when decoding fails part-way (a damaged file).
    """
    import av

    path = Path(path)
    block = int(block_seconds * SAMPLE_RATE)
    buf: list[np.ndarray] = []
    have = 0
    try:
        with av.open(str(path)) as container:
            resampler = av.AudioResampler(format="flt", layout="mono", rate=SAMPLE_RATE)
            for frame in container.decode(audio=0):
                for out in resampler.resample(frame):
                    arr = out.to_ndarray().reshape(-1)
                    buf.append(arr)
                    have += arr.size
                    while have >= block:
                        joined = np.concatenate(buf)
                        yield joined[:block]
                        rest = joined[block:]
                        buf, have = ([rest] if rest.size else []), rest.size
            for out in resampler.resample(None):
                buf.append(out.to_ndarray().reshape(-1))
    except (av.error.FFmpegError, ValueError) as exc:
        raise CorruptAudioError(f"{path.name} could not be decoded to the end ({exc})") from exc
    if buf:
        tail = np.concatenate(buf)
        if tail.size:
            yield tail


def decode(path: str | Path) -> np.ndarray:
    """Decode the whole file to one 16 kHz mono float32 array (short files, tests, benchmarks)."""
    blocks = list(iter_blocks(path, 60.0))
    return np.concatenate(blocks) if blocks else np.zeros(0, dtype=np.float32)


def channel_levels(path: str | Path, frame_s: float = 0.05) -> np.ndarray | None:
    """RMS level per ``frame_s`` frame and channel of a stereo file; None for mono.

    Decodes in a stream (a 2-hour call gives 144,000 × 2 numbers). Only the first two
    channels count: a call recorder puts one side on each.
    """
    import av

    path = Path(path)
    frame = int(frame_s * SAMPLE_RATE)
    rows: list[np.ndarray] = []
    rest = np.zeros((0, 2), dtype=np.float32)
    try:
        with av.open(str(path)) as container:
            stream = container.streams.audio[0]
            if (stream.codec_context.channels or 1) < 2:
                return None
            resampler = av.AudioResampler(format="flt", layout="stereo", rate=SAMPLE_RATE)
            for decoded in container.decode(stream):
                for out in [*resampler.resample(decoded)]:
                    arr = np.concatenate([rest, out.to_ndarray().reshape(-1, 2)])
                    n = (arr.shape[0] // frame) * frame
                    if n:
                        rows.append(np.sqrt((arr[:n].reshape(-1, frame, 2) ** 2).mean(axis=1)))
                    rest = arr[n:]
    except (av.error.FFmpegError, ValueError) as exc:
        raise CorruptAudioError(f"{path.name} could not be decoded to the end ({exc})") from exc
    if rest.size:
        rows.append(np.sqrt((rest**2).mean(axis=0, keepdims=True)))
    return np.concatenate(rows) if rows else np.zeros((0, 2), dtype=np.float32)

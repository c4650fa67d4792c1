"""Transcription: the real offline base model on the fixtures, and chunking/progress with a fake model."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pytest

from assistant.config import override_settings
from assistant.voice import transcription as transcribe_module
from assistant.voice.audio import SAMPLE_RATE, UnsupportedAudioError
from assistant.voice.transcript import Segment, assign_speakers
from assistant.voice.transcription import build_initial_prompt, transcribe

from .conftest import AUDIO
from .test_audio import write_wav


@pytest.mark.slow
def test_mandarin_amr_finds_the_key_words(whisper: str) -> None:
    progress: list[tuple[float, float]] = []
    t = transcribe(
        AUDIO / "zh_meeting.amr",
        language="zh",
        initial_prompt=build_initial_prompt(["会议"], "zh"),
        progress=lambda done, total: progress.append((done, total)),
    )
    assert t.language == "zh"
    for word in ("明天", "开会", "下个月"):
        assert word in t.text
    assert "們" not in t.text  # converted to simplified characters
    assert progress[0][0] == 0 and progress[-1][0] == pytest.approx(progress[-1][1])
    assert all(b[0] >= a[0] for a, b in zip(progress, progress[1:], strict=False))
    assert t.segments[0].start >= 0 and t.segments[-1].end <= t.duration_s + 0.5


@pytest.mark.slow
def test_english_opus_detects_language_and_words(whisper: str) -> None:
    t = transcribe(AUDIO / "en_price.ogg")
    assert t.language == "en"
    text = t.text.lower()
    for word in ("price", "too high", "samples", "next friday"):
        assert word in text


@pytest.mark.slow
def test_mp3_and_m4a_decode_through_pyav(whisper: str) -> None:
    assert "明天" in transcribe(AUDIO / "zh_meeting.mp3", language="zh").text
    assert "samples" in transcribe(AUDIO / "en_price.m4a", language="en").text.lower()


def test_unsupported_file_never_reaches_the_model(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(transcribe_module, "get_whisper_model", lambda *_: pytest.fail("model loaded"))
    (tmp_path / "a.docx").write_bytes(b"PK\x03\x04")
    with pytest.raises(UnsupportedAudioError):
        transcribe(tmp_path / "a.docx")


@dataclass
class _FakeSegment:
    start: float
    end: float
    text: str


@dataclass
class _Info:
    language: str


class FakeWhisper:
    """Records each chunk it was given and answers one segment per chunk."""

    def __init__(self) -> None:
        self.chunks: list[int] = []
        self.languages: list[str | None] = []
        self.detections = 0

    def detect_language(self, audio: np.ndarray, **_: object):
        self.detections += 1
        probs = [("th", 0.46), ("zh", 0.31), ("en", 0.05)]  # Thai first: must not be chosen
        return probs[0][0], probs[0][1], probs

    def transcribe(self, audio: np.ndarray, language: str | None = None, **_: object):
        self.chunks.append(audio.size)
        self.languages.append(language)
        n = len(self.chunks)
        text = "客户：價格太貴了" if n == 1 else f"销售：第{n}段"
        return iter([_FakeSegment(1.0, 2.0, text)]), _Info("zh")


def test_long_audio_is_chunked_with_offsets_and_progress(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    rng = np.random.default_rng(0)
    path = write_wav(tmp_path / "long.wav", rng.uniform(-0.2, 0.2, SAMPLE_RATE * 70))
    fake = FakeWhisper()
    monkeypatch.setattr(transcribe_module, "get_whisper_model", lambda *_: fake)
    seen: list[float] = []
    with override_settings(whisper_chunk_seconds=30):
        t = transcribe(path, progress=lambda done, total: seen.append(done))
    assert len(fake.chunks) == 3
    assert sum(fake.chunks) == 70 * SAMPLE_RATE  # nothing lost or doubled at the cuts
    assert fake.languages == ["zh", "zh", "zh"] and fake.detections == 1  # detected once among zh/en
    assert t.language == "zh" and t.language_probability == pytest.approx(0.31)
    starts = [s.start for s in t.segments]
    assert starts[0] == 1.0 and 28 < starts[1] < 32 and 58 < starts[2] < 62
    assert t.segments[0].speaker == "customer" and t.segments[0].text == "价格太贵了"
    assert t.segments[1].speaker == "sales"
    assert seen[-1] == pytest.approx(70, abs=0.1)


def test_speaker_labels_split_a_segment() -> None:
    segs = assign_speakers(
        [
            Segment(start=0, end=10, text="客户：太贵了。销售：可以打九折"),
            Segment(start=10, end=12, text="好的"),
        ]
    )
    assert [(s.speaker, s.text) for s in segs] == [
        ("customer", "太贵了。"),
        ("sales", "可以打九折"),
        ("sales", "好的"),
    ]
    assert segs[0].end == pytest.approx(segs[1].start) and segs[1].end <= 10.01


def test_no_labels_means_no_speakers() -> None:
    segs = [Segment(start=0, end=1, text="we will send the quote")]
    assert assign_speakers(segs) == segs


def test_initial_prompt_lists_products_first_and_stays_short() -> None:
    prompt = build_initial_prompt(["竹纤维浴巾", "纯棉毛巾"] + [f"产品{i}" for i in range(100)], "zh")
    assert prompt.startswith("竹纤维浴巾、纯棉毛巾、") and prompt.endswith("。")
    assert len(prompt) <= 121
    assert build_initial_prompt([], "en").startswith("quotation, samples")

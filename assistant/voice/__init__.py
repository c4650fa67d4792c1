"""Voice: faster-whisper transcription of call recordings and voice messages, fully offline by default."""

from assistant.voice.audio import (
    AudioError,
    AudioInfo,
    AudioTooLargeError,
    CorruptAudioError,
    UnsupportedAudioError,
    is_audio_path,
    probe,
)
from assistant.voice.model import ModelAssemblyError, ensure_base_model, get_whisper_model, resolve_model
from assistant.voice.transcript import Segment, Transcript, assign_speakers
from assistant.voice.transcription import Progress, build_initial_prompt, transcribe

__all__ = [
    "AudioError",
    "AudioInfo",
    "AudioTooLargeError",
    "CorruptAudioError",
    "ModelAssemblyError",
    "Progress",
    "Segment",
    "Transcript",
    "UnsupportedAudioError",
    "assign_speakers",
    "build_initial_prompt",
    "ensure_base_model",
    "get_whisper_model",
    "is_audio_path",
    "probe",
    "resolve_model",
    "transcribe",
]

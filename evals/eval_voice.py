"""Transcription error rate of the offline Whisper base model on ``datasets/voice_clips.jsonl``.

English is scored by word error rate, Chinese by character error rate (punctuation and case
ignored; traditional characters are not converted). The clips are the committed synthetic test
recordings (espeak-ng, four codecs: m4a, ogg/opus, mp3, AMR-NB at 8 kHz); the set is tiny and
synthetic speech is easier than a real call, so read the figures as a regression check, not as
the error rate on customer calls.
"""

from __future__ import annotations

import json
import re
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
DATASET = Path(__file__).parent / "datasets" / "voice_clips.jsonl"
_PUNCT = re.compile(r"[^\w\s]|_", re.UNICODE)


def _tokens(text: str, language: str) -> list[str]:
    clean = _PUNCT.sub(" ", text.lower())
    return [c for c in clean if not c.isspace()] if language == "zh" else clean.split()


def edit_distance(a: list[str], b: list[str]) -> int:
    """Levenshtein distance between two token lists."""
    row = list(range(len(b) + 1))
    for i, x in enumerate(a, 1):
        prev, row[0] = row[0], i
        for j, y in enumerate(b, 1):
            prev, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, prev + (x != y))
    return row[-1]


def run() -> dict[str, Any]:
    """Transcribe every clip with its language; returns WER (en), CER (zh) and seconds per clip."""
    from assistant.voice.transcription import transcribe

    clips = [json.loads(line) for line in DATASET.read_text(encoding="utf-8").splitlines() if line.strip()]
    errors = {"en": [0, 0], "zh": [0, 0]}
    worst: list[str] = []
    start = time.perf_counter()
    for clip in clips:
        lang = clip["language"]
        said = " ".join(s.text for s in transcribe(ROOT / clip["audio"], language=lang).segments)
        ref, hyp = _tokens(clip["text"], lang), _tokens(said, lang)
        dist = edit_distance(ref, hyp)
        errors[lang][0] += dist
        errors[lang][1] += len(ref)
        if dist:
            worst.append(f"{Path(clip['audio']).name}: {said.strip()[:60]}")
    return {
        "clips": len(clips),
        "en_word_error_rate": round(errors["en"][0] / max(errors["en"][1], 1), 3),
        "zh_char_error_rate": round(errors["zh"][0] / max(errors["zh"][1], 1), 3),
        "seconds_per_clip": round((time.perf_counter() - start) / max(len(clips), 1), 2),
        "misrecognised": " | ".join(worst),
    }

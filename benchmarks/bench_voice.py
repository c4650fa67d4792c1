"""Transcription speed and memory: Whisper base int8 on 2 CPU threads, offline.

A 60 s recording (20 s with ``--quick``) is built at bench time from the committed fixtures
(Mandarin and English speech with short pauses, decoded and re-encoded with PyAV, so no
espeak is needed). The transcription runs in a fresh subprocess so its peak RSS
(``resource.getrusage``) covers model load and inference and nothing else.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import time
import wave
from pathlib import Path

import numpy as np

from assistant.voice.audio import SAMPLE_RATE, decode
from assistant.voice.model import resolve_model

FIXTURES = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "audio"
_CHILD = """
import json, resource, sys, time
from assistant.voice.model import get_whisper_model
from assistant.voice.transcription import transcribe
t0 = time.perf_counter(); get_whisper_model(sys.argv[2]); load = time.perf_counter() - t0
u0 = resource.getrusage(resource.RUSAGE_SELF)
t0 = time.perf_counter(); tr = transcribe(sys.argv[1], model_name=sys.argv[2]); run = time.perf_counter() - t0
u1 = resource.getrusage(resource.RUSAGE_SELF)
cpu = (u1.ru_utime - u0.ru_utime) + (u1.ru_stime - u0.ru_stime)
print(json.dumps({"load_s": load, "run_s": run, "cpu_s": cpu, "duration_s": tr.duration_s, "segments": len(tr.segments),
                  "maxrss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def build_recording(path: Path, seconds: float) -> float:
    """Concatenate the fixture speech (with 0.6 s pauses) into a 16 kHz WAV of about ``seconds``."""
    clips = [
        decode(FIXTURES / n) for n in ("zh_meeting.mp3", "en_price.ogg", "zh_meeting.amr", "en_price.m4a")
    ]
    pause = np.zeros(int(0.6 * SAMPLE_RATE), dtype=np.float32)
    parts, total, i = [], 0, 0
    while total < seconds * SAMPLE_RATE:
        parts += [clips[i % len(clips)], pause]
        total += clips[i % len(clips)].size + pause.size
        i += 1
    audio = np.concatenate(parts)
    with wave.open(str(path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(SAMPLE_RATE)
        w.writeframes((np.clip(audio, -1, 1) * 32767).astype("<i2").tobytes())
    return audio.size / SAMPLE_RATE


def run(quick: bool = False) -> list[dict]:
    """Measure real-time factor, model load time and peak RSS of one transcription."""
    t0 = time.perf_counter()
    model_dir = resolve_model("base")  # assembles into the data directory on the first run
    assemble_s = time.perf_counter() - t0
    with tempfile.TemporaryDirectory() as tmp:
        wav = Path(tmp) / "call.wav"
        seconds = build_recording(wav, 20 if quick else 60)
        out = subprocess.run(
            [sys.executable, "-c", _CHILD, str(wav), model_dir], capture_output=True, text=True, check=True
        )
    r = json.loads(out.stdout.strip().splitlines()[-1])
    label = f"{seconds:.0f} s zh+en speech"
    return [
        {
            "name": f"whisper base int8 real-time factor ({label})",
            "value": round(r["run_s"] / seconds, 3),
            "unit": "x",
            "target": "<= 0.3",
        },
        {"name": "whisper transcription time", "value": round(r["run_s"], 2), "unit": "s"},
        {
            "name": "CPU seconds per audio second (load-independent; 2 threads)",
            "value": round(r["cpu_s"] / seconds, 3),
            "unit": "cpu-s/s",
            "target": "<= 0.6 (= RTF 0.3 on 2 idle cores)",
        },
        {"name": "whisper model load time", "value": round(r["load_s"], 2), "unit": "s"},
        {
            "name": "peak RSS of a transcription process",
            "value": round(r["maxrss_mb"], 1),
            "unit": "MB",
            "target": "<= 1024",
        },
        {
            "name": "model assembly / check (cached after first run)",
            "value": round(assemble_s, 2),
            "unit": "s",
        },
    ]


if __name__ == "__main__":
    for row in run(quick="--quick" in sys.argv):
        print(row)

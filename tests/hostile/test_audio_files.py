"""Hostile recordings through the commands people run: a clear message, a non-zero exit, no traceback.

The decoder's own refusals are unit-tested in ``tests/voice/test_audio.py``; here the same files
go through ``transcribe`` and ``summarize`` as a user would hand them over, and the web upload
refuses what it cannot take before storing it.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from assistant.cli import app
from assistant.config import override_settings

AUDIO = Path(__file__).parents[1] / "fixtures" / "audio"


def _files(tmp_path: Path) -> dict[str, tuple[Path, str]]:
    renamed = tmp_path / "chat.mp3"
    renamed.write_text("客户：价格太贵了。销售：我明天给您新报价。", encoding="utf-8")
    garbage = tmp_path / "garbage.wav"
    garbage.write_bytes(b"RIFF" + bytes(range(256)) * 40)
    truncated = tmp_path / "voice.amr"
    truncated.write_bytes((AUDIO / "zh_meeting.amr").read_bytes()[:5])
    empty = tmp_path / "empty.m4a"
    empty.write_bytes(b"")
    unsupported = tmp_path / "clip.flac"
    unsupported.write_bytes(b"fLaC" + b"\x00" * 64)
    return {
        "text renamed .mp3": (renamed, "chat.mp3"),
        "garbage wav": (garbage, "garbage.wav"),
        "truncated amr": (truncated, "voice.amr"),
        "empty file": (empty, "empty"),
        "unsupported type": (unsupported, ".flac"),
        "missing file": (tmp_path / "nope.ogg", "not found"),
    }


@pytest.mark.parametrize("command", ["transcribe", "summarize"])
def test_bad_recordings_get_a_message_not_a_traceback(tmp_path: Path, command: str) -> None:
    for name, (path, expected) in _files(tmp_path).items():
        result = CliRunner().invoke(app, [command, str(path)])
        out = result.output
        if command == "summarize" and name == "unsupported type":
            continue  # not a recording: summarize reads it as a text file (covered below)
        assert result.exit_code != 0, f"{command} {name}: {out}"
        assert expected in out, f"{command} {name}: {out}"
        assert "Traceback" not in out and not isinstance(result.exception, AttributeError | TypeError)


def test_a_binary_file_given_to_summarize_as_text_is_refused_clearly(tmp_path: Path) -> None:
    blob = tmp_path / "export.txt"
    blob.write_bytes(bytes(range(256)) * 8)
    result = CliRunner().invoke(app, ["summarize", str(blob)])
    assert result.exit_code != 0 and "Traceback" not in result.output


def test_recordings_over_the_size_and_duration_limits_are_refused(tmp_path: Path) -> None:
    with override_settings(whisper_max_mb=0.01):
        result = CliRunner().invoke(app, ["transcribe", str(AUDIO / "en_price.m4a")])
    assert result.exit_code != 0 and "0.01 MB" in result.output
    with override_settings(whisper_max_minutes=0.05):
        result = CliRunner().invoke(app, ["transcribe", str(AUDIO / "en_price.ogg")])
    assert result.exit_code != 0 and "0.05 minutes" in result.output

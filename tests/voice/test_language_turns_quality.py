"""Language detection limited to the company's languages, loops and low confidence, turns and channels."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from types import SimpleNamespace

import numpy as np
import pytest

from assistant.config import override_settings
from assistant.text.conversation import parse_conversation
from assistant.voice import transcription as transcribe_module
from assistant.voice.audio import channel_levels
from assistant.voice.language import allowed_languages, choose_language
from assistant.voice.quality import collapse_loops, flag_segments
from assistant.voice.transcript import Segment, Transcript
from assistant.voice.transcription import transcribe
from assistant.voice.turns import number_turns, split_at_pauses, split_by_channel

from .clips import noisy, two_sided_call, with_pause, write_mono
from .conftest import AUDIO

THAI_FIRST = [("th", 0.46), ("zh", 0.31), ("en", 0.05), ("vi", 0.04)]


def test_detection_is_limited_to_the_allowed_languages() -> None:
    assert choose_language(THAI_FIRST, ("zh", "en")) == ("zh", 0.31)
    assert (
        choose_language([("en", 0.9), ("zh", 0.05)], ("zh", "en"), hint="zh")[0] == "en"
    )  # hint, not a rule
    assert choose_language([("en", 0.40), ("zh", 0.36)], ("zh", "en"), hint="zh")[0] == "zh"  # near tie
    assert choose_language([], ("zh", "en"), hint="en") == ("en", 0.0)
    with override_settings(transcribe_languages="en, de ,en"):
        assert allowed_languages() == ("en", "de")


def test_loops_are_collapsed_and_counted() -> None:
    text, details = collapse_loops("您好，若不方便若不方便若不方便若不方便若不方便若不方便若不方便若不方便")
    assert text == "您好，若不方便" and details == ["«若不方便» ×8"]
    assert collapse_loops("对对对，好的好的") == ("对对对，好的好的", [])  # ordinary speech
    assert collapse_loops("call me back, call me back, call me back.")[1] == ["«call me back» ×3"]


def test_flags_for_loops_repeated_segments_and_low_confidence() -> None:
    segs = [
        Segment(start=0, end=2, text="价格可以再谈", avg_logprob=-0.3),
        Segment(start=2, end=4, text="若不方便若不方便若不方便若不方便", avg_logprob=-0.4),
        Segment(start=4, end=5, text="嗯嗯", avg_logprob=-1.4, no_speech_prob=0.7),
        Segment(start=5, end=6, text="那个", avg_logprob=-1.2),
        Segment(start=6, end=7, text="好的。", avg_logprob=-0.2),
        Segment(start=7, end=8, text="好的", avg_logprob=-0.2),
        Segment(start=8, end=9, text="好的", avg_logprob=-0.2),
    ]
    flags = flag_segments(segs, "zh")
    assert [(f.kind, f.start, f.end) for f in flags] == [
        ("repetition", 2, 4),
        ("low_confidence", 4, 6),  # two low segments make one stretch
        ("repetition", 6, 9),
    ]
    assert "avg_logprob -1.40" in flags[1].detail and "no_speech_prob 0.70" in flags[1].detail
    assert [s.text for s in segs] == ["价格可以再谈", "若不方便", "嗯嗯", "那个", "好的。"]
    t = Transcript(language="zh", duration_s=9, model="x", segments=number_turns(segs, 2.0), flags=flags)
    text, spans = t.render()
    assert "若不方便 〔重复×4，已合并〕" in text and "嗯嗯 〔识别置信度低〕" in text
    for start, end, *_ in spans:
        assert "\n" not in text[start:end]
    quoted = [s.text for s in parse_conversation(text).sentences]
    assert not any("〔" in q for q in quoted)  # marks are not quotable sentences


def test_turns_by_pause_and_by_channel() -> None:
    segs = [
        Segment(start=0, end=1, text="a"),
        Segment(start=1.5, end=2, text="b"),
        Segment(start=5, end=6, text="c"),
    ]
    assert [s.turn for s in number_turns(segs, 2.0)] == [0, 0, 1]
    levels = np.zeros((200, 2), dtype=np.float32)
    levels[:40, 0] = 0.3  # left speaks 0-2 s
    levels[60:120, 1] = 0.3  # right speaks 3-6 s
    seg = Segment(start=0, end=6, text="the price is too high we will send")
    words = [
        [(0.0, 1.0, " the price"), (1.0, 1.9, " is too high"), (3.1, 4.0, " we will"), (4.0, 5.5, " send")]
    ]
    out = split_by_channel([seg], words, levels, " ")
    assert [(s.speaker, s.text) for s in out] == [
        ("speaker1", "the price is too high"),
        ("speaker2", "we will send"),
    ]


def test_channel_levels_of_a_stereo_file(tmp_path: Path) -> None:
    levels = channel_levels(two_sided_call(tmp_path / "call.wav"))
    assert levels is not None and levels.shape[1] == 2
    assert levels[:30, 0].mean() > 5 * levels[:30, 1].mean()  # the left side speaks first
    assert channel_levels(AUDIO / "en_price.ogg") is None  # mono


@pytest.mark.slow
def test_english_recording_with_a_chinese_hint_is_english(whisper: str) -> None:
    t = transcribe(AUDIO / "en_price.ogg", language_hint="zh", initial_prompt="报价、样品。")
    assert t.language == "en" and "samples" in t.text.lower()
    assert t.language_probability is not None and t.language_probability > 0.5


@pytest.mark.slow
def test_mandarin_with_an_english_hint_stays_mandarin(whisper: str) -> None:
    t = transcribe(AUDIO / "zh_meeting.amr", language_hint="en")
    assert t.language == "zh" and "明天" in t.text


@pytest.mark.slow
def test_stereo_call_is_split_into_two_speakers(whisper: str, tmp_path: Path) -> None:
    t = transcribe(two_sided_call(tmp_path / "call.wav"))
    assert t.channels == 2
    who = [(s.speaker, s.text.lower()) for s in t.segments]
    assert who[0][0] == "speaker1" and "too high" in who[0][1]
    assert who[-1][0] == "speaker2" and "samples" in who[-1][1]
    text = t.text
    assert text.startswith("Speaker 1: ") and "\nSpeaker 2: " in text
    parsed = parse_conversation(text)
    assert parsed.kind == "call" and parsed.speakers == ["Speaker 1", "Speaker 2"]


@pytest.mark.slow
def test_noisy_speech_is_flagged_low_confidence(whisper: str, tmp_path: Path) -> None:
    t = transcribe(noisy(tmp_path / "noisy.wav"), language="en")
    low = [f for f in t.flags if f.kind == "low_confidence"]
    assert low and "word probability" in low[0].detail  # avg_logprob wavers around -1.0 on this clip
    assert "〔low confidence〕" in t.text
    again = transcribe(noisy(tmp_path / "noisy2.wav"), language="en")
    assert again.text == t.text  # the sampling fallback is seeded: the same audio, the same transcript


@dataclass
class _Seg:
    start: float
    end: float
    text: str
    avg_logprob: float = -0.2
    no_speech_prob: float = 0.01
    compression_ratio: float = 1.1


class _LoopingWhisper:
    """Answers like Whisper caught in a loop on a Mandarin call (and detects Thai first)."""

    def detect_language(self, audio: np.ndarray, **_: object):
        return "th", 0.5, [("th", 0.5), ("zh", 0.3)]

    def transcribe(self, audio: np.ndarray, **_: object):
        segs = [_Seg(0, 3, "客户：您好，请问王总在吗"), _Seg(3, 9, "若不方便" * 8, -0.9, 0.1, 3.1)]
        return iter(segs), SimpleNamespace(language="th")


def test_a_loop_is_collapsed_and_flagged_end_to_end(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(transcribe_module, "get_whisper_model", lambda *_: _LoopingWhisper())
    path = write_mono(tmp_path / "call.wav", np.random.default_rng(0).uniform(-0.1, 0.1, 16000 * 10))
    t = transcribe(path, language_hint="en")
    assert t.language == "zh"
    assert [f.kind for f in t.flags] == ["repetition", "low_confidence"]
    assert t.flags[0].detail == "«若不方便» ×8" and "compression_ratio 3.10" in t.flags[1].detail
    assert t.segments[1].text == "若不方便"
    assert t.text.endswith("若不方便 〔重复×8，已合并〕〔识别置信度低〕")


@pytest.mark.slow
def test_a_long_pause_starts_a_new_turn(whisper: str, tmp_path: Path) -> None:
    with override_settings(transcribe_turn_gap_seconds=2.0):
        t = transcribe(with_pause(tmp_path / "pause.wav", 3.0), language="en")
    assert len({s.turn for s in t.segments}) == 2
    assert "\n\n" in t.text


def test_a_segment_running_across_a_pause_is_split_at_its_words() -> None:
    seg = Segment(start=0.0, end=8.1, text="The price is too high. We will send the samples.")
    words = [
        [
            (0.0, 0.4, " The"),
            (0.4, 1.7, " price is too high."),
            (4.9, 5.5, " We will"),
            (5.5, 8.1, " send the samples."),
        ]
    ]
    out, out_words = split_at_pauses([seg], words, 2.0, " ")
    assert [(s.start, s.end, s.text) for s in out] == [
        (0.0, 1.7, "The price is too high."),
        (4.9, 8.1, "We will send the samples."),
    ]
    assert [len(w) for w in out_words] == [2, 2]
    assert [s.turn for s in number_turns(out, 2.0)] == [0, 1]
    kept, _ = split_at_pauses([seg], [[]], 2.0, " ")  # no word timestamps: the segment stays whole
    assert kept == [seg]


def test_a_looping_sentence_with_middling_confidence_is_low_confidence() -> None:
    looped = Segment(
        start=0, end=5, text="I will try to keep you safe, " * 3, avg_logprob=-0.95, compression_ratio=2.1
    )
    plain = Segment(start=5, end=7, text="We will send the samples.", avg_logprob=-0.95)
    flags = flag_segments([looped, plain], "en")
    assert [(f.kind, f.start) for f in flags] == [("repetition", 0), ("low_confidence", 0)]
    assert flags[0].detail == "«I will try to keep you safe» ×3"
    assert flags[1].detail == "avg_logprob -0.95 in a loop"  # the plain sentence at -0.95 is not flagged


def test_words_of_low_probability_make_a_segment_low_confidence() -> None:
    noisy_seg = Segment(start=0, end=3, text="to defend the public", avg_logprob=-0.95, word_probability=0.36)
    clear = Segment(start=3, end=5, text="We will send the samples.", avg_logprob=-0.3, word_probability=0.93)
    unknown = Segment(start=5, end=6, text="OK.", avg_logprob=-0.3)  # no word timestamps: no opinion
    flags = flag_segments([noisy_seg, clear, unknown], "en")
    assert [(f.kind, f.start, f.detail) for f in flags] == [("low_confidence", 0, "word probability 0.36")]


def test_segments_carry_the_mean_probability_of_their_words() -> None:
    words = [SimpleNamespace(probability=p) for p in (0.9, 0.5, 0.4)]
    assert transcribe_module._mean_probability(words) == 0.6
    assert transcribe_module._mean_probability([]) is None
    assert transcribe_module._mean_probability(None) is None

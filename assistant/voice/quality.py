"""Flag what a rep should not trust blindly in a transcript: repetition loops and low confidence.

Whisper sometimes loops («若不方便» ×8): the phrase is collapsed to one occurrence and the
segment flagged. Segments whose average log-probability or mean word probability is low, whose no-speech
probability is high, or whose compression ratio betrays repetition are low confidence; consecutive ones
form one stretch. Each flag is kept on the segment (for the transcript text) and in
:attr:`Transcript.flags` (for the summary's evidence).
"""

from __future__ import annotations

import re
from typing import Literal

from pydantic import BaseModel

from assistant.text import lazy_re

AVG_LOGPROB_MIN = -1.0
NO_SPEECH_MAX = 0.6
COMPRESSION_MAX = 2.4
LOOP_LOGPROB_MIN = -0.8
WORD_PROB_MIN = 0.5
"""A segment whose words average below this probability is low confidence. Clean speech averages
0.79–0.96; under white noise Whisper's words average 0.10–0.41 while its avg_logprob sits near the
-1.0 line (it wavered across it while decoding still fell back to sampling)."""
"""A segment that loops is low confidence already below this average log-probability: noise
makes Whisper repeat an invented sentence with moderate confidence (-0.95, "I will try to keep
you safe" ×3 under white noise)."""
_SEP = r"[\s,，、。.!！?？…~～]*"
_LOOP = lazy_re.compile(rf"(?P<p>[^\s,，、。.!！?？…~～].{{0,59}}?){_SEP}(?:(?P=p){_SEP}){{2,}}", re.S)


class TranscriptFlag(BaseModel):
    """A stretch of the recording to check by ear."""

    kind: Literal["repetition", "low_confidence"]
    start: float
    end: float
    detail: str  # "«若不方便» ×8", "avg_logprob -1.32"
    text: str = ""


def _min_repeats(phrase: str) -> int:
    return 3 if len(phrase.strip()) >= 4 else 5


def collapse_loops(text: str) -> tuple[str, list[str]]:
    """Collapse phrases repeated ≥ 3 times (≥ 5 for phrases under 4 characters).

    Returns:
        The text with each loop reduced to one occurrence, and a detail per loop ("«若不方便» ×8").
    """
    details: list[str] = []
    out: list[str] = []
    pos = 0
    for m in _LOOP.finditer(text):
        phrase = m["p"]
        count = len(re.findall(re.escape(phrase), m.group()))
        if count < _min_repeats(phrase):
            continue
        out.append(text[pos : m.start()] + phrase)
        pos = m.end()
        details.append(f"«{phrase.strip()}» ×{count}")
    out.append(text[pos:])
    return "".join(out).strip(), details


def low_confidence(
    avg_logprob: float | None,
    no_speech_prob: float | None,
    compression: float | None,
    looped: bool = False,
    word_probability: float | None = None,
) -> str:
    """Why a segment is low confidence ("" when it is not).

    Args:
        avg_logprob: Whisper's average log-probability of the segment's tokens.
        no_speech_prob: Whisper's probability that the segment is not speech.
        compression: The gzip compression ratio of the segment's text (high = repetitive).
        looped: The segment repeats a phrase.
        word_probability: The mean probability of the segment's words (word timestamps).
    """
    reasons = []
    if avg_logprob is not None and avg_logprob < AVG_LOGPROB_MIN:
        reasons.append(f"avg_logprob {avg_logprob:.2f}")
    elif looped and avg_logprob is not None and avg_logprob < LOOP_LOGPROB_MIN:
        reasons.append(f"avg_logprob {avg_logprob:.2f} in a loop")
    if no_speech_prob is not None and no_speech_prob > NO_SPEECH_MAX:
        reasons.append(f"no_speech_prob {no_speech_prob:.2f}")
    if compression is not None and compression > COMPRESSION_MAX:
        reasons.append(f"compression_ratio {compression:.2f}")
    if word_probability is not None and word_probability < WORD_PROB_MIN:
        reasons.append(f"word probability {word_probability:.2f}")
    return ", ".join(reasons)


def marker(kind: str, detail: str, language: str) -> str:
    """Return the inline mark for the transcript text (in 〔〕, which the conversation parser skips)."""
    zh = language.startswith("zh")
    if kind == "repetition":
        n = detail.rsplit("×", 1)[-1]
        return f"〔重复×{n}，已合并〕" if zh else f"〔repeated ×{n}, collapsed〕"
    return "〔识别置信度低〕" if zh else "〔low confidence〕"


def _norm(text: str) -> str:
    return re.sub(r"[\W_]+", "", text).lower()


def flag_segments(segments: list, language: str) -> list[TranscriptFlag]:
    """Collapse loops and mark low confidence on ``segments`` (in place); return the flags.

    A run of ≥ 3 consecutive segments with the same text is a loop too: the first stays
    (flagged), the rest are dropped. Consecutive low-confidence segments give one flag.
    """
    flags: list[TranscriptFlag] = []
    kept: list = []
    for seg in segments:
        prev = kept[-1] if kept else None
        if prev is not None and _norm(seg.text) and _norm(seg.text) == _norm(prev.text):
            prev.repeats = (prev.repeats or 1) + 1
            prev.end = seg.end
            continue
        kept.append(seg)
    for seg in kept:
        text, details = collapse_loops(seg.text)
        if (seg.repeats or 1) >= 3:
            details.append(f"«{seg.text.strip()}» ×{seg.repeats}")
        if details:
            seg.text = text
            for d in details:
                flag = TranscriptFlag(kind="repetition", start=seg.start, end=seg.end, detail=d, text=text)
                seg.flags.append(flag)
                flags.append(flag)
        reason = low_confidence(
            seg.avg_logprob,
            seg.no_speech_prob,
            seg.compression_ratio,
            bool(details),
            getattr(seg, "word_probability", None),
        )
        if reason:
            flag = TranscriptFlag(
                kind="low_confidence", start=seg.start, end=seg.end, detail=reason, text=seg.text
            )
            seg.flags.append(flag)
            last = flags[-1] if flags else None
            if last and last.kind == "low_confidence" and last.end >= seg.start - 1.0:
                last.end, last.text = seg.end, f"{last.text} {seg.text}".strip()
            else:
                flags.append(flag.model_copy())
    segments[:] = kept
    return flags


def describe(flag: TranscriptFlag, language: str) -> str:
    """Say what a flag means for the reader ("录音 00:03–00:09：«若不方便» ×8，已合并为一次")."""
    span = f"{int(flag.start // 60):02d}:{int(flag.start % 60):02d}–{int(flag.end // 60):02d}:{int(flag.end % 60):02d}"
    if language.startswith("zh"):
        if flag.kind == "repetition":
            return f"录音 {span}：{flag.detail}，疑似识别循环，已合并为一次"
        return f"录音 {span} 识别置信度低（{flag.detail}），请对照录音核对"
    if flag.kind == "repetition":
        return f"Recording {span}: {flag.detail}, a likely transcription loop, collapsed to one"
    return f"Recording {span} has low transcription confidence ({flag.detail}); check it against the audio"

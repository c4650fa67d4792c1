"""Transcribe a recording with faster-whisper: validated input, chunks, progress, vocabulary prompt.

Long recordings are decoded in chunks of ``WHISPER_CHUNK_SECONDS`` (cut at the quietest
moment near the chunk end so words are not split) and transcribed one after another, so
memory stays flat and progress can be reported. Int8 on CPU, Silero VAD on. The language is
detected among ``TRANSCRIBE_LANGUAGES`` (the user's language is a hint, see
:mod:`assistant.voice.language`). Chinese output is converted to simplified characters
(Whisper often writes traditional ones). Loops and low-confidence stretches are flagged
(:mod:`assistant.voice.quality`); stereo calls are split by channel and turns by pauses
(:mod:`assistant.voice.turns`).
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Iterable
from pathlib import Path

import numpy as np

from assistant.config import get_settings
from assistant.voice.audio import SAMPLE_RATE, channel_levels, iter_blocks, probe
from assistant.voice.language import detect
from assistant.voice.model import get_whisper_model
from assistant.voice.quality import flag_segments
from assistant.voice.transcript import Segment, Transcript, assign_speakers
from assistant.voice.turns import FRAME_S, number_turns, split_at_pauses, split_by_channel

log = logging.getLogger(__name__)

Progress = Callable[[float, float], None]
"""Called with (seconds transcribed, total seconds) as work advances."""

SALES_TERMS = {
    "zh": ["报价", "样品", "交期", "付款方式", "定金", "尾款", "合同", "订单", "折扣", "FOB", "发货", "验货"],
    "en": [
        "quotation",
        "samples",
        "lead time",
        "payment terms",
        "deposit",
        "FOB",
        "contract",
        "purchase order",
    ],
}
_PROMPT_LIMIT = {"zh": 120, "en": 400}


def build_initial_prompt(terms: Iterable[str] = (), language: str | None = "zh") -> str:
    """Build Whisper's ``initial_prompt`` from product names and sales vocabulary.

    Args:
        terms: Company-specific words (product names, brands); the most important first.
        language: ``zh`` or ``en``; the prompt is written in that language so Whisper keeps
            to it (and, for Chinese, to simplified characters).
    """
    lang = "en" if (language or "zh").startswith("en") else "zh"
    sep = "、" if lang == "zh" else ", "
    words: list[str] = []
    for term in [*terms, *SALES_TERMS[lang]]:
        term = term.strip()
        if term and term not in words:
            candidate = sep.join([*words, term])
            if len(candidate) > _PROMPT_LIMIT[lang]:
                break
            words.append(term)
    return sep.join(words) + ("。" if lang == "zh" else ".")


def _quiet_cut(block: np.ndarray, search_s: float = 3.0, window_s: float = 0.1) -> int:
    """Index of the quietest 100 ms in the last seconds of ``block`` (where to end the chunk)."""
    n, win = int(search_s * SAMPLE_RATE), int(window_s * SAMPLE_RATE)
    if block.size <= 2 * n:
        return block.size
    tail = block[-n:]
    frames = tail[: (tail.size // win) * win].reshape(-1, win)
    quietest = int(np.argmin((frames**2).mean(axis=1)))
    return block.size - n + quietest * win + win // 2


def _to_simplified(text: str) -> str:
    import opencc

    return opencc.OpenCC("t2s").convert(text)


def _norm(text: str) -> str:
    return re.sub(r"[\W_]+", "", text).lower()


def transcribe(
    path: str | Path,
    *,
    language: str | None = None,
    initial_prompt: str | None = None,
    progress: Progress | None = None,
    model_name: str | None = None,
    language_hint: str | None = None,
) -> Transcript:
    """Transcribe an audio file to timed segments.

    Args:
        path: A WAV, MP3, M4A, Ogg/Opus or AMR file.
        language: ``zh`` or ``en`` when the user chose it explicitly; ``None`` detects it on the
            first chunk among ``TRANSCRIBE_LANGUAGES``.
        initial_prompt: Vocabulary hint (see :func:`build_initial_prompt`); replaced by the plain
            sales vocabulary of the detected language when it is written in another script.
        progress: Called with (seconds done, total seconds) after each piece of work.
        model_name: Override ``WHISPER_MODEL`` (a local directory, ``base`` or a hub name).
        language_hint: The user's profile language: breaks a near tie in detection, never forces.

    Returns:
        The transcript; segments carry speakers from "客户：/销售：" labels or the channels of a
        stereo file, turn numbers, and flags for loops and low confidence.

    Raises:
        AudioError: the file is unsupported, corrupt, or over the size/duration limit.
    """
    info = probe(path)
    settings = get_settings()
    model = get_whisper_model(model_name)
    chunk_s = max(30.0, settings.whisper_chunk_seconds)
    total = info.duration_s
    segments: list[Segment] = []
    offset = 0.0
    carry = np.zeros(0, dtype=np.float32)
    detected = language
    probability: float | None = None
    stereo = info.channels >= 2
    words: list[list[tuple[float, float, str]]] = []
    prompt = initial_prompt
    if progress:
        progress(0.0, total)

    def run(audio: np.ndarray, final: bool) -> None:
        nonlocal offset, detected, probability, prompt
        if detected is None:
            detected, probability = detect(model, audio[: 60 * SAMPLE_RATE], language_hint)
            prompt = _prompt_for(initial_prompt, detected)
        prompt_key = _norm(prompt or "")
        # Beam search only, no temperature fallback: the fallback samples, and CTranslate2 seeds
        # its sampler once per worker thread (a thread_local generator), so ``set_random_seed``
        # cannot make a second run of the same recording sample the same way. One recording must
        # give one transcript (audit, re-runs); loops and low confidence are flagged instead.
        seg_iter, tinfo = model.transcribe(
            audio,
            language=detected,
            initial_prompt=prompt,
            temperature=0.0,
            vad_filter=True,
            beam_size=5,
            condition_on_previous_text=False,
            word_timestamps=True,  # pauses inside a segment, and the channel of each word
        )
        detected = detected or tinfo.language
        for s in seg_iter:
            text = s.text.strip()
            if not text or (prompt_key and _norm(text) == prompt_key):  # a hallucinated echo of the prompt
                continue
            segments.append(
                Segment(
                    start=round(offset + s.start, 2),
                    end=round(offset + s.end, 2),
                    text=text,
                    avg_logprob=getattr(s, "avg_logprob", None),
                    no_speech_prob=getattr(s, "no_speech_prob", None),
                    compression_ratio=getattr(s, "compression_ratio", None),
                    word_probability=_mean_probability(getattr(s, "words", None)),
                )
            )
            words.append(
                [(offset + w.start, offset + w.end, w.word) for w in getattr(s, "words", None) or []]
            )
            if progress:
                progress(min(total, offset + s.end), total)
        offset += audio.size / SAMPLE_RATE
        if progress:
            progress(total if final else min(total, offset), total)

    pending: np.ndarray | None = None
    for block in iter_blocks(path, chunk_s):
        if pending is not None:
            audio = np.concatenate([carry, pending])
            cut = _quiet_cut(audio)
            run(audio[:cut], final=False)
            carry = audio[cut:]
        pending = block
    if pending is not None:
        run(np.concatenate([carry, pending]), final=True)
    lang = detected or "unknown"
    if lang.startswith("zh"):
        for seg in segments:
            seg.text = _to_simplified(seg.text)
        words = [[(a, b, _to_simplified(w)) for a, b, w in ws] for ws in words]
    joiner = "" if lang.startswith(("zh", "ja")) else " "
    segments, words = split_at_pauses(segments, words, settings.transcribe_turn_gap_seconds, joiner)
    levels = channel_levels(path, FRAME_S) if stereo else None
    if levels is not None and segments:
        result = split_by_channel(segments, words, levels, joiner)
    else:
        result = assign_speakers(segments)
    flags = flag_segments(result, lang)
    return Transcript(
        language=lang,
        duration_s=round(total, 2),
        model=model_name or settings.whisper_model,
        segments=number_turns(result, settings.transcribe_turn_gap_seconds),
        language_probability=round(probability, 3) if probability is not None else None,
        channels=info.channels or 1,
        flags=flags,
    )


def _prompt_for(prompt: str | None, language: str) -> str | None:
    """Keep the vocabulary prompt when it is written for ``language``, else the plain sales terms."""
    if not prompt:
        return prompt
    has_cjk = bool(re.search(r"[\u4e00-\u9fff]", prompt))
    if has_cjk == language.startswith("zh"):
        return prompt
    return build_initial_prompt([], language) if language in SALES_TERMS else None


def _mean_probability(words: Iterable[object] | None) -> float | None:
    """Return the mean probability of a segment's words (None without word timestamps)."""
    probs = [p for p in (getattr(w, "probability", None) for w in words or []) if p is not None]
    return round(sum(probs) / len(probs), 3) if probs else None

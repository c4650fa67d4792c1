"""Turns of a transcript: by the channel of a stereo call, and by pauses.

In a stereo call recording each side usually has its own channel: every word goes to the
louder channel over its time span (left = ``speaker1``, right = ``speaker2``), and a
segment is split where the channel changes. Then a new turn starts at every change of
speaker and at every pause of at least ``TRANSCRIBE_TURN_GAP_SECONDS``.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from assistant.voice.transcript import Segment

FRAME_S = 0.05
"""Length of one level frame (see :func:`assistant.voice.audio.channel_levels`)."""
DOMINANCE = 2.0
"""A channel must be this many times louder (RMS) than the other to claim a word."""


def _channel(levels: np.ndarray, start: float, end: float, previous: int | None) -> int | None:
    a, b = int(start / FRAME_S), max(int(start / FRAME_S) + 1, int(np.ceil(end / FRAME_S)))
    window = levels[a:b]
    if window.size == 0:
        return previous
    rms = np.sqrt((window**2).mean(axis=0))
    best = int(np.argmax(rms))
    other = float(np.delete(rms, best).max()) if rms.size > 1 else 0.0
    return best if rms[best] > DOMINANCE * other or previous is None else previous


def split_by_channel(
    segments: list[Segment],
    words: Sequence[Sequence[tuple[float, float, str]]],
    levels: np.ndarray,
    joiner: str,
) -> list[Segment]:
    """Give each segment (or piece of one) the speaker of the louder channel.

    Args:
        segments: The transcript's segments.
        words: Per segment, its words as (start, end, text); empty when the model gave none.
        levels: RMS levels per frame and channel, shape (frames, channels).
        joiner: "" for Chinese, " " for space-separated languages.
    """
    out: list[Segment] = []
    current: int | None = None
    for seg, seg_words in zip(segments, words, strict=True):
        if not seg_words:
            current = _channel(levels, seg.start, seg.end, current)
            out.append(seg.model_copy(update={"speaker": _name(current)}))
            continue
        pieces: list[tuple[int | None, list[tuple[float, float, str]]]] = []
        for w in seg_words:
            current = _channel(levels, w[0], w[1], current)
            if pieces and pieces[-1][0] == current:
                pieces[-1][1].append(w)
            else:
                pieces.append((current, [w]))
        for channel, ws in pieces:
            piece = _piece(seg, ws, joiner)
            if piece is not None:
                piece.speaker = _name(channel)
                out.append(piece)
    return out


def _piece(seg: Segment, words: list[tuple[float, float, str]], joiner: str) -> Segment | None:
    """Return the part of ``seg`` made of ``words`` (its times and text), or None when they say nothing."""
    text = joiner.join(w[2].strip() for w in words).strip()
    if not text:
        return None
    return seg.model_copy(
        update={"start": round(words[0][0], 2), "end": round(words[-1][1], 2), "text": text}
    )


def split_at_pauses(
    segments: list[Segment],
    words: Sequence[Sequence[tuple[float, float, str]]],
    gap_s: float,
    joiner: str,
) -> tuple[list[Segment], list[list[tuple[float, float, str]]]]:
    """Split a segment wherever its words leave a pause of at least ``gap_s``.

    With the VAD filter on, Whisper hears the speech with the silences cut out, so one of its
    segments may run across a long pause; the word timestamps are restored to the recording's
    time and show the pause.

    Returns:
        The segments and, for each, its words.
    """
    out: list[Segment] = []
    out_words: list[list[tuple[float, float, str]]] = []
    for seg, seg_words in zip(segments, words, strict=True):
        groups: list[list[tuple[float, float, str]]] = []
        for w in seg_words:
            if groups and w[0] - groups[-1][-1][1] < gap_s:
                groups[-1].append(w)
            else:
                groups.append([w])
        if len(groups) < 2:
            out.append(seg)
            out_words.append(list(seg_words))
            continue
        for ws in groups:
            piece = _piece(seg, ws, joiner)
            if piece is not None:
                out.append(piece)
                out_words.append(ws)
    return out, out_words


def _name(channel: int | None) -> str | None:
    return None if channel is None else f"speaker{channel + 1}"


def number_turns(segments: list[Segment], gap_s: float) -> list[Segment]:
    """Set turn numbers: a new turn at each change of speaker and each pause ≥ ``gap_s``."""
    turn = 0
    for i, seg in enumerate(segments):
        if i and (seg.speaker != segments[i - 1].speaker or seg.start - segments[i - 1].end >= gap_s):
            turn += 1
        seg.turn = turn
    return segments

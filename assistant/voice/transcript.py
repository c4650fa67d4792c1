"""Transcript data: timed segments with speakers, turns and quality flags.

Speakers come from "客户：/销售：" labels in the speech, or from the channel of a stereo
call (``speaker1`` left, ``speaker2`` right, rendered 说话人1/说话人2 or Speaker 1/2). A pause
of ``TRANSCRIBE_TURN_GAP_SECONDS`` starts a new turn. Loops and low-confidence stretches
carry :class:`~assistant.voice.quality.TranscriptFlag` s, shown inline as 〔…〕 marks.
"""

from __future__ import annotations

import re

from pydantic import BaseModel, Field

from assistant.text import lazy_re
from assistant.voice.quality import TranscriptFlag, marker

LABELS = {
    "客户": "customer",
    "顾客": "customer",
    "买家": "customer",
    "客人": "customer",
    "customer": "customer",
    "client": "customer",
    "buyer": "customer",
    "销售": "sales",
    "业务": "sales",
    "业务员": "sales",
    "我方": "sales",
    "sales": "sales",
    "rep": "sales",
    "seller": "sales",
}
_LABEL_RE = lazy_re.compile(
    r"(?:^|(?<=[\s。！？.!?,，]))("
    + "|".join(sorted(map(re.escape, LABELS), key=len, reverse=True))
    + r")\s*[：:]\s*",
    re.IGNORECASE,
)


class Segment(BaseModel):
    """A stretch of speech with its start and end time (seconds) and, when labelled, the speaker."""

    start: float
    end: float
    text: str
    speaker: str | None = None
    turn: int = 0
    avg_logprob: float | None = None
    no_speech_prob: float | None = None
    compression_ratio: float | None = None
    word_probability: float | None = None  # the mean of its words' probabilities
    repeats: int | None = None
    flags: list[TranscriptFlag] = Field(default_factory=list)


class Transcript(BaseModel):
    """The result of transcribing one recording."""

    language: str
    duration_s: float
    model: str
    segments: list[Segment] = Field(default_factory=list)
    language_probability: float | None = None
    channels: int = 1
    flags: list[TranscriptFlag] = Field(default_factory=list)

    @property
    def text(self) -> str:
        """The whole transcript, one segment per line, speakers labelled when known."""
        return self.render()[0]

    def render(self) -> tuple[str, list[tuple[int, int, float, float]]]:
        """Return the text given to the summariser and, per line, its (start, end) offsets and times.

        A labelled line reads ``客户：…`` (or ``Customer: …`` in English) so the summariser sees who
        spoke; a flagged line ends with its 〔…〕 mark; an empty line separates turns.
        """
        lines: list[str] = []
        spans: list[tuple[int, int, float, float]] = []
        pos = 0
        for i, seg in enumerate(self.segments):
            if i and seg.turn != self.segments[i - 1].turn and not seg.speaker:
                lines.append("")
                pos += 1
            line = seg.text.strip()
            if seg.speaker:
                line = f"{_label(seg.speaker, self.language)}{line}"
            marks = dict.fromkeys(marker(f.kind, f.detail, self.language) for f in seg.flags)
            if marks:
                line = f"{line} {''.join(marks)}"
            spans.append((pos, pos + len(line), seg.start, seg.end))
            lines.append(line)
            pos += len(line) + 1
        return "\n".join(lines), spans


def _label(speaker: str, language: str) -> str:
    if m := re.fullmatch(r"speaker(\d+)", speaker):
        return f"说话人{m[1]}：" if language.startswith("zh") else f"Speaker {m[1]}: "
    if language.startswith("zh"):
        return {"customer": "客户：", "sales": "销售："}.get(speaker, f"{speaker}：")
    return {"customer": "Customer: ", "sales": "Sales: "}.get(speaker, f"{speaker}: ")


def assign_speakers(segments: list[Segment]) -> list[Segment]:
    """Split segments at speaker labels and carry the speaker forward to unlabelled segments.

    When no segment carries a label the segments are returned unchanged (no speakers guessed).
    Times of a split segment are shared out in proportion to the text length.
    """
    if not any(_LABEL_RE.search(s.text) for s in segments):
        return segments
    out: list[Segment] = []
    current: str | None = None
    for seg in segments:
        text = seg.text.strip()
        marks = list(_LABEL_RE.finditer(text))
        pieces: list[tuple[str | None, str]] = []
        if not marks or marks[0].start() > 0:
            pieces.append((current, text[: marks[0].start()] if marks else text))
        for i, m in enumerate(marks):
            end = marks[i + 1].start() if i + 1 < len(marks) else len(text)
            current = LABELS[m.group(1).lower()]
            pieces.append((current, text[m.end() : end]))
        total = sum(len(p) for _, p in pieces) or 1
        t = seg.start
        for speaker, piece in pieces:
            dur = (seg.end - seg.start) * len(piece) / total
            if piece.strip():
                out.append(
                    seg.model_copy(
                        update={
                            "start": round(t, 2),
                            "end": round(t + dur, 2),
                            "text": piece.strip(),
                            "speaker": speaker,
                        }
                    )
                )
            t += dur
    return out

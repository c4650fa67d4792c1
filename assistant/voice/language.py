"""Which language a recording is in: Whisper's probabilities, limited to the company's languages.

``TRANSCRIBE_LANGUAGES`` (default ``zh,en``) lists what a recording may be detected as; the best
of those by Whisper's language probabilities wins, so a Mandarin call is never read as Thai.
The user's profile language is a hint only: it wins a near tie, never against clear evidence,
so an English recording sent by a Chinese-speaking rep is transcribed as English.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from assistant.config import get_settings

HINT_MARGIN = 0.8
"""The hint wins when its probability is at least this share of the best allowed language's."""


def allowed_languages(raw: str | None = None) -> tuple[str, ...]:
    """Return the languages detection may choose, from ``TRANSCRIBE_LANGUAGES`` ("zh,en")."""
    raw = get_settings().transcribe_languages if raw is None else raw
    codes = tuple(dict.fromkeys(c.strip().lower() for c in raw.split(",") if c.strip()))
    return codes or ("zh", "en")


def choose_language(
    probs: Sequence[tuple[str, float]], allowed: Sequence[str], hint: str | None = None
) -> tuple[str, float]:
    """Pick the most probable allowed language; the hint breaks near ties.

    Args:
        probs: Whisper's ``(language, probability)`` pairs (any order).
        allowed: The languages that may be chosen.
        hint: The user's language (e.g. ``zh``), or None.

    Returns:
        The language and its probability (0 when Whisper gave it none).
    """
    table = {code: p for code, p in probs if code in allowed}
    hint = (hint or "").split("-")[0].lower() or None
    if not table:
        chosen = hint if hint in allowed else allowed[0]
        return chosen, 0.0
    best = max(table, key=lambda c: table[c])
    if hint and hint in table and table[hint] >= HINT_MARGIN * table[best]:
        best = hint
    return best, table[best]


def detect(model: object, audio: np.ndarray, hint: str | None = None) -> tuple[str, float]:
    """Detect the language of ``audio`` (16 kHz mono) among the allowed languages.

    Falls back to the hint (or the first allowed language) when the model cannot detect.
    """
    allowed = allowed_languages()
    if len(allowed) == 1:
        return allowed[0], 1.0
    detect_fn = getattr(model, "detect_language", None)
    if detect_fn is None or audio.size == 0:
        return choose_language([], allowed, hint)
    try:
        _lang, _p, probs = detect_fn(audio=audio, vad_filter=True, language_detection_segments=2)
    except (ValueError, RuntimeError, IndexError):  # too little speech to encode
        _lang, _p, probs = detect_fn(audio=audio)
    return choose_language(probs, allowed, hint)

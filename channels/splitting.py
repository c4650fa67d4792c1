"""Split long text for channels with size limits, on sentence boundaries, in order.

WeCom counts UTF-8 bytes (2048 per text message), Telegram counts characters (4096).
Text is cut after a line break, else after a sentence end (。！？.!?；;), else after a
space or comma, and only as a last resort inside a run of characters — never inside a
character's UTF-8 bytes.
"""

from __future__ import annotations

from collections.abc import Callable

BREAKS = ("\n\n", "\n", "。", "！", "？", "!", "?", "；", ";", ". ", "，", ",", " ", "、")


def _fit(text: str, limit: int, size: Callable[[str], int]) -> int:
    """Return the longest prefix length of ``text`` whose size is within ``limit`` (binary search)."""
    lo, hi = 0, len(text)
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if size(text[:mid]) <= limit:
            lo = mid
        else:
            hi = mid - 1
    return lo


def split_text(text: str, limit: int, *, size: Callable[[str], int] = len) -> list[str]:
    """Split ``text`` into ordered parts each of ``size`` ≤ ``limit``.

    Args:
        text: The text to split.
        limit: Maximum size of a part.
        size: How a part is measured (``len`` for characters; UTF-8 bytes for WeCom).
    """
    if limit < 8:
        raise ValueError("limit too small to split text")
    parts: list[str] = []
    rest = text.strip()
    while rest:
        if size(rest) <= limit:
            parts.append(rest)
            break
        cut = _fit(rest, limit, size)
        window = rest[:cut]
        best = 0
        for mark in BREAKS:
            at = window.rfind(mark)
            if at > cut // 3:
                best = at + len(mark)
                break
        cut = best or cut
        parts.append(rest[:cut].rstrip())
        rest = rest[cut:].lstrip()
    return [p for p in parts if p]


def utf8_len(text: str) -> int:
    """Size of ``text`` in UTF-8 bytes."""
    return len(text.encode("utf-8"))

"""Language detection and normalisation: one rule for the agent, the summaries and the script library."""

from __future__ import annotations

import re
import unicodedata
from typing import Literal

from assistant.text import lazy_re

Language = Literal["zh", "en"]
CJK = lazy_re.compile(r"[\u3400-\u9fff]")
_WORD = lazy_re.compile(r"[A-Za-z]{2,}")
_HAN = lazy_re.compile(r"[\u4e00-\u9fff]")


def detect_language(text: str | None) -> Language:
    """Return ``"zh"`` or ``"en"``: Chinese when CJK characters are at least as many as English words.

    A Chinese question naming an English company ("Atlas Trading 最近怎么样") is Chinese; an
    English question naming a Chinese company ("how is 鑫和 doing?") is English. Single letters
    ("客户A") are not words. Text without any CJK character is English.
    """
    text = text or ""
    cjk = len(CJK.findall(text))
    if not cjk:
        return "en"
    words = len(_WORD.findall(text))
    return "zh" if cjk >= words else "en"


def normalize(text: str) -> str:
    """Fold full-width characters to half-width (NFKC) and collapse whitespace, keeping case.

    A customer id glued to a year ("C001842026年的订单") is split from it ("C00184 2026年").
    """
    text = _GLUED_ID.sub(r"\1 ", unicodedata.normalize("NFKC", text))
    return re.sub(r"\s+", " ", text).strip()


_GLUED_ID = lazy_re.compile(r"(?<![A-Za-z0-9])([Cc]\d{5})(?=(?:19|20)\d\d\s*年)")


def is_short(text: str, chars: int, words: int) -> bool:
    """Return whether ``text`` is short: at most ``chars`` characters when it has Chinese in it, else ``words`` words."""
    return len(text) <= chars if _HAN.search(text) else len(text.split()) <= words

"""Input size limits: the one place that says how much text an entry point accepts.

Every entry point that takes text from a user (the agent's ``handle_message`` through
:mod:`assistant.agents.message_limits`, summaries,
the compliance ``scan``/``scan-file`` commands) checks it here before any work is done, so
an oversized input gets a clear message instead of minutes of processing. The sizes are
settings (``MAX_QUESTION_CHARS``, ``MAX_PASTED_TEXT_CHARS``, ``MAX_SCAN_CHARS``) and the
README's "Limits" section lists them.
"""

from __future__ import annotations

from assistant.config import get_settings


class InputTooLarge(ValueError):
    """A text is longer than its documented limit; the message names the limit and its setting."""

    def __init__(self, what: str, size: int, limit: int, setting: str) -> None:
        super().__init__(
            f"the {what} is {size:,} characters; the limit is {limit:,} ({setting}). "
            "Shorten it or split it into parts."
        )
        self.size = size
        self.limit = limit
        self.setting = setting


def check_length(text: str, limit: int, what: str, setting: str) -> None:
    """Raise :class:`InputTooLarge` when ``text`` is longer than ``limit`` characters.

    Args:
        text: The input.
        limit: The most characters allowed.
        what: What the input is, for the message ("question", "text to scan").
        setting: The setting that holds the limit, for the message.
    """
    if len(text) > limit:
        raise InputTooLarge(what, len(text), limit, setting)


def check_pasted(text: str) -> None:
    """Check a pasted chat, email or transcript to summarise (``MAX_PASTED_TEXT_CHARS``)."""
    check_length(text, get_settings().max_pasted_text_chars, "text to summarise", "MAX_PASTED_TEXT_CHARS")


def check_scan(text: str, what: str = "text to scan") -> None:
    """Check a text handed to the compliance scanner (``MAX_SCAN_CHARS``)."""
    check_length(text, get_settings().max_scan_chars, what, "MAX_SCAN_CHARS")

"""The size limits of a message to the assistant: a question, or an instruction with pasted text.

Which part of a message is the instruction and which the pasted chat is the offline planner's
knowledge (:func:`assistant.agents.offline.payload.split_payload`), so this check lives in the
agent package; the sizes and the error come from :mod:`assistant.limits`.
"""

from __future__ import annotations

from assistant.agents.offline.payload import split_payload
from assistant.config import get_settings
from assistant.limits import check_length


def check_message(text: str) -> None:
    """Check a message to the assistant.

    A plain question may have ``MAX_QUESTION_CHARS``; a message that pastes a chat or email
    after an instruction ("总结一下：…", or an instruction line followed by the text) may
    have ``MAX_PASTED_TEXT_CHARS`` in all, its instruction still ``MAX_QUESTION_CHARS``.

    Raises:
        InputTooLarge: naming the limit that was exceeded.
    """
    s = get_settings()
    check_length(text, s.max_pasted_text_chars, "message", "MAX_PASTED_TEXT_CHARS")
    if len(text) <= s.max_question_chars:
        return
    instruction, payload = split_payload(text.strip())
    if payload is None:
        check_length(text, s.max_question_chars, "question", "MAX_QUESTION_CHARS")
    check_length(instruction, s.max_question_chars, "question", "MAX_QUESTION_CHARS")

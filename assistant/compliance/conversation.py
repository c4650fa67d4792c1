"""Contact details split across consecutive messages of one conversation ("138 1234" + "5678").

A rep who sends a number in pieces evades a per-message detector. :func:`split_contact_hits`
reads the last messages of the same sender and the new one as one text (joined by line
breaks, which the phone detector allows between digit groups) and returns the contact
hits that only exist across the boundary, with offsets in the new message.
"""

from __future__ import annotations

from collections.abc import Sequence

from assistant.compliance.matcher import get_matcher
from assistant.compliance.result import Hit

JOIN_MESSAGES = 2  # earlier messages joined to the new one
MAX_PIECE_CHARS = 80  # only short pieces are joined: a number is not split across long messages


def split_contact_hits(previous: Sequence[str], text: str) -> list[Hit]:
    """Contact hits that start in ``previous`` (the sender's last messages, oldest first) and end in ``text``.

    Each hit's ``start`` is 0 and ``end`` its end in ``text``; ``matched`` holds the joined
    pieces as sent. Long messages are not joined.
    """
    pieces = [p for p in list(previous)[-JOIN_MESSAGES:] if len(p) <= MAX_PIECE_CHARS]
    if not pieces or len(text) > MAX_PIECE_CHARS:
        return []
    joined = "\n".join([*pieces, text])
    offset = len(joined) - len(text)
    out = []
    for hit in get_matcher().contacts(joined):
        if hit.start < offset < hit.end:
            out.append(
                Hit(
                    hit.category,
                    hit.severity,
                    hit.term,
                    joined[hit.start : hit.end],
                    0,
                    hit.end - offset,
                    hit.rule,
                    "joined",
                )  # fmt: skip
            )
    return out

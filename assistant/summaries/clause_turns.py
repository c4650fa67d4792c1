"""Two clauses of one turn: the same speaker, a few characters apart (issue 14).

A sentence is cut into clauses at commas and semicolons ("从常州一家厂拿的货，" + "听说不到六千一张"); a
reader that needs the clause before or after in the same breath asks :func:`same_turn` rather than
comparing speakers and offsets itself.
"""

from __future__ import annotations

from assistant.text.conversation import Sentence

SAME_TURN = 3  # characters between two clauses of one turn (a comma and a space)


def same_turn(first: Sentence, then: Sentence) -> bool:
    """Whether ``then``, said after ``first``, continues it: the same speaker, at most :data:`SAME_TURN` characters on."""
    return then.speaker == first.speaker and then.start - first.end <= SAME_TURN

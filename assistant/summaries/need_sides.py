"""A need is what the customer requires: a clause that carries on our own line is ours, not theirs.

Minutes report each side in the third person and run one side's points on in one line: "He Yong
explained that the trial units used 100 mm castors; production units will use 125 mm castors",
"Liu Yang explained the housing material, new samples will be tested in our lab before shipping".
The later clause names no one, so it has no side of its own, yet it goes on with what our person
said: what we will make or do, never a requirement of the customer's.
"""

from __future__ import annotations

from assistant.summaries.owners import party_of
from assistant.summaries.schema import Need
from assistant.text.conversation import Parsed, Sentence


def _ours_continued(parsed: Parsed, start: int) -> bool:
    """Whether the sentence at ``start`` has no side and goes on, in the same line, from one of ours."""
    sents = parsed.sentences
    i = next((k for k, s in enumerate(sents) if s.start <= start < max(s.end, s.start + 1)), None)
    if i is None or i == 0:
        return False
    here, before = sents[i], sents[i - 1]
    return _no_side(here) and party_of(before) == "we" and "\n" not in parsed.source[before.end : here.start]


def _no_side(s: Sentence) -> bool:
    return party_of(s) == "unknown"


def drop_our_continuations(needs: list[Need], parsed: Parsed) -> list[Need]:
    """Drop the needs every quote of which carries on our own line (see the module docstring).

    Args:
        needs: The summary's needs.
        parsed: The conversation the quotes index into.

    Returns:
        The needs left, in order.
    """
    return [n for n in needs if not n.quotes or not all(_ours_continued(parsed, q.start) for q in n.quotes)]

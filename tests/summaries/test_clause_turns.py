"""Two clauses of one turn (:mod:`assistant.summaries.clause_turns`)."""

from __future__ import annotations

from assistant.summaries.clause_turns import same_turn
from tests.summaries.sentences import said


def test_the_next_clause_of_the_same_speaker_continues_the_turn() -> None:
    first, then = said(("样品收到了", "customer"), ("颜色有点偏", "customer"))
    assert same_turn(first, then)


def test_another_speaker_or_a_longer_pause_starts_another_turn() -> None:
    ours, theirs = said(("Price is 9.80", "we"), ("too high", "customer"))
    assert not same_turn(ours, theirs)
    far, later = said(("Price is 9.80", "customer"), ("too high", "customer"), gap=5)
    assert not same_turn(far, later)

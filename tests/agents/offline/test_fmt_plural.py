"""fmt.plural: a count with its English noun, safe for a missing count and for counts carried as floats or text."""

from __future__ import annotations

import pytest

from assistant.agents.offline.fmt import plural


@pytest.mark.parametrize(
    ("n", "text"),
    [(None, "0 deals"), (0, "0 deals"), (1, "1 deal"), (2, "2 deals"), (1.0, "1 deal"), (3.0, "3 deals"), ("1", "1 deal")],
)
def test_a_count_always_reads_as_a_number_with_its_noun(n: object, text: str) -> None:
    assert plural(n, "deal") == text


def test_a_noun_ending_in_a_consonant_y_takes_ies() -> None:
    assert plural(2, "activity") == "2 activities" and plural(1, "activity") == "1 activity" and plural(2, "day") == "2 days"

"""Round 34: a second part that only counts what the first part asked about ("…，一共几条") is one ask.

New sentences, none from the held-out sets.
"""

from __future__ import annotations

import pytest

from assistant.agents.offline.chain_parts import pick_only


@pytest.mark.parametrize(
    "part",
    ["一共几条", "总共几个？", "共几次", "合计多少条", "how many in total?", "how many altogether", "in total?"],
)
def test_a_bare_count_is_the_same_ask(part: str) -> None:
    """A count with no subject of its own counts the first part's records: no second step."""
    assert pick_only(part)


@pytest.mark.parametrize("part", ["他下了几单", "how many orders did they place", "一共几条告警原文发我"])
def test_a_count_with_its_own_subject_is_an_ask(part: str) -> None:
    assert not pick_only(part)

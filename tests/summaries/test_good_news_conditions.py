"""A condition that hopes for good news is no churn threat (:func:`complaint_risks.split_threats`).

Written anew, not taken from any evaluation set: "Should there be no further issues," then "we'll
give the next phase to Kestrel too" promises more business; "If the dryer keeps its temperature,"
neither. A failure in the condition ("If the seals are not changed") stays a threat.
"""

from __future__ import annotations

import pytest

from assistant.summaries.complaint_risks import split_threats
from assistant.text.conversation import Sentence


def _pair(cond: str, move: str) -> list[Sentence]:
    a = Sentence(text=cond, start=0, end=len(cond), speaker="c", role="customer")  # type: ignore[arg-type]
    b = Sentence(text=move, start=len(cond) + 1, end=len(cond) + 1 + len(move), speaker="c", role="customer")  # type: ignore[arg-type]
    return [a, b]


@pytest.mark.parametrize(
    ("cond", "move"),
    [
        ("Should there be no further issues,", "we'll give the next phase to Kestrel too."),
        ("If the new line runs well again,", "we will move the second plant to them as well."),
        ("If the dryer keeps its temperature,", "we will give the next order to them as well."),
        ("If there are no more complaints from the site,", "the next phase goes to Kestrel too."),
    ],
)
def test_a_good_news_condition_is_no_threat(cond: str, move: str) -> None:
    assert split_threats(_pair(cond, move)) == set()


@pytest.mark.parametrize(
    ("cond", "move"),
    [
        ("If the seals are not changed by Monday,", "our buyer will move the second phase to them."),
        ("If there is no fix by Friday,", "our buyer will move the second phase to them."),
        ("Should this happen again,", "we will give the next order to them instead."),
    ],
)
def test_a_failure_in_the_condition_stays_a_threat(cond: str, move: str) -> None:
    s = _pair(cond, move)
    assert split_threats(s) == {s[1].start}

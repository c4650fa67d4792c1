"""A fourth set of in-sample conversations (ground truth first), scored by quote overlap.

``data/overlap_cases_dev4.jsonl``: an English chat that locks a price after a passed test, with
a CEO who wants a second quote; a Chinese call on a short shipment, a payment-terms gap and a
test-fee split; a Chinese email thread with a paid deposit, a stamped contract and a rush threat;
an English email thread agreeing an order, with a former supplier's fading bags (a need, not
our quality problem).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from evals.summaries_overlap import load, score, score_case, summarize

CASES = load(Path(__file__).parent / "data" / "overlap_cases_dev4.jsonl")


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_risks_found_and_steps_right(case: dict) -> None:
    result = score_case(case, summarize(case))
    assert result["risks_missed"] == [] and result["progress_missed"] == []
    assert result["wrong_owner"] == [] and result["wrong_due"] == []


def test_needs_and_progress_meet_the_issue_bar() -> None:
    scores = score(CASES)
    for section in ("needs", "progress", "risks"):
        assert scores[f"{section}_precision"] >= 0.85, scores
        assert scores[f"{section}_recall"] >= 0.8, scores

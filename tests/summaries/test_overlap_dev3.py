"""A third set of in-sample conversations, written with their ground truth first, scored by quote overlap.

``data/overlap_cases_dev3.jsonl``: a WeCom chat with a packing-fee dispute, a price floor and a
polite churn threat; an English chat with a leaving buyer, a payment-terms gap and an unpaid
credit note; a call with a refund and discount; an unsigned English email reply over a quoted
offer (an approval, an order, a missing FDA report); a Chinese email whose salutation line
("李经理：") is no speaker.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from evals.summaries_overlap import load, score, score_case, summarize

CASES = load(Path(__file__).parent / "data" / "overlap_cases_dev3.jsonl")


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_owners_and_due_dates_are_right(case: dict) -> None:
    result = score_case(case, summarize(case))
    assert result["wrong_owner"] == [] and result["wrong_due"] == []


def test_progress_and_risks_meet_the_issue_bar() -> None:
    scores = score(CASES)
    for section in ("progress", "risks"):
        assert scores[f"{section}_precision"] >= 0.85, scores
        assert scores[f"{section}_recall"] >= 0.8, scores

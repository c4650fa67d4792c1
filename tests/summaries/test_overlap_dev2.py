"""A second set of in-sample conversations scored the way the held-out set is (quote overlap).

``data/overlap_cases_dev2.jsonl`` was written with its ground truth before the summariser ran
on it: a call with a concession and a key contact handing over, a WeCom export whose
relative dates count from the message date, an email thread with an approval and an order,
an English call with a competitor price and a retiring signer, and visit notes without
speakers ("我方…；对方…").
"""

from __future__ import annotations

from pathlib import Path

import pytest

from evals.summaries_overlap import load, score, score_case, summarize

CASES = load(Path(__file__).parent / "data" / "overlap_cases_dev2.jsonl")


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_risks_and_steps_found_with_owner_and_due(case: dict) -> None:
    result = score_case(case, summarize(case))
    assert result["risks_missed"] == [] and result["next_steps_missed"] == []
    assert result["wrong_owner"] == [] and result["wrong_due"] == []


def test_section_figures_meet_the_issue_bar() -> None:
    scores = score(CASES)
    for section in ("progress", "risks", "next_steps"):
        assert scores[f"{section}_precision"] >= 0.85, scores
        assert scores[f"{section}_recall"] >= 0.8, scores
    assert scores["wrong_owners"] == 0 and scores["wrong_due_dates"] == 0

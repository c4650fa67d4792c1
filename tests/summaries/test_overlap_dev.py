"""In-sample conversations written with their ground truth first, scored by quote overlap (as held out).

Each ``data/overlap_cases_devN.jsonl`` set has its own bar: the per-case checks it must pass and
the sections whose precision and recall must reach the issue's figures (0.85 / 0.8).

- dev2: a call with a concession and a key contact handing over, a WeCom export whose relative
  dates count from the message date, an email thread with an approval and an order, an English
  call with a competitor price and a retiring signer, visit notes without speakers.
- dev3: a packing-fee dispute and a polite churn threat, a leaving buyer and a payment-terms gap,
  a refund and discount, an unsigned English reply over a quoted offer, a salutation that is no speaker.
- dev4: a price locked after a passed test with a CEO wanting a second quote, a short shipment and
  a terms gap, a paid deposit and a rush threat, a former supplier's fading bags (a need).
- dev5: a WeCom deal with a concession and a contact change, an English email with an approved PO,
  a missing certificate and a terms gap, a call ahead of a tender, a signed contract in a messy
  English chat, a Chinese email thread agreeing CIF and a penalty clause.
- dev6 (written after dev5's fixes, to check they carry over): a budget cap met half-way, a new
  head of procurement and a Vietnamese quote, an English email with certificates attached and a
  terms compromise, a WeCom logo-fee dispute with a cancel threat.
- dev7 (written to catch false risks): a happy reorder call whose only "competitor" is the
  customer's own, an English reorder with a budget approved and other suppliers for another range,
  a WeCom order decided with a payment-terms gap and a signer away.
- dev8 (written after dev7's fixes): an English call with a budget gap, a CFO's terms and an account
  handover, a Chinese chat with a paid balance and a Vietnamese quote, an English email accepting a
  counter-offer subject to the board (no headers, so its "please send" has no known owner).
- dev9 (written after dev8's fixes): a call in Chinese numerals with an FSC need and "只走月结六十天",
  an English email with flickering samples, a long lead time and a distributor's stock, a WeCom
  emoji chat adding 500 cups with a rush the promotion depends on.
- dev10 (written after dev9's fixes): an English chat agreeing a floor price with a campaign at risk
  and a changed warehouse manager, a Chinese email with a supplier list to enter and a budget freeze.
- dev11 (written last, kept as a check of what carries over; only its steps and owners are held):
  a penalty clause conceded with a backup supplier planned, an English email 12% apart before a holiday.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from evals.summaries_overlap import load, score, score_case, summarize


@pytest.fixture(scope="module", autouse=True)
def _lexicon_model():  # pins the word-list engine's own rules/in-sample bars (SUMMARY_OFFLINE_MODEL=lexicon)
    from assistant.config import override_settings

    with override_settings(summary_offline_model="lexicon"):
        yield


DATA = Path(__file__).parent / "data"
# set: (per-case result keys that must be empty, sections held to the issue's bar, owners/dues checked overall)
BARS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "dev2": (("risks_missed", "next_steps_missed"), ("progress", "risks", "next_steps")),
    "dev3": ((), ("progress", "risks")),
    "dev4": (("risks_missed", "progress_missed"), ("needs", "progress", "risks")),
    "dev5": (("risks_missed",), ("risks",)),
    "dev6": (("risks_missed", "next_steps_missed"), ("needs", "progress", "risks")),
    "dev7": (("risks_extra", "needs_missed"), ("needs", "progress", "risks")),
    "dev8": (("risks_missed", "progress_missed", "needs_missed"), ("needs", "progress", "risks")),
    "dev9": (("risks_missed", "needs_missed"), ("risks", "next_steps")),
    "dev10": (("risks_missed", "progress_missed", "needs_missed"), ("progress",)),
    "dev11": (("next_steps_missed",), ("next_steps",)),  # measured before any fix for it
}
UNATTRIBUTED = {"en_email_board_counteroffer"}  # an email without headers: "please send" has no known writer
CASES = [(name, case) for name in BARS for case in load(DATA / f"overlap_cases_{name}.jsonl")]


@pytest.mark.parametrize(("name", "case"), CASES, ids=[f"{n}-{c['id']}" for n, c in CASES])
def test_each_case_finds_what_it_must_with_right_owners_and_dues(name: str, case: dict) -> None:
    result = score_case(case, summarize(case))
    for key in BARS[name][0]:
        assert result[key] == [], (key, result[key])
    assert result["wrong_due"] == []
    assert result["wrong_owner"] == [] or case["id"] in UNATTRIBUTED


@pytest.mark.parametrize("name", list(BARS))
def test_section_figures_meet_the_issue_bar(name: str) -> None:
    scores = score([c for n, c in CASES if n == name])
    for section in BARS[name][1]:
        assert scores[f"{section}_precision"] >= 0.85, scores
        assert scores[f"{section}_recall"] >= 0.8, scores
    assert scores["wrong_owners"] <= sum(c["id"] in UNATTRIBUTED for n, c in CASES if n == name)
    assert scores["wrong_due_dates"] == 0

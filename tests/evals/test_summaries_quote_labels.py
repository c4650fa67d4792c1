"""Tests for the quote-label proxy: which labels count for which section, and the per-language rates."""

from __future__ import annotations

from evals.summaries_quote_labels import hit_rates, read_right


def test_a_risk_section_takes_any_risk_kind_and_progress_takes_three_labels() -> None:
    assert read_right("risks", "risk:credit") and not read_right("risks", "need")
    assert all(read_right("progress", x) for x in ("agreement", "concession", "done"))
    assert not read_right("needs", "none") and read_right("next_steps", "next_step")


def test_rates_are_per_section_and_per_language() -> None:
    rows = [("needs", "要两百台", "zh"), ("needs", "two hundred units", "en"), ("risks", "too dear", "en")]
    rates = hit_rates(rows, ["need", "none", "risk:price_gap"])
    assert rates == {"needs": 0.5, "needs/en": 0.0, "needs/zh": 1.0, "risks": 1.0, "risks/en": 1.0}

"""Figures written with 万 are read whole: "2,300万" and "12万8" are one figure each, no lower piece."""

from __future__ import annotations

from decimal import Decimal

from assistant.summaries.schema import Need, Quote
from assistant.summaries.target_drops import _values, superseded_targets


def _needs(*texts: str) -> list[Need]:
    return [Need(text=t, topic="other", quotes=[Quote(text=t, start=0, end=len(t))]) for t in texts]


def test_a_grouped_figure_before_wan_is_one_figure() -> None:
    assert _values("总预算2,300万以内") == {Decimal(23000000)}


def test_a_digit_after_wan_is_its_thousands() -> None:
    assert _values("每台12万8") == {Decimal(128000)}


def test_a_lower_offer_does_not_supersede_a_grouped_wan_target() -> None:
    needs = _needs("整体目标价2,300万以内")
    assert superseded_targets(needs, ["整套我们报900万。", "900万可以，就这么定。"]) == []


def test_the_same_figure_in_another_form_does_not_supersede_the_target() -> None:
    needs = _needs("目标价：每套12万8")
    assert superseded_targets(needs, ["我们给到12.8万一套。", "12.8万可以，就这么定。"]) == []

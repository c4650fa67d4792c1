"""Our admission that a figure is over the budget, and its denials (:func:`assistant.summaries.gap_cues.admits_over`).

Written anew: "it is over your budget" is an admission; "it is not over", "没有超出预算", or an overrun
of days rather than money is not.
"""

from __future__ import annotations

import pytest

from assistant.summaries.gap_cues import admits_over


@pytest.mark.parametrize(
    "text",
    ["合计三万一千二，比您的预算确实超了一点。", "At GBP 48,900 it is above your budget, I admit.", "总价三十一万，超出预算了。"],
)
def test_an_admitted_overrun_of_money(text: str) -> None:
    assert admits_over(text)


@pytest.mark.parametrize(
    "text",
    [
        "报价三万一千二，折让之后没有超出预算。",
        "The list is GBP 48,900, yet after the trade-in it is not over your budget.",
        "Net of the credit it isn't above the ceiling.",
        "工期超了三天，下周补上。",
        "这样不会超预算。",
    ],
)
def test_a_denial_or_a_time_overrun_is_no_admission(text: str) -> None:
    assert not admits_over(text)

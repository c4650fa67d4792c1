"""A tight or unreachable date (:mod:`assistant.summaries.timeline_tight`): a timeline risk in plain words."""

from __future__ import annotations

import pytest

from assistant.summaries.timeline_tight import tight_date
from tests.summaries.sentences import alone


@pytest.mark.parametrize(
    "text",
    [
        "18号到门店有点紧，我再问问车间。",
        "算下来十月底才装完，一点余量都没有。",
        "那十一月一号肯定开不了业。",
        "That could be tight.",
        "With the moulds, delivery by 3 June is no longer possible.",
        "We need them by Friday or we miss the summer window.",
    ],
)
def test_a_tight_or_missed_date_is_read(text: str) -> None:
    assert tight_date(alone(text))


@pytest.mark.parametrize(
    "text",
    [
        "这个季度现金流有点紧，能不能月结？",
        "我们今年预算比较紧。",
        "新样的卡扣这次很紧，不会松了。",
        "Cash is a bit tight until the grant arrives.",
        "The lid fit is tight now, no more leaks.",
        "他之前负责冲压线的改造。",
    ],
)
def test_tight_money_or_a_tight_fit_is_none(text: str) -> None:
    assert not tight_date(alone(text))


@pytest.mark.parametrize(
    "text",
    [
        "这批轴承的配合公差要求很紧。",
        "法兰螺母要拧得比较紧才不漏。",
        "这个月我们手头有点紧。",
        "The clearance on the hinge is very tight.",
        "It's tight, the crate barely closes.",
        "It is really tight in the loading bay.",
        "Labour is tight in the region.",
        "Supply is tight for copper this year.",
        "纸箱的封口很紧。",
    ],
)
def test_tight_without_a_word_of_time_is_none(text: str) -> None:
    assert not tight_date(alone(text))


@pytest.mark.parametrize(
    "text",
    ["二十二号交货有点紧。", "The 14th is very tight.", "Then it's tight.", "Three weeks is tight for the install."],
)
def test_tight_with_a_date_or_said_bare_is_read(text: str) -> None:
    assert tight_date(alone(text))

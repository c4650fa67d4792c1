"""A banned practice named first and refused after it is clean; a limited refusal with an exception is not."""

from __future__ import annotations

import pytest

from assistant.compliance.matcher import scan_text

# Written for this test: the object comes first, the refusal after it (or as an answer).
TOPIC_REFUSALS = [
    "好处费我们公司一律不提供。",
    "飞单这种事我们从来不干",
    "私下交易对我们来说是红线。",
    "回扣是我们的红线，碰都不会碰",
    "私人账户收款我们不接受，请走对公账户",
    "Kickbacks aren't something our team does.",
    "Cash under the table isn't something we do.",
    "Under-the-table payments are a hard no for us.",
    "Side deals with your buyer are not something we do.",
    "A bribe? Not on my watch, sorry.",
    "飞单？不可能的。",
    "Bribes are off the table, full stop.",
]
# A refusal limited to others or to usual practice, then an exception, still alerts; so does a
# conditional ("不做…就行") and a refusal word that answers nothing ("No way anyone finds out").
STILL_VIOLATIONS = [
    "回扣这种事我一般不做，但是您的话可以",
    "好处费我们不提供给别人，不过对您例外",
    "Kickbacks aren't something we do often, but for you I can arrange it",
    "We normally refuse kickbacks, but for you I'll make an exception",
    "飞单的话我们不做记录就行",
    "A kickback? No way anyone finds out.",
    "回扣不给的话，他们不会签",
]


@pytest.mark.parametrize("text", TOPIC_REFUSALS)
def test_a_topicalised_refusal_is_clean(text: str) -> None:
    assert scan_text(text).hits == ()


@pytest.mark.parametrize("text", STILL_VIOLATIONS)
def test_an_excepted_or_conditional_refusal_still_alerts(text: str) -> None:
    assert scan_text(text).hits != ()


def test_a_legitimate_but_after_a_refusal_stays_clean() -> None:
    assert scan_text("我们不给回扣，但是可以给您更优惠的价格。").hits == ()
    assert scan_text("We don't pay kickbacks, but we can offer a volume discount.").hits == ()

"""Approval above an amount (:mod:`assistant.summaries.risk_thresholds`): who decides above a money threshold."""

from __future__ import annotations

import pytest

from assistant.summaries.risk_thresholds import amount_signoff
from tests.summaries.sentences import alone


@pytest.mark.parametrize(
    "text",
    [
        "超过八万的订单要我们董事长签字，他下周三才回公司。",
        "烤箱比常州那家还贵一千，而且三十万以上的合同得走集团招标。",
        "Anything above CAD 40,000 goes to our owner, who is away until the 9th.",
        "our controller will review every purchase over 15k before it is placed",
        "Kofi signs off anything over eight thousand dollars.",
        "Anything above ZAR 3 million has to go to our board first.",  # every code money_marks knows
        "our MD must approve orders over KES 2,000,000",
        "Above A$ 50,000 the owners decide.",
        "Sounds tight, since anything over 40,000 euros needs Pavel's signature and he is away until the 20th.",
        "Anything above Rs 50,000 needs approval from the director.",
    ],
)
def test_a_money_threshold_with_who_decides_is_a_decision_chain(text: str) -> None:
    assert amount_signoff(alone(text))


@pytest.mark.parametrize(
    "text",
    [
        "冷柜机身长度不能超过3米，不然放不进后厨。",
        "孔距偏差不超过0.5毫米，每批附检验单。",
        "零售价定在129，进价超过60我们就没利润了。",
        "只要不超过二十万，刘总说了就签。",
        "The cabinets must not be over 900 mm deep.",
        "We ordered over 2,000 units last spring.",
        "Orders over 500 won't need Grace's approval, she only looks at the big ones.",
    ],
)
def test_a_limit_that_is_no_money_or_no_approval_is_none(text: str) -> None:
    assert not amount_signoff(alone(text))


def test_our_own_approval_rule_is_none() -> None:
    assert not amount_signoff(alone("我们这边超过五万的折扣要经理签字。", role="we"))


@pytest.mark.parametrize(
    "text",
    [
        "数量超过6000要报老板批。",
        "超过4000套要我们总经理签字。",
        "超过8000平方的项目要上董事会。",
        "Orders over 7,000 units need our director's sign-off.",
        "Anything over 300 hours of labour goes to the board.",
        "Deliveries over 2500 km need approval from logistics.",
        "Fine, but anything over 9,500 is more than we planned to spend, and the board knows it.",
        "超过六万就太贵了，老板不会签字的。",
    ],
)
def test_a_count_or_a_price_objection_is_no_money_threshold(text: str) -> None:
    assert not amount_signoff(alone(text))


def test_ok_alone_decides_nothing_but_a_treasurer_who_has_to_ok_does() -> None:
    assert not amount_signoff(alone("OK, anything over 4,000 dollars then."))
    assert amount_signoff(alone("our bookkeeper has to OK any invoice over $2,500"))
    assert amount_signoff(alone("超过六万块要老板签字。"))

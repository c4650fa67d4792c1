"""A rival's price settled by the customer taking ours (:func:`settled_rival`); threats said as conditionals."""

from __future__ import annotations

from assistant.summaries.owners import is_threat
from assistant.summaries.risk_settled import settled_rival
from assistant.summaries.schema import Quote, Risk
from assistant.text.conversation import Sentence


def _s(text: str, role: str = "customer", start: int = 0) -> Sentence:
    return Sentence(text=text, start=start, end=start + len(text), speaker=role, role=role)


def _rival(text: str) -> Risk:
    return Risk(
        text="竞品：" + text,
        category="competitor",
        severity="medium",
        quotes=[Quote(text=text, start=0, end=len(text))],
    )


def test_a_rival_price_is_settled_when_the_customer_takes_ours() -> None:
    risk = _rival("东莞有家厂报了六十二")
    assert settled_rival(risk, [(_s("行，六十五就六十五，下单。", start=30), "agreement")])


def test_a_weighed_or_conditional_acceptance_settles_no_rival() -> None:
    risk = _rival("东莞有家厂报了六十二")
    assert not settled_rival(risk, [(_s("六十五可以考虑，但要三年质保", start=30), "agreement")])
    assert not settled_rival(risk, [(_s("六十四的话我们能接受", start=30), "agreement")])
    assert not settled_rival(risk, [(_s("行，运费按二百五", start=30), "agreement")])  # another figure
    assert not settled_rival(_rival("另一家供应商也在跟我们谈"), [(_s("行，六十五", start=30), "agreement")])


def test_a_threat_addressed_to_us_is_churn_not_a_request() -> None:
    assert is_threat(_s("再这样下次我就不从你们这进货了"))
    assert is_threat(_s("再出这种事我们就换家了"))
    assert not is_threat(_s("这次绝对不能再出这种事"))
    assert not is_threat(_s("下次还在你家拿"))


def test_a_lower_figure_taken_for_another_item_settles_no_rival() -> None:
    risk = _rival("A Lisbon maker offered us the cabinet at 2,300.")
    assert not settled_rival(risk, [(_s("1,900 is acceptable for the shelves.", start=60), "agreement")])
    assert settled_rival(risk, [(_s("OK, 2,450 then, deal.", start=60), "agreement")])

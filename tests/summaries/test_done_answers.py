"""Steps asking for a value, answered by a price or a choice, not by a past price or a dislike."""

from __future__ import annotations

from assistant.summaries.done_answers import step_answered


def test_a_price_paid_before_or_elsewhere_is_no_quote() -> None:
    assert step_answered("报KT-8含税价", ["KT-8以前我们进的是每只六十五。"]) is None
    assert (
        step_answered("Send a new quote for the KT-8", ["We paid USD 6.20 for the KT-8 at our old supplier."])
        is None
    )
    assert step_answered("报KT-8含税价", ["KT-8可以给到每只六十二。"]) is not None
    assert (
        step_answered("Send a new quote for the KT-8", ["For the KT-8 we can do USD 5.90 each."]) is not None
    )


def test_a_colour_disliked_is_no_choice() -> None:
    assert step_answered("客户确认把手颜色", ["把手颜色我们经理不喜欢白色。"]) is None
    assert (
        step_answered("Customer confirms the strap colour", ["The strap colour: our buyer hates navy."])
        is None
    )
    assert step_answered("客户确认把手颜色", ["把手颜色就定灰色。"]) is not None
    assert step_answered("Customer confirms the strap colour", ["We chose olive for the strap."]) is not None


def test_a_quote_for_part_of_the_subject_does_not_answer_a_quote_for_another_range() -> None:
    said = ["For 3,000 adult gloves the price is USD 4.20."]
    assert step_answered("Quote the junior glove range", said) is None
    assert step_answered("Quote the adult gloves", said) is not None


def test_a_colour_chosen_for_the_plural_of_the_subject() -> None:
    said = ["- Straps: dark brown, 2,000 pcs."]
    assert step_answered("Customer confirms the strap colour (black or brown)", said) is not None

"""A budget our last price still exceeds (:mod:`assistant.summaries.budget_gaps`): a price gap with no objection said."""

from __future__ import annotations

from decimal import Decimal

from assistant.summaries.budget_gaps import budget_gaps, file_budget_gaps
from tests.summaries.sentences import said


def _talk(*lines: tuple[str, str]) -> list:
    return said(*((text, role) for role, text in lines))


OPEN = _talk(
    ("customer", "我们这批烤箱总预算38万。"),
    ("we", "经理批了：合计39.2万，含安装。"),
    ("customer", "好，那交期方面下个月中旬能到吗？"),
)


def test_a_budget_under_our_last_figure_is_one_price_risk() -> None:
    (gap,) = budget_gaps(OPEN)
    assert (gap.target, gap.ours) == (Decimal("380000"), Decimal("392000"))
    (risk,) = file_budget_gaps(OPEN, [], "zh")
    assert risk.category == "price" and [q.text for q in risk.quotes] == [OPEN[0].text, OPEN[1].text]


def test_our_figure_taken_or_a_lower_one_closes_it() -> None:
    taken = _talk(
        ("customer", "Our budget is USD 9.40 a unit."),
        ("we", "The best I can do is 9.80."),
        ("customer", "OK, 9.80 works for us."),
    )
    assert budget_gaps(taken) == []
    lower = _talk(
        ("customer", "Our budget is USD 9.40 a unit."),
        ("we", "The best I can do is 9.80."),
        ("we", "Actually my manager approved 9.40 for 5,000 units."),
    )
    assert budget_gaps(lower) == []


def test_a_target_that_is_no_budget_is_left_to_the_objection_reading() -> None:
    talk = _talk(("customer", "Can you do 9.40?"), ("we", "The best I can do is 9.80."))
    assert budget_gaps(talk) == []

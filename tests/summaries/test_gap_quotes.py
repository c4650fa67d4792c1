"""More quotes for an open price gap (:mod:`assistant.summaries.gap_quotes`): the customer's other words on it."""

from __future__ import annotations

from assistant.summaries.gap_quotes import add_gap_quotes
from assistant.summaries.price_gaps import file_price_gaps
from tests.summaries.sentences import said


def _talk(*lines: tuple[str, str]) -> list:
    return said(*((text, role) for role, text in lines))


def test_our_figure_taken_away_and_an_earlier_objection_join_the_gap() -> None:
    talk = _talk(
        ("we", "洗地机报价四千一一台。"),
        ("customer", "四千一太贵了。"),
        ("customer", "我们预算只有三千六。"),
        ("we", "最低可以给到三千八百五。"),
        ("customer", "三千八百五还是贵。"),
        ("customer", "3850我得拿去跟老板商量。"),
    )
    risks, _ = file_price_gaps(talk, [], [], "zh")
    (risk,) = add_gap_quotes(talk, risks)
    texts = [q.text for q in risk.quotes]
    assert "四千一太贵了。" in texts and "3850我得拿去跟老板商量。" in texts
    assert texts == sorted(texts, key=lambda t: next(s.start for s in talk if s.text == t))


def test_an_accepted_figure_or_a_settled_gap_adds_nothing() -> None:
    talk = _talk(
        ("we", "The mixer is USD 2.60 a unit."),
        ("customer", "Our target is 2.30."),
        ("we", "I can do 2.45."),
        ("customer", "2.45 still too high."),
        ("customer", "OK, 2.45 works for us."),
    )
    risks, _ = file_price_gaps(talk, [], [], "en")
    assert risks == []
    assert add_gap_quotes(talk, []) == []

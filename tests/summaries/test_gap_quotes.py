"""More quotes for an open price gap (:mod:`assistant.summaries.gap_quotes`): the customer's other words on it."""

from __future__ import annotations

from assistant.summaries.evidence import quote_of
from assistant.summaries.gap_quotes import add_gap_quotes, file_price_point, restates
from assistant.summaries.price_gaps import file_price_gaps, find_gaps
from assistant.summaries.schema import Quote, Risk
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
    risk = Risk(text="price", category="price", severity="medium", quotes=[quote_of(talk[1]), quote_of(talk[2])])
    (kept,) = add_gap_quotes(talk, [risk])
    assert [q.text for q in kept.quotes] == [talk[1].text, talk[2].text]


def test_an_acceptance_inside_an_open_gap_is_no_restatement() -> None:
    talk = _talk(
        ("customer", "Our target for the kettles is 7.10."),
        ("we", "We can do 7.90 each."),
        ("customer", "7.90 is too high for us."),
        ("customer", "OK, 7.90 for the trial lot is fine."),
    )
    (gap,) = [g for g in find_gaps(talk) if g.ours is not None]
    assert restates(talk[2], gap) and not restates(talk[3], gap)


def test_our_bare_figure_outside_price_talk_is_left_out() -> None:
    talk = _talk(
        ("we", "The kettle is USD 5.90 a unit."),
        ("customer", "Our target is 5.20."),
        ("we", "I can do 5.60."),
        ("customer", "5.60 still too high."),
        ("customer", "Please print batch code 5.60 on each box label."),
        ("customer", "5.60 I have to run past my director."),
    )
    risks, _ = file_price_gaps(talk, [], [], "en")
    (risk,) = add_gap_quotes(talk, risks)
    texts = [q.text for q in risk.quotes]
    assert talk[4].text not in texts and talk[5].text in texts


def test_the_whole_sentence_replaces_the_clause_quoted_from_its_start() -> None:
    s = said(("烤箱贵了点，这块预算一共十二万，包括安装。", "customer"))[0]
    clause = Quote(text="烤箱贵了点", start=0, end=5, speaker="customer")
    risk = Risk(text="价格差距：烤箱贵了点", category="price", severity="medium", quotes=[clause])
    got = file_price_point([risk], [s], None, lambda r: True, lambda: "", "zh")
    assert got is risk
    assert risk.quotes == [quote_of(s)]  # the budget's clause is quoted too


def test_a_quote_longer_than_the_sentence_is_kept() -> None:
    s = said(("烤箱贵了点。", "customer"))[0]
    longer = Quote(text="烤箱贵了点。", start=0, end=6, speaker="customer")
    risk = Risk(text="价格差距：烤箱贵了点", category="price", severity="medium", quotes=[longer])
    file_price_point([risk], [s], None, lambda r: True, lambda: "", "zh")
    assert risk.quotes == [longer]

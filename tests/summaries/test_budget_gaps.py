"""A budget our last price still exceeds (:mod:`assistant.summaries.budget_gaps`): a price gap with no objection said."""

from __future__ import annotations

from decimal import Decimal

from assistant.summaries.budget_gaps import budget_gaps, file_budget_gaps
from assistant.summaries.evidence import quote_of
from assistant.summaries.schema import Quote, Risk
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


def _after_our_quote(reply: tuple[str, str]) -> list:
    return _talk(
        ("customer", "Our budget for the dryers is 4,200 in total."),
        ("we", "With installation the dryers come to 4,650."),
        reply,
    )


def test_a_plain_acceptance_of_our_price_closes_the_budget() -> None:
    for role, text in [
        ("customer", "That works, please send the order form."),
        ("customer", "Sounds good, send the agreement over."),
        ("customer", "Fine, go ahead and raise the invoice."),
        ("customer", "Alright, we can stretch the budget a little for that."),
    ]:
        assert budget_gaps(_after_our_quote((role, text))) == [], text
    zh = _talk(
        ("customer", "烘干机预算四千二以内。"),
        ("we", "含安装一共四千六百五。"),
        ("customer", "没问题，差额我去找财务追加，就按这个来。"),
    )
    assert budget_gaps(zh) == []
    held = _after_our_quote(("customer", "OK, but first I need to show the drawings to the site team."))
    assert len(budget_gaps(held)) == 1


def test_a_budget_for_one_product_is_met_by_our_price_for_it_not_another() -> None:
    talk = _talk(
        ("customer", "Our budget for the heaters is 600 each."),
        ("we", "The heaters are 580 each."),
        ("we", "The thermostats are 640 each."),
        ("customer", "Good, and the lead time?"),
    )
    assert budget_gaps(talk) == []
    zh = _talk(
        ("customer", "加热器预算每台600以内。"),
        ("we", "加热器每台580。"),
        ("we", "温控器每个640。"),
    )
    assert budget_gaps(zh) == []


def test_a_budget_naming_no_product_is_compared_only_when_one_thing_is_priced() -> None:
    talk = _talk(
        ("customer", "Our budget is 600 each."),
        ("we", "The heaters are 620 each."),
        ("we", "The thermostats are 640 each."),
    )
    assert budget_gaps(talk) == []


def test_figures_in_two_currencies_are_not_compared() -> None:
    talk = _talk(
        ("customer", "Our budget is EUR 7,000 for the lot."),
        ("we", "The lot comes to USD 7,600."),
    )
    assert budget_gaps(talk) == []


def test_the_gap_joins_only_a_price_risk_about_its_figures() -> None:
    other = Risk(
        text="price", category="price", severity="medium",
        quotes=[Quote(text="x" * 5, start=900, end=905)],
    )
    risks = file_budget_gaps(OPEN, [other], "zh")
    assert len(risks) == 2 and risks[0].quotes == other.quotes
    about = Risk(text="price", category="price", severity="medium", quotes=[quote_of(OPEN[1])])
    (joined,) = file_budget_gaps(OPEN, [about], "zh")
    assert [q.text for q in joined.quotes] == [OPEN[0].text, OPEN[1].text]


def test_a_budget_said_without_the_word_after_our_total_is_a_gap() -> None:
    talk = _talk(
        ("we", "三台冷柜加安装，合计21.6万。"),
        ("customer", "说实话，这次门店改造公司是按18万批的钱。"),
        ("customer", "交货能安排在月底吗？"),
    )
    (gap,) = budget_gaps(talk)
    assert (gap.target, gap.ours) == (Decimal("180000"), Decimal("216000"))


def test_one_items_concession_taken_does_not_close_the_total() -> None:
    talk = _talk(
        ("we", "Total for the kiln, shelving and install is EUR 31,500."),
        ("customer", "We can spend EUR 27,000 on the whole thing."),
        ("we", "I can take the shelving down to EUR 40 a board."),
        ("customer", "40 a board is fine, we accept that."),
    )
    (gap,) = budget_gaps(talk)
    assert gap.ours == Decimal("31500")


def test_a_bare_yes_to_our_promised_paperwork_does_not_take_our_price() -> None:
    talk = _talk(
        ("we", "三台冷柜加安装，合计21.6万。"),
        ("customer", "这次门店改造我们预算是18万。"),
        ("we", "好的，我明天把检测报告发您，周五前给您回复排产的事。"),
        ("customer", "行。"),
    )
    assert len(budget_gaps(talk)) == 1
    answered = _talk(
        ("customer", "这次门店改造我们预算是18万。"),
        ("we", "合计最低只能到19.5万。"),
        ("customer", "行。"),
    )
    assert budget_gaps(answered) == []  # "行" right after our figure takes it


def test_a_yes_to_our_last_turn_or_with_a_deposit_takes_our_price() -> None:
    two_lines = _talk(
        ("customer", "这次门店改造我们预算是18万。"),
        ("we", "合计最低只能到19.5万。"),
        ("we", "您看可以的话我就安排合同。"),
        ("customer", "行，没问题。"),
    )
    assert budget_gaps(two_lines) == []
    deposit = _talk(
        ("customer", "Our budget for the fit-out is EUR 27,000."),
        ("we", "Best I can do is EUR 29,500 all in."),
        ("customer", "Fine, go ahead, we'll wire the 30% deposit of EUR 8,850 tomorrow."),
    )
    assert budget_gaps(deposit) == []


def test_money_kept_back_is_no_budget() -> None:
    talk = _talk(
        ("we", "三台冷柜加安装，合计21.6万。"),
        ("customer", "上一单我们还留了20万尾款没结。"),
    )
    assert budget_gaps(talk) == []


def test_a_yes_at_the_end_of_other_news_does_not_take_our_price() -> None:
    talk = _talk(
        ("customer", "这次门店改造我们预算是18万。"),
        ("we", "合计最低只能到19.5万。"),
        ("customer", "另外领导说冷柜改成4台，灯箱用普通款就行。"),
    )
    assert len(budget_gaps(talk)) == 1


def test_a_heading_with_xing_in_a_word_takes_nothing() -> None:
    talk = _talk(
        ("customer", "项目预算是300万元。"),
        ("we", "总价最低320万元。"),
        ("customer", "五、行动项"),
    )
    assert len(budget_gaps(talk)) == 1

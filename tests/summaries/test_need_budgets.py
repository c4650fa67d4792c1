"""The customer's budget stated with its figure is a need of its own."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.summaries.need_budgets import states_budget
from assistant.summaries.service import summarize_text


def test_a_budget_with_a_figure_is_stated() -> None:
    assert states_budget("我们这次仓库改造的预算是二百六十万。")
    assert states_budget("车间预算一共三十五万，含运输")
    assert states_budget("Our budget for the shelving is EUR 46,000.")
    assert states_budget("we budgeted about 9k for the whole lot")


def test_an_objection_over_the_budget_or_a_budget_without_a_figure_is_not() -> None:
    assert not states_budget("你们这个价超预算八万了")
    assert not states_budget("比我们的预算高了不少")
    assert not states_budget("EUR 52,000 is still over our budget")
    assert not states_budget("预算的事我回去问问")
    assert not states_budget("the budget is not approved yet")


def test_a_budget_said_on_its_own_is_a_need() -> None:
    text = (
        "卢经理：这次要换两条包装线。\n小陈：好的，我们先做方案。\n"
        "卢经理：我们集团给这次采购的预算是三百五十万，超了要重新走流程。\n小陈：明白。\n"
    )
    summary = summarize_text(text, today=dt.date(2031, 5, 6), engine="offline", language="zh", we_names=("小陈",))
    budget = "我们集团给这次采购的预算是三百五十万"
    assert any(budget in q.text for n in summary.needs for q in n.quotes)


def test_a_budget_without_a_currency_is_the_customers_target() -> None:
    from assistant.summaries.need_prices import price_need_kind

    assert price_need_kind("你们报的三百六十万，我们这次的预算是三百二十万", "customer", False) == "target"
    assert price_need_kind("客户预算三百二十万", "we", False) is None


def test_a_date_count_share_or_objection_is_no_budget_stated() -> None:
    assert not states_budget("The budget is released in Q2")
    assert not states_budget("预算在6月底前要用完")
    assert not states_budget("预算是5个月前批的")
    assert not states_budget("预算在4月份才能下来")
    assert not states_budget("our budget is 6 pallets at most")
    assert not states_budget("The budget is around 15% tighter next year")
    assert not states_budget("a budget of 25k is too low for that machine")
    assert not states_budget("这个预算是八万，不够")


def test_a_third_partys_budget_is_not_the_customers() -> None:
    assert not states_budget("同行的预算是八十万")
    assert not states_budget("our rival's budget is USD 70,000")
    assert states_budget("预算是二十八万")
    assert states_budget("our budget is 12k")
    assert states_budget("预算在3000元以内")


def test_a_budget_said_without_the_word_budget_is_stated() -> None:
    for text in (
        "这批货公司是按80万批的钱",
        "加了两台以后批到150万，再多就难了",
        "我们这次就留了两万，多了真没有",
        "honestly I have 4k for all of it",
        "We can spend about EUR 9,000 on the racks.",
    ):
        assert states_budget(text), text
    for text in ("给你们留了两台现货", "批了两个样品", "I have 40 boxes for you", "按三台批的"):
        assert not states_budget(text), text


def test_money_set_aside_for_the_purchase_or_a_coded_sum_is_a_budget() -> None:
    """"按X准备的", "按X预备", and "we have CAD 12,000 for …" say what the customer can spend."""
    assert states_budget("这批货我们店里是按八万准备的。")
    assert states_budget("厨房设备按15万预备的钱。")
    assert states_budget("We have CAD 12,000 for the whole kitchen.")
    assert not states_budget("we have the 2 samples for testing")


def test_money_granted_or_capped_is_a_budget() -> None:
    """Approved sums, caps said after the figure, and the Chinese "给的就是/批的是/最多…万/…以内" forms."""
    for text in (
        "The trustees approved 45,000 US dollars for the new stage lighting.",
        "Approved capex of EUR 2.2 million for phase one.",
        "honestly 6k max for everything",
        "A maximum of GBP 9,500 for the fit-out.",
        "Since the merger the budget has gone up to AUD 30,000.",
        "集团给的就是八十万，一分都不能多。",
        "总部批的是一百二十万左右。",
        "我们最多出十八万。",
        "全部两万八以内。",
    ):
        assert states_budget(text), text
    for text in (
        "Our CFO approved your quote of USD 12,000.",  # our price taken, not their budget
        "最多6000个就够了。",  # a count
        "三天以内给答复。",
        "max 500 units per pallet",
        "We approved the sample on Friday.",
    ):
        assert not states_budget(text), text


@pytest.mark.parametrize(
    "text",
    ["这几台加起来不能超过三十万。", "我们总共就十二万。", "设备这块老板总共给到四十万。", "We can spend no more than EUR 18,000 on the kit."],
)
def test_a_cap_said_as_no_more_than_or_all_we_have_is_a_budget(text: str) -> None:
    assert states_budget(text)


@pytest.mark.parametrize("text", ["交货不能超过二十天。", "总共就三台。", "No more than 40 units per pallet."])
def test_a_cap_on_days_or_counts_is_no_budget(text: str) -> None:
    assert not states_budget(text)


@pytest.mark.parametrize("text", ["加起来不能超过十万块吧", "总共就5万人民币", "不超过20万元"])
def test_a_cap_in_kuai_or_renminbi_is_a_budget(text: str) -> None:
    assert states_budget(text)

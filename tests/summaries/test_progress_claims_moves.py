"""A budget or capability sentence that also reports an approval, a cut, an order, an arrival or a dispatch moves."""

from __future__ import annotations

from assistant.summaries.progress_claims import claims_only


def test_an_approved_or_fitted_budget_moves() -> None:
    assert not claims_only("The committee approved the budget of GBP 210,000 on Tuesday.")
    assert not claims_only("预算六十万，上周已经批下来了。")
    assert not claims_only("We lowered the unit price to GBP 31 so it fits their budget of GBP 60,000.")
    assert claims_only("The approved budget for the kiln is GBP 210,000.")
    assert claims_only("Their owners approved a capex budget of GBP 90,000 for the dryer.")
    assert claims_only("这期工程的批复预算是三百万。")


def test_thanks_for_support_then_an_order_moves() -> None:
    assert not claims_only("Thank you for your support, the PO goes out on Thursday.")
    assert not claims_only("Many thanks for the support, we will issue the purchase order this week.")


def test_support_given_free_or_goods_arrived_moves() -> None:
    assert not claims_only("We will support the commissioning with one technician on site at no cost.")
    assert not claims_only("The swatches arrived yesterday and come with the test reports.")
    assert not claims_only("我们全力支持，安排一位工程师驻场。")


def test_our_word_on_a_delivery_date_with_a_dispatch_moves() -> None:
    assert not claims_only("交货期我们能满足，4月2日发货。", by="we")
    assert not claims_only("工期能满足，没问题。", by="we")
    assert claims_only("我们的电机满足欧标要求。", by="we")

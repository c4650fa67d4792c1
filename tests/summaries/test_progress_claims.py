"""A product's capability and a budget figure describe; they are not progress."""

from __future__ import annotations

from assistant.summaries.progress_claims import claims_only


def test_capability_statements_are_claims() -> None:
    assert claims_only("The KX-7 supports Polish menus, no problem.")
    assert claims_only("我们这款主机支持远程监控，没问题。")
    assert claims_only("Both units come with a wall bracket.")


def test_budget_figures_are_claims() -> None:
    assert claims_only("Our approved budget for the line is GBP 310,000.")
    assert claims_only("我们今年预算是六十五万。")


def test_accepting_granting_or_ordering_still_moves() -> None:
    assert not claims_only("GBP 96 is within our budget, fine.")
    assert not claims_only("支持，价格就按五十二成交。")
    assert not claims_only("The bracket comes free of charge with every unit.")
    assert not claims_only("We accept the two-year warranty.")


def test_thanks_for_support_and_plain_agreements_are_no_claims() -> None:
    assert not claims_only("谢谢您一直支持，合作愉快。")
    assert not claims_only("OK, 42 per set, agreed.")


def test_our_word_that_the_product_meets_a_spec_is_a_claim_but_the_customers_test_is_not() -> None:
    assert claims_only("Our engineer confirmed that the KX-7 meets all of these.", by="we")
    assert not claims_only("The samples meet the spec, the lab report came back clean.", by="customer")
    assert not claims_only("测过了，符合国标，这块没问题了。", by="customer")
    assert not claims_only("Our steering group meets on the 14th to look at it.", by="we")


def test_our_figure_said_to_suffice_is_a_claim_not_an_agreement() -> None:
    assert claims_only("我们这款的爬坡能力是百分之二十，十二度的坡没问题", "we")
    assert claims_only("The LT-30 is rated 60 kg, no problem.", "we")
    assert claims_only("噪音控制在六十分贝以内没问题", "we")
    assert not claims_only("单价21.5没问题", "we")  # a price agreed
    assert not claims_only("交期11月20号没问题", "we")  # a date agreed
    assert not claims_only("1.5米的我们也可以做，没问题", "we")  # we agree to make it
    assert not claims_only("我们这款的爬坡能力是百分之二十，十二度的坡没问题", "customer")  # their test result
    assert not claims_only("行，定金百分之二十没问题。", "we")  # terms agreed
    assert not claims_only("这个月给您供500吨没问题。", "we")
    assert not claims_only("宽度做到1.2米没问题。", "we")
    assert not claims_only("We can hold the price up to 30 June, no problem.", "we")


def test_a_date_or_a_delivery_we_promise_is_no_claim_and_a_capacity_is() -> None:
    assert not claims_only("We can ship the first load by 20 May, no problem.", "we")
    assert not claims_only("产能这块，6月底交300台没问题。", "we")
    assert claims_only("This model handles up to 45 kg, no problem.", "we")

"""Promises to pay back a multiple (or "包赔") when something goes wrong are guarantees; after-sales policy is not."""

from __future__ import annotations

import pytest

from assistant.compliance.matcher import scan_text


@pytest.mark.parametrize(
    "draft",
    [
        "放心，质量出了问题我们双倍赔偿",
        "这批灯具要是有瑕疵，我赔您三倍货款",
        "延误一天我们加倍补偿运费",
        "东西坏了包赔，您尽管下单",
        "if the goods arrive damaged we pay you double",
        "any quality issue and you get a full refund and double compensation",
        "if delivery is late we compensate you three times the freight",
    ],
)
def test_multiplied_compensation_on_a_problem_is_a_guarantee(draft: str) -> None:
    assert "guarantee" in {h.category for h in scan_text(draft).hits}, draft


@pytest.mark.parametrize(
    "clean",
    [
        "如有质量问题，按合同约定退换货",
        "延误的话按合同违约条款赔偿",
        "双倍积分活动本周结束，欢迎选购",
        "退款已经原路退回，请查收",
        "the carton was damaged in transit; we'll replace it under the contract terms",
        "we doubled the order to 2,000 pcs because of the quality",
        "we won't compensate double, but we'll handle it per the contract",
        "I will personally make sure your refund is processed today",
        "我个人觉得退款流程太慢了，我去催一下财务",
        "I paid for the samples myself last time, no worries",
    ],
)
def test_after_sales_policy_and_plain_numbers_are_clean(clean: str) -> None:
    assert not scan_text(clean).hits, clean

"""Round v17: promises about price and quality are guarantees; a private-account payment said reassuringly
("您放心……") is a use, not a mention; refusals and plain quality reports stay clean."""

from __future__ import annotations

import pytest

from assistant.compliance.classifier import load_examples
from assistant.compliance.matcher import scan_text
from assistant.compliance.semantic import deep_scan


@pytest.mark.parametrize(
    "draft",
    [
        "I promise this order will have zero defects, every single piece.",
        "These lamps are guaranteed to have zero defects, no matter what.",
        "Absolutely no quality problems on our side, I guarantee it.",
        "我保证这批椅子零瑕疵，您直接上架就行",
        "跟您打包票，这次绝对不会出质量问题",
    ],
)
def test_a_promise_of_flawless_quality_is_a_guarantee(draft: str) -> None:
    assert "guarantee" in {h.category for h in scan_text(draft).hits}, draft


@pytest.mark.parametrize(
    "draft",
    ["Our price is the lowest in the market, full stop.", "We can offer the lowest rate anywhere for this grade."],
)
def test_the_lowest_price_anywhere_is_an_absolute_claim(draft: str) -> None:
    assert "absolute_claims" in {h.category for h in scan_text(draft).hits}, draft


@pytest.mark.parametrize(
    "clean",
    [
        "I can't guarantee zero defects, but every carton is inspected before loading.",
        "We had no quality issues with the last order, and this one ships on Monday as planned.",
        "I'll send you the lowest price we can do for 3,000 units by Thursday.",
        "抽检结果合格，没有质量问题，我们会按时发货",
        "质量问题按合同约定处理，不能保证零瑕疵",
    ],
)
def test_reports_and_refusals_about_quality_are_not_flagged(clean: str) -> None:
    assert scan_text(clean).hits == (), clean


@pytest.mark.parametrize(
    "text",
    [
        "赵总放心，那笔手续费我私下帮您办，钱转到我自己的银行卡，不经过财务。",
        "Don't worry, just put the remaining balance into my personal account and I'll sort it out.",
    ],
)
def test_a_reassured_private_account_payment_is_flagged(text: str) -> None:
    assert "private_deal" in {h.category for h in deep_scan(text).hits}, text


def test_the_round_adds_use_rows_and_refusals() -> None:
    texts = {e.text: e for e in load_examples()}
    assert texts["您别担心，差价这块我来搞定，打到我本人账户，财务那边不会知道。"].label == "personal_account"
    assert texts["You will not find a single faulty piece in this shipment, that's a promise from me."].label == "guarantee"
    assert texts["货款请只打到发票上的对公账户，任何个人账户都不要转。"].kind == "gate_refusal"

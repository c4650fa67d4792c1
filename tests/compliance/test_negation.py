"""Refusals and policy notices that name a banned practice are clean; the practice itself still alerts."""

from __future__ import annotations

import pytest

from assistant.compliance.matcher import scan_text

REFUSALS = [
    "我们不给回扣",
    "严禁飞单",
    "请勿私下转账",
    "Never pay to a personal account",
    "No personal WeChat please",
    "our anti-bribery policy",
    "I can't share other clients' prices",
    "本公司业务员不得收取回扣，一经发现立即辞退",
    "跑单这种行为公司是绝对禁止的",
    "请不要把货款汇到我个人账户，只认合同上的对公账户",
    "We do not accept kickbacks of any kind",
    "Kickbacks are prohibited under our supplier code",
    "Please don't wire the deposit to my own account, use the company details on the invoice",
]
VIOLATIONS = [
    "不用走公司，直接打我卡上",
    "公司账户别用了，尾款打我个人账户",
    "这单给您三个点回扣，别担心",
    "别告诉老板，这单我们私下交易",
    "No need for the company account, pay into my personal account",
    "Don't tell your manager about the kickback",
    "I'll give you a kickback on this order",
]


@pytest.mark.parametrize("text", REFUSALS)
def test_a_refusal_does_not_alert(text: str) -> None:
    assert scan_text(text).hits == ()


@pytest.mark.parametrize("text", VIOLATIONS)
def test_a_violation_next_to_a_negation_still_alerts(text: str) -> None:
    assert scan_text(text).hits, text


def test_contact_details_are_never_vetoed_by_a_negation() -> None:
    hits = scan_text("不要打我座机，打我手机 13912345678").hits
    assert any(h.rule == "phone" for h in hits)


@pytest.mark.parametrize(
    "text",
    [
        "严禁销售人员向采购方私下赠送任何好处费",
        "抱歉，别家客户的成交价我不方便透露",
        "We run a zero tolerance policy on bribery for all staff",
        "Side deals are against company rules, everything is booked in the system",
        "有人冒充我们让您把货款转到个人卡上，这是诈骗，请报警",
    ],
)
def test_longer_prohibitions_warnings_and_policies_do_not_alert(text: str) -> None:
    assert scan_text(text).hits == ()


@pytest.mark.parametrize(
    "text",
    [
        "能不能把尾款打我个人账户",  # A不A is a question, not a refusal
        "有没有回扣给我们采购",
        "你是不是脑残啊",
        "No other mill in the country can beat our fabric",  # claims and insults are said with a negation
        "I don't have time for idiots like you",
    ],
)
def test_questions_and_negatively_worded_violations_still_alert(text: str) -> None:
    assert scan_text(text).hits, text


@pytest.mark.parametrize("text", ["这台机器保证半年回本，做不到我个人赔", "这批货下个月卖不完的话算我的"])
def test_a_shortfall_that_conditions_a_promise_is_no_refusal(text: str) -> None:
    assert "guarantee" in {h.category for h in scan_text(text).hits}


@pytest.mark.parametrize("text", ["我个人赔这种话我不能说", "不能说达不到就我个人赔，要按合同"])
def test_a_refused_personal_payout_stays_a_refusal(text: str) -> None:
    assert "guarantee" not in {h.category for h in scan_text(text).hits}


@pytest.mark.parametrize(
    "text",
    [
        "这个价格我不敢保证是全网最低",
        "我不能说我们是全国最好的，但质量有检测报告",
        "I'm not able to guarantee you'll get the lowest price anywhere",
        "I won't claim we're the cheapest in the market, but the quality is better",
        "We can't promise it's the best in the industry; here are the test reports",
    ],
)
def test_an_absolute_claim_the_rep_declines_to_make_does_not_alert(text: str) -> None:
    assert "absolute_claims" not in {h.category for h in scan_text(text).hits}, text


@pytest.mark.parametrize(
    "text",
    [
        "我敢保证是全网最低",
        "不是我吹，我们是全国最好的",
        "We are honestly the cheapest in the market, I can promise you that",
        "No other mill in the country can beat our fabric",
        "没人敢说比我们更好，我们就是全国最好的",
    ],
)
def test_an_absolute_claim_made_outright_still_alerts(text: str) -> None:
    assert scan_text(text).hits, text

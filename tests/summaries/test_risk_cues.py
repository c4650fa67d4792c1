"""Risks said in plain statements (:mod:`risk_cues`), settled price gaps (:mod:`risk_settled`) and one risk per sentence."""

from __future__ import annotations

import pytest

from assistant.summaries.learned_risks import learned_risks as _risks
from assistant.summaries.risk_cues import (
    conditional_date,
    deciding_body,
    failed_share,
    pending_document,
    plain_risk,
    rival_quote,
    stated_risk,
)
from assistant.summaries.risk_settled import settled_price
from assistant.summaries.schema import Quote, Risk
from assistant.text.conversation import Sentence
from evals.eval_summaries_blind import demo_catalog


def _s(text: str, role: str = "customer", start: int = 0) -> Sentence:
    return Sentence(text=text, start=start, end=start + len(text), speaker=role, role=role)


@pytest.mark.parametrize(
    "text",
    [
        "青禾那边给我们报的是三千二",
        "华宇给的双门款是一万四",
        "另外博森报了8700，还包安装",
        "a Dutch mill quoted us EUR 4.10 for the same weave",
        "our current supplier in Porto is at 2.95",
        "we pay 1.40 locally",
    ],
)
def test_a_rival_price_is_a_competitor_risk(text: str) -> None:
    assert rival_quote(text)
    assert stated_risk(_s(text)) == "competitor"


@pytest.mark.parametrize(
    "text",
    [
        "你们给我们报的是2.8",
        "上次给我们报的是三千",
        "老板给的预算是二十万",
        "You quoted 4.20",
        "桌板报价900元",
    ],
)
def test_our_own_price_or_a_budget_is_no_rival(text: str) -> None:
    assert not rival_quote(text)


@pytest.mark.parametrize(
    "text",
    [
        "理事会下个月九号开会",
        "超过十万的采购都要走比价",
        "the investment committee meets on 3 May",
        "新设备要重新上会",
    ],
)
def test_a_deciding_body_is_a_decision_chain_risk(text: str) -> None:
    assert deciding_body(text)
    assert stated_risk(_s(text)) == "decision_chain"


def test_what_a_tender_asks_for_is_no_deciding_body() -> None:
    assert not deciding_body("招标文件要求提供CCC证书")


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("until the credit note arrives we are withholding payment", "credit"),
        ("I'm leaving Harbor Foods at the end of June", "contact_change"),
        ("我下个月休假，这个单子由小邱接手", "contact_change"),
        ("her partner has the final say on colours", "decision_chain"),
        ("if the repairs slip again, the Bristol stores will go to them", "churn_threat"),
        ("要不然我们只能找宁波那家先顶上", "churn_threat"),
    ],
)
def test_other_plain_statements_carry_their_kind(text: str, kind: str) -> None:
    assert stated_risk(_s(text)) == kind


def test_our_own_words_carry_no_stated_risk() -> None:
    assert stated_risk(_s("青禾那边给我们报的是三千二", role="we")) is None


def _price_risk(end: int) -> Risk:
    q = Quote(text="x" * end, start=0, end=end, speaker="c")
    return Risk(text="价格差距：太贵", category="price", severity="medium", quotes=[q])


def test_a_price_gap_the_customer_later_accepts_is_settled() -> None:
    later = [(_s("行，那就3块6", start=20), "agreement")]
    assert settled_price(_price_risk(10), later)
    assert not settled_price(_price_risk(30), later)  # the objection came after the agreement
    assert not settled_price(_price_risk(10), [(_s("行，那就3块6", role="we", start=20), "agreement")])


def test_one_sentence_gives_one_risk() -> None:
    said = _s("盒子贵了，别家烫金盒才3块8")
    risks = _risks([(said, "risk:price_gap")], demo_catalog(), "zh")
    assert [r.category for r in risks] == ["competitor"]  # the rival is the point


def test_a_later_sentence_joins_the_kind_already_raised() -> None:
    first = _s("这个价太高了", start=0)
    second = _s("太贵了，老板那边也要批", start=10)
    risks = _risks([(first, "risk:price_gap"), (second, "risk:decision_chain")], demo_catalog(), "zh")
    assert [(r.category, len(r.quotes)) for r in risks] == [("price", 2)]  # one point, not a second item


def test_a_stated_risk_from_a_need_label_is_added() -> None:
    said = _s("青禾那边给我们报的是三千二")
    risks = _risks([(said, "need")], demo_catalog(), "zh")
    assert [r.category for r in risks] == ["competitor"]


@pytest.mark.parametrize(
    "text",
    [
        "只要这周五前签合同，月底能到仓",
        "前提是4月2日前确认颜色",
        "If the deposit lands by 14 March we can ship on the 30th.",
        "so we need the PO by Friday",
    ],
)
def test_a_date_that_hangs_on_a_condition(text: str) -> None:
    assert conditional_date(_s(text, role="we"))


def test_a_plain_date_hangs_on_nothing() -> None:
    assert not conditional_date(_s("我们3月20号发货", role="we"))


@pytest.mark.parametrize(
    "text",
    [
        "防火检测还在做，预计下月中出来",
        "the CB report is still pending with the lab",
        "for the 8 mm version we need a new test",
        "the UKCA certificate is being renewed",
        "We have the test report for the old carton, not UL 94 for the new one",
        "our CE report covers the charger, not FCC",
    ],
)
def test_a_pending_certificate(text: str) -> None:
    assert pending_document(_s(text, role="we"))


@pytest.mark.parametrize("text", ["报告上周已经发您了", "证书昨天下来了", "the test report is attached"])
def test_a_certificate_delivered_is_not_pending(text: str) -> None:
    assert not pending_document(_s(text, role="we"))


@pytest.mark.parametrize(
    "text",
    [
        "500套里有73套门铰松动",
        "抽检300个有12个漏气",
        "Out of 900 kettles, 41 have a loose lid.",
        "nine of the twelve pumps we got in May",
    ],
)
def test_a_failed_share_of_the_goods_is_a_quality_risk(text: str) -> None:
    said = _s(text)
    assert failed_share(said)
    assert plain_risk(said, "none") == "quality"


def test_a_quantity_change_is_no_failed_share() -> None:
    assert not failed_share(_s("We will take 1,500 units instead of 1,000"))
    assert not failed_share(_s("抽检300个有12个漏气", role="we"))  # our own words


def test_an_agreement_that_accepts_no_price_settles_nothing() -> None:
    approves = [(_s("he approves all orders above 100,000 euros", start=20), "agreement")]
    assert not settled_price(_price_risk(10), approves)
    keeps = [(_s("ok, we keep the M12 with them", start=20), "agreement")]  # a code, not a price
    assert not settled_price(_price_risk(10), keeps)


@pytest.mark.parametrize("text", ["行，先下100个试试", "可以，12月20号前到就行", "我们走银行承兑，30天"])
def test_an_agreement_to_a_count_or_a_date_settles_no_price_gap(text: str) -> None:
    assert not settled_price(_price_risk(10), [(_s(text, start=20), "agreement")])


@pytest.mark.parametrize(
    "text",
    [
        "if the refund isn't agreed, the spring order goes to the supplier we had before",
        "unless this is fixed, the reorder goes back to our old vendor",
        "要是这事谈不拢，下一单就交给原来那家供应商",
    ],
)
def test_a_conditional_move_back_to_another_supplier_is_churn(text: str) -> None:
    assert stated_risk(_s(text)) == "churn_threat"


def test_a_delivery_to_the_supplier_is_no_churn() -> None:
    assert stated_risk(_s("the samples go to the supplier's lab first")) is None


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("在设备全部调好之前，质保金10%我们先暂停支付。", "concession"),
        ("We'll hold the 30% balance until the new gaskets are fitted and tested.", "done"),
        ("We are going to withhold the final payment until the recall is finished.", "agreement"),
    ],
)
def test_a_held_payment_read_as_a_concession_or_done_is_still_a_credit_risk(text: str, label: str) -> None:
    assert plain_risk(_s(text), label) == "credit"
    assert plain_risk(_s("We'll hold the 30% balance as agreed.", role="we"), label) is None  # our own words


@pytest.mark.parametrize(
    "text",
    [
        "We will not withhold the final payment, don't worry.",
        "We'll hold the 10% retention for the 12-month warranty period, as agreed in the contract.",
        "尾款我们不会暂停支付，周五就打。",
    ],
)
def test_a_negated_hold_or_an_agreed_retention_is_no_credit_risk(text: str) -> None:
    assert plain_risk(_s(text), "agreement") is None
    assert plain_risk(_s(text), "none") is None

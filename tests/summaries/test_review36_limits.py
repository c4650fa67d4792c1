"""Limits found in review of the composite timeline and order-total readers: what they must not read.

A price ("三万五一台") is no May Day; a payment term ("验收通过后30天内付尾款") is no delay before the deposit;
"回收期" is no trade-in; a warranty, a return period, an invoice or a follow-up is no stage; "know" does not name
"now"; our "制冰机要12" is no price list; "Working hours stay at eight" is no order line; a promotion running
until Friday is no deadline; "都带侧移" is not part of a product's name; "下浮3个点" is a discount.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from assistant.summaries.count_stays import stayed_count
from assistant.summaries.order_items import product_counts
from assistant.summaries.order_prices import unit_prices
from assistant.summaries.order_totals import _DISCOUNT, _NO, order_counts
from assistant.summaries.payment_terms import payment_gap
from assistant.summaries.timeline_deadlines import needed_by
from assistant.summaries.timeline_events import event_start
from assistant.summaries.timeline_starts import signing_delay
from assistant.summaries.timeline_sums import lead_days
from assistant.text.dates import find_dates
from tests.summaries.sentences import alone, said
from tests.summaries.sentences import labelled as _talk

TODAY = dt.date(2035, 3, 12)


@pytest.mark.parametrize("text", ["一块五一斤", "两块五一个", "三万五一台", "七千五一台", "初五一早就到", "五一路门店", "五一个人"])
def test_a_price_a_day_of_the_month_or_a_road_is_no_may_day(text: str) -> None:
    assert find_dates(text, TODAY) == []


def test_may_day_after_a_price_is_read_once() -> None:
    assert [d.text for d in find_dates("两万五一套，五一前发货", TODAY)] == ["五一"]


def test_payment_terms_are_no_delay_before_the_deposit() -> None:
    assert signing_delay(said(("付款方式：验收通过后30天内付尾款。", "customer"))) == 0
    assert signing_delay(said(("签合同后30天内付清全款。", "customer"))) == 0
    assert signing_delay(said(("The balance is paid within 30 days after signing.", "customer"))) == 0
    twice = said(("从合同签字到钱出去，一般要走一个礼拜。", "customer"), ("签完合同一周内打预付款。", "customer"))
    assert signing_delay(twice) == 7  # one step said twice


def test_only_the_trade_in_clause_leaves_the_order() -> None:
    assert [c.value for c in order_counts(said(("投资回收期两年，我们要八台揉捻机。", "customer")))] == [Decimal(8)]
    assert [c.value for c in order_counts(said(("我们要六台电动叉车，四台旧车你们回收。", "customer")))] == [Decimal(6)]


def test_an_approval_already_given_or_a_plain_yes_does_not_leave_the_term_open() -> None:
    for tail in ("My director already approved it.", "No problem, I'll put it in the contract."):
        talk = _talk(
            ("customer", "We can pay a 40% deposit and the rest 90 days after arrival.", "need"),
            ("we", "40% deposit and 90 days after arrival is fine.", "agreement"),
            ("we", tail, "none"),
        )
        assert payment_gap(talk) is None, tail


@pytest.mark.parametrize(
    "text",
    ["收到货7天内可以免费更换", "到货后30天内可以退换", "发票五个工作日内出具", "follow-ups every 2 weeks", "定金到账后安排生产，质保12个月"],
)
def test_a_warranty_a_return_period_an_invoice_or_a_follow_up_is_no_stage(text: str) -> None:
    assert lead_days(text) == 0


def test_an_event_is_a_whole_word() -> None:
    sents = said(("I know you need it by Friday.", "customer"), ("Delivery is 10 days from now.", "we"))
    assert event_start(sents[1].text, sents, TODAY) is None


def test_our_counts_are_no_price_list_and_a_time_is_no_order_line() -> None:
    assert unit_prices(alone("制冰机要12，封口机要20", "we")) == []
    for text in ("Working hours stay at eight.", "Discounts stay at five.", "The bus stays at four."):
        assert stayed_count(text) is None, text
    assert product_counts(alone("Working hours stay at eight.")) == []


def test_a_promotion_running_until_a_day_is_no_deadline() -> None:
    assert needed_by(alone("The promo is running until Friday, please send the brochure."), TODAY) == []


def test_a_predicate_after_the_last_noun_is_not_its_name() -> None:
    got = product_counts(alone("要六台平衡重和两台前移式都带侧移"))
    assert [sorted(c.words) for c in got] == [["平衡", "衡重"], ["移式"]]


def test_discount_and_close_words() -> None:
    assert _DISCOUNT.search("可以下浮3个点") and _DISCOUNT.search("再返两个点")
    assert not _DISCOUNT.search("售后在广州只有一个点")
    assert _NO.search("方案报上去，他定了我就通知你") and not _NO.search("那就定了就这个价")


def test_joined_counts_keep_whole_names() -> None:
    got = product_counts(alone("要六台平衡重和两台全自动包装机"))
    assert [sorted(c.words)[:2] for c in got] == [["平衡", "衡重"], ["全自", "动包"]]
    got = product_counts(alone("要三台三吨的电动叉车和两台前移式"))
    assert [sorted(c.words) for c in got] == [["动叉", "叉车", "电动"], ["移式"]]


def test_an_approval_still_to_come_leaves_the_term_open() -> None:
    for tail in ("The balance term needs to be approved by our CFO.", "I need to check with my boss first.", "这个我得问一下老板。"):
        talk = _talk(
            ("customer", "We can pay a 40% deposit and the rest 90 days after arrival.", "need"),
            ("we", "40% deposit and 90 days after arrival is fine.", "agreement"),
            ("we", tail, "none"),
        )
        assert payment_gap(talk) is not None, tail


def test_a_period_after_an_acceptance_or_a_test_is_no_date() -> None:
    assert find_dates("验收通过后30天内付尾款", TODAY) == []
    assert find_dates("测试通过后两周内付款", TODAY) == []


def test_the_deposit_named_a_little_later_or_wired_still_counts() -> None:
    assert signing_delay(said(("签合同后一周内付30%预付款。", "customer"))) == 7
    assert signing_delay(said(("审批通过后一周内付定金。", "customer"))) == 7
    assert signing_delay(said(("We will wire within 5 days after signing the contract.", "customer"))) == 5


def test_replacing_old_machines_is_an_order_and_a_recycling_machine_a_product() -> None:
    got = order_counts(said(("我们要八台新揉捻机替换旧设备，旧设备能回收吗？", "customer")))
    assert [c.value for c in got] == [Decimal(8)]
    assert [c.value for c in order_counts(said(("我们要两台废料回收机。", "customer")))] == [Decimal(2)]


def test_the_line_running_by_a_day_is_a_deadline_and_may_day_before_a_measure_word() -> None:
    assert {d for d, _ in needed_by(alone("We need the new line running by 1 June."), TODAY)} == {dt.date(2035, 6, 1)}
    assert [d.text for d in find_dates("五一只放一天假", TODAY)] == ["五一"]
    assert lead_days("生产周期30天含发票") == 30
    assert not _DISCOUNT.search("返修一个点")
    assert _NO.search("等我们定了再说") and _NO.search("董事会定了就签")
